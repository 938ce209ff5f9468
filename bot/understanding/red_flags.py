"""Which red-flag combinations a clause holds, and where: the detectors triage weighs.

Each rule pairs a body word with a symptom close to it (`clauses.close`), with the
exceptions patients' own words showed: one buttock is ordinary sciatica, the loo for
a poo is the bowel, trouble named on one side after "both legs" is that side's.
What the surrounding words make of a red flag (past, denied, general) is `triage`'s.
"""

from __future__ import annotations

from bot.understanding.clauses import PAIR_WINDOW, Clause, close, nearest
from bot.understanding.leg_flags import FEEL, LIMB_REACH, SPREAD_REACH, both_legs, foot_drop, walking
from bot.understanding.lexicon import BODY as LEXICON_BODY
from bot.understanding.triage_tags import Tag

LEG_RULES = ("both-legs", "walking", "foot-drop")
TOILET_FOR_REACH = 6  # "straining on the toilet, haven't had a poo": the bowel word names what the loo was for
# "the numbness, which I told the GP about on Monday when I went, is all round my privates":
# numbness and a saddle word (not a buttock) in one clause, this far apart, still belong together
NUMB_SADDLE_REACH = 14
# "went to the loo at work three times and each time had to really push": the bladder's trouble
# may come this far after the loo, further than other pairs (one more clause of the same story)
BLADDER_REACH = 14
NOT_BEEN_REACH = 6  # "haven't had a poo or a wee": the denial and the bladder word
TOUCH_FEELING_REACH = 4  # "the seat feels weird": how near "feels" must be to the contact
_SKIN = frozenset({"piles", "rash", "itchy", "itch", "haemorrhoids", "chafing", "chafed"})
_NORMAL_AGAIN = frozenset({"normal", "fine", "ok", "okay", "again", "better", "new"})
_SEAT_WORDS = frozenset({"bum", "bottom", "backside", "arse", "butt", "behind", "rear", "buttock", "buttocks"})
AREA = (Tag.AREA, Tag.TOUCH)
BLADDER_TROUBLE = (Tag.CANT, Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK, Tag.WEAK)
BOWEL_TROUBLE = (Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK)
BODY = tuple(LEXICON_BODY)  # the body tags, defined once with the lexicon that keeps them inside phrases
SYMPTOM = (*FEEL, Tag.WEAK, Tag.CANT, Tag.CONTROL, Tag.LEAK, Tag.UNAWARE, Tag.SEVERE_WALK)


def red_flags(c: Clause, message: set[Tag]) -> list[tuple[str, list[int]]]:
    """The CES and 999 rules this clause meets, most specific first, with where they are
    (worked out once per clause and message: the rules and the second reader both ask)."""
    key = frozenset(message)
    found = c.flags_memo.get(key)
    if found is None:
        found = c.flags_memo[key] = _red_flags(c, message)
    return found


def _red_flags(c: Clause, message: set[Tag]) -> list[tuple[str, list[int]]]:
    context = bool(message & {Tag.PAIN, Tag.BACK})  # the back or sciatica is part of the story
    checks: list[tuple[str, list[int]]] = [
        ("saddle-sensation", [] if _one_buttock(c) else _saddle(c) or _touch_feels(c) or _spread(c)),
        (
            "bladder-or-bowel",
            close(c.at(Tag.BLADDER) + _loo_for_wee(c, message), _bladder_trouble(c), BLADDER_REACH)
            or c.near((Tag.BOWEL,), BOWEL_TROUBLE)
            or c.near((Tag.LEAK,), (Tag.UNAWARE, Tag.NOFEEL, Tag.CONTROL))
            or c.at(Tag.LEAKED)
            or ([] if Tag.PERIOD in message else c.at(Tag.PADS))  # "not my period": denied, so not in message
            or _not_been(c),
        ),
        ("sexual-change", c.near((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.UNAWARE, Tag.SENSE, Tag.CONTROL, Tag.ALTERED))),
        ("both-legs", both_legs(c)),
        ("walking", walking(c)),
        ("foot-drop", foot_drop(c)),
        ("chest-pain", c.at(Tag.CHEST) if context else []),
        ("serious-accident", c.at(Tag.TRAUMA) if context else []),
        ("says-it-is-ces", c.near((Tag.CES,), (Tag.HAVE,), window=4)),
    ]
    found = [(rule, where) for rule, where in checks if where]
    if found and found[0][0] == "sexual-change" and not context and len(found) == 1:
        return []  # sexual change alone: GP advice (GIRFT), handled below
    return found


def _touch_feels(c: Clause) -> list[int]:
    """A saddle contact (wiping, the toilet seat, the shower) with a change of feeling, or any
    comment on how it feels ("wiping feels like doing it through gloves", unless it is pain).
    A feeling word right beside a named limb on one side is about that limb: "my left calf
    feels numb in the shower" (`LIMB_REACH`)."""
    one_limb = c.has(Tag.SIDE) and not c.has(Tag.SIDES, Tag.BOTH)
    limbs = c.at(Tag.LEG, Tag.LEGS) if one_limb else []

    stops = c.at(Tag.STOP)

    def the_limbs(p: int) -> bool:  # "right leg pain, tingling when I wipe": a comma ends the limb's words
        return any(abs(p - x) <= LIMB_REACH and not any(min(p, x) < s < max(p, x) for s in stops) for x in limbs)

    def not_limb(positions: list[int]) -> list[int]:
        return [p for p in positions if not the_limbs(p)]

    found = close(c.at(Tag.TOUCH), not_limb(c.at(*FEEL)), PAIR_WINDOW)
    # any comment on how it feels, unless pain or an all-clear ("when I wipe it feels normal again")
    comments = [f for f in c.at(Tag.FEELING) if _NORMAL_AGAIN.isdisjoint(c.words[f + 1 : f + 4])]
    comments = comments if _SKIN.isdisjoint(c.words) else []  # "it feels like sandpaper, my piles are back"
    # and a comment nearer the back or a limb is theirs: "my back feels like there's a pinch in it",
    # "shaving my legs feels impossible"
    touches, others = c.at(Tag.TOUCH), c.at(Tag.BACK, Tag.LEG, Tag.LEGS)
    comments = [f for f in comments if nearest([f], touches) <= nearest([f], others)]
    if not c.has(Tag.PAIN):
        found = found or close(touches, not_limb(comments), TOUCH_FEELING_REACH)
    return found


def _bladder_trouble(c: Clause) -> list[int]:
    """What is wrong with the bladder, leaving out what is the legs': "sitting on the toilet makes my
    legs go numb", "I had to crawl to the loo" (crawling is weighed by the walking rule)."""
    walking = set(c.at(Tag.SEVERE_WALK))
    limbs = c.at(Tag.LEG, Tag.LEGS)
    legs_own = {x for x in c.at(Tag.WEAK) if nearest([x], limbs) <= LIMB_REACH}
    return [x for x in c.at(*BLADDER_TROUBLE) if x not in walking and x not in legs_own]


def _loo_for_wee(c: Clause, message: set[Tag]) -> list[int]:
    """The loo counts with the bladder's troubles unless a bowel word says what it was for:
    straining on the toilet for a poo is constipation, not retention; so is "I need to go, it
    just won't come" in a message about being bunged up or a clause about a poo, unless the clause
    names the bladder or a loss of feeling."""
    feeling_lost = c.has(Tag.NOFEEL, Tag.UNAWARE, Tag.CONTROL, Tag.LEAK)  # "couldn't feel anything coming out"
    if (Tag.CONSTIPATED in message or c.has(Tag.BOWEL)) and not c.has(Tag.BLADDER) and not feeling_lost:
        return []
    bowel = c.at(Tag.BOWEL)
    return [t for t in c.at(Tag.TOILET) if nearest([t], bowel) > TOILET_FOR_REACH]


def _saddle(c: Clause) -> list[int]:
    """The saddle area with a change of feeling; numbness named outright reaches further,
    past the rest of a long sentence, to a saddle word that is not a buttock. Ordinary
    sciatica is left out: "numbness down my left leg and the pain starts in my bum" has the
    numbness beside one leg and the bum beside the pain."""
    feelings = c.at(*FEEL)
    pains = c.at(Tag.PAIN)
    one_sided = c.has(Tag.SIDE) and not c.has(Tag.LEGS, Tag.BOTH, Tag.SIDES)  # "mine's right side ... numb little toe"
    one_leg = [x for x in c.at(Tag.LEG) if one_sided or close([x], c.at(Tag.SIDE), 2)]
    limb_feelings = {f for f in feelings if nearest([f], one_leg) <= LIMB_REACH + 1}
    # only the seat can be the pain's place: "right leg pain and my groin and foot are numb" is the groin
    seat = set(c.at(Tag.SOFT_AREA)) | {i for i, w in enumerate(c.words) if w in _SEAT_WORDS}
    areas = [
        a for a in c.at(Tag.AREA) if not (a in seat and limb_feelings and nearest([a], pains) < nearest([a], feelings))
    ]
    hard_area = [x for x in areas if x not in c.at(Tag.SOFT_AREA)]
    return close(areas, feelings, PAIR_WINDOW) or close(hard_area, c.at(Tag.NOFEEL, Tag.SENSE), NUMB_SADDLE_REACH)


def _spread(c: Clause) -> list[int]:
    """ "The numbness I mentioned in my foot, it's now in my vagina area as well": a change of
    feeling said to have reached the saddle, however far back the feeling was named."""
    if not c.has(*FEEL):
        return []
    hard_area = [x for x in c.at(Tag.AREA) if x not in c.at(Tag.SOFT_AREA)]
    # what spread is the nearer of the two: "the pain goes up into my bum" is the pain
    feelings, pains = c.at(*FEEL), c.at(Tag.PAIN)
    spreading = [x for x in c.at(Tag.SPREAD) if nearest([x], feelings) <= nearest([x], pains)]
    return close(spreading, hard_area, SPREAD_REACH)


def _not_been(c: Clause) -> list[int]:
    """ "haven't had a wee since this morning": a plain negation beside the bladder is
    a change when it is new, unless it denies a problem ("no bladder problems")."""
    if c.mentioned((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), BLADDER_TROUBLE) or c.has(Tag.FINE):
        return []
    # "haven't had a poo or a wee since yesterday": the denial may reach over a list (not being
    # able to poo alone is constipation, not a red flag)
    return c.near((Tag.BLADDER,), (Tag.NEG,), window=NOT_BEEN_REACH) if c.has(Tag.NEW) else []


def _one_buttock(c: Clause) -> bool:
    """Numbness in one buttock, going down one leg, is ordinary sciatica."""
    hard_area = [x for x in c.at(Tag.AREA) if x not in c.at(Tag.SOFT_AREA)]
    # "starts in my bum cheek and goes down the back of my leg": one cheek and one leg is one side
    one_side = c.has(Tag.SIDE) or (bool(c.at(Tag.SOFT_AREA)) and c.has(Tag.LEG) and not c.has(Tag.LEGS))
    return not hard_area and not c.at(Tag.TOUCH) and one_side and not c.has(Tag.SIDES, Tag.BOTH)
