"""Red-flag triage: decide, before any matching, how urgent a message is.

Built from how patients describe cauda equina syndrome (CES), not from clinical
phrases: a message is cut into clauses, each clause's words become concepts
(`triage_words`), and a red flag is a combination of concepts close together
(a body area and a change of feeling; the bladder and a loss of control; both legs
and weakness). What surrounds the combination decides the outcome:

    denied ("no numbness")                      -> no red flag from that word
    a general or hypothetical question          -> safety-net
    said to be past, or a passing context       -> safety-net
    said to be long-standing and unchanged      -> urgent GP / NHS 111
    otherwise (new, now, or nothing said)       -> emergency

When in doubt it escalates (../shared/red-flags.md §2.6, §3): a needless trip to A&E
is a nuisance, a missed CES can be permanent harm. The rules live in code, so no
FAQ edit can switch them off; docs/red-flags.md maps each rule to its source.
Cost is linear in the message: one pass over its words, bounded look-ups per word.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.understanding.clauses import PAIR_WINDOW, Clause, close, nearest, split_clauses
from bot.understanding.triage_tags import Tag


class Level(IntEnum):
    """How urgent a message is; higher wins when a message has several clauses."""

    NONE = 0
    SAFETY_NET = 1  # normal answer, plus "if you have any of these now, call 999"
    URGENT = 2  # "contact your GP today or call NHS 111" first, then the answer
    EMERGENCY = 3  # the 999 / A&E reply alone


@dataclass(frozen=True, slots=True)
class Triage:
    """The decision and the rule behind it (a rule name, never the patient's text)."""

    level: Level = Level.NONE
    rule: str | None = None

    @property
    def emergency(self) -> bool:
        return self.level is Level.EMERGENCY


# "after climbing yesterday, both thighs are sore": a passing cause this close to "both" explains it
IDIOM_REACH = 5
# "other leg's fine", "the other one is ok": how far after a side its all-clear may come
SIDE_FINE_REACH = 3
_LEG_RULES = ("both-legs", "walking")
TOILET_FOR_REACH = 3  # "on the toilet for a poo": the bowel word names what the loo was for
DOUBT_REACH = 4  # "I thought it was from sitting at my desk": the guess comes just before its cause
SPREAD_REACH = 3  # "it's now in my vagina area": the place follows the spreading words at once
LIMB_REACH = 3  # "my left calf feels numb": a feeling this close to a one-sided limb is the limb's
TOUCH_FEELING_REACH = 4  # "the seat feels weird": how near "feels" must be to the contact
_ALL_CLEAR = frozenset({"fine", "ok", "okay", "grand", "alright"})
_AREA = (Tag.AREA, Tag.TOUCH)
_FEEL = (Tag.SENSE, Tag.NOFEEL, Tag.ALTERED)
_BLADDER_TROUBLE = (Tag.CANT, Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK, Tag.WEAK)
_BOWEL_TROUBLE = (Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK)
_LEG_TROUBLE = (Tag.WEAK, Tag.SENSE, Tag.NOFEEL, Tag.SEVERE_WALK, Tag.CONTROL)
_BODY = (Tag.AREA, Tag.TOUCH, Tag.LEG, Tag.LEGS, Tag.BLADDER, Tag.BOWEL, Tag.TOILET, Tag.SEX)
_SYMPTOM = (*_FEEL, Tag.WEAK, Tag.CANT, Tag.CONTROL, Tag.LEAK, Tag.UNAWARE, Tag.SEVERE_WALK)


def _red_flags(c: Clause, message: set[Tag]) -> list[tuple[str, list[int]]]:
    """The CES and 999 rules this clause meets, most specific first, with where they are."""
    context = bool(message & {Tag.PAIN, Tag.BACK})  # the back or sciatica is part of the story
    checks: list[tuple[str, list[int]]] = [
        ("saddle-sensation", [] if _one_buttock(c) else c.near((Tag.AREA,), _FEEL) or _touch_feels(c) or _spread(c)),
        (
            "bladder-or-bowel",
            close(c.at(Tag.BLADDER) + _loo_for_wee(c), c.at(*_BLADDER_TROUBLE), PAIR_WINDOW)
            or c.near((Tag.BOWEL,), _BOWEL_TROUBLE)
            or c.near((Tag.LEAK,), (Tag.UNAWARE, Tag.NOFEEL, Tag.CONTROL))
            or c.at(Tag.LEAKED)
            or ([] if Tag.PERIOD in message else c.at(Tag.PADS))  # "not my period": denied, so not in message
            or _not_been(c),
        ),
        ("sexual-change", c.near((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.UNAWARE, Tag.SENSE, Tag.CONTROL, Tag.ALTERED))),
        ("both-legs", _both_legs(c)),
        ("walking", [] if c.has(Tag.SIDE) and not c.has(Tag.SIDES, Tag.BOTH) else c.at(Tag.SEVERE_WALK)),
        ("chest-pain", c.at(Tag.CHEST) if context else []),
        ("serious-accident", c.at(Tag.TRAUMA) if context else []),
        ("says-it-is-ces", c.near((Tag.CES,), (Tag.HAVE,), window=4)),
    ]
    found = [(rule, where) for rule, where in checks if where]
    if found and found[0][0] == "sexual-change" and not context and len(found) == 1:
        return []  # sexual change alone: GP advice (GIRFT), handled below
    return found


def _cleared(c: Clause, where: list[int]) -> list[int]:
    """The all-clears ("fine", "normal") nearer the red flag than any other body word."""
    others = [b for b in c.at(*_BODY) if b not in where]
    return [f for f in c.at(Tag.FINE) if nearest([f], where) <= nearest([f], others)]


def _distance(c: Clause, tag: Tag, where: list[int]) -> float:
    """Words between the red flag and the nearest `tag`: infinite when there is none."""
    return nearest(c.at(tag), where)


def _only_tired(c: Clause, where: list[int]) -> bool:
    tired = set(c.at(Tag.TIRED))
    return all(p in tired for p in c.at(*_LEG_TROUBLE) if p in where)


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

    found = close(c.at(Tag.TOUCH), not_limb(c.at(*_FEEL)), PAIR_WINDOW)
    if not c.has(Tag.PAIN):
        found = found or close(c.at(Tag.TOUCH), not_limb(c.at(Tag.FEELING)), TOUCH_FEELING_REACH)
    return found


def _loo_for_wee(c: Clause) -> list[int]:
    """The loo counts with the bladder's troubles unless a bowel word says what it was for:
    straining on the toilet for a poo is constipation, not retention."""
    bowel = c.at(Tag.BOWEL)
    return [t for t in c.at(Tag.TOILET) if nearest([t], bowel) > TOILET_FOR_REACH]


def _spread(c: Clause) -> list[int]:
    """ "The numbness I mentioned in my foot, it's now in my vagina area as well": a change of
    feeling said to have reached the saddle, however far back the feeling was named."""
    if not c.has(*_FEEL):
        return []
    hard_area = [x for x in c.at(Tag.AREA) if x not in c.at(Tag.SOFT_AREA)]
    return close(c.at(Tag.SPREAD), hard_area, SPREAD_REACH)


def _not_been(c: Clause) -> list[int]:
    """ "haven't had a wee since this morning": a plain negation beside the bladder is
    a change when it is new, unless it denies a problem ("no bladder problems")."""
    if c.mentioned((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), _BLADDER_TROUBLE) or c.has(Tag.FINE):
        return []
    return c.near((Tag.BLADDER,), (Tag.NEG,), window=3) if c.has(Tag.NEW) else []


def _one_buttock(c: Clause) -> bool:
    """Numbness in one buttock, going down one leg, is ordinary sciatica."""
    hard_area = [x for x in c.at(Tag.AREA) if x not in c.at(Tag.SOFT_AREA)]
    return not hard_area and not c.at(Tag.TOUCH) and c.has(Tag.SIDE) and not c.has(Tag.SIDES, Tag.BOTH)


def _both_legs(c: Clause) -> list[int]:
    legs = c.at(Tag.LEG, Tag.LEGS)
    # "the other leg's fine": the other side named only to say it is well
    well = [i for i, w in enumerate(c.words) if w in _ALL_CLEAR]
    other_fine = set(c.at(Tag.OTHER_SIDE)) & set(close(c.at(Tag.OTHER_SIDE), well, SIDE_FINE_REACH))
    sides = [s for s in c.at(Tag.SIDES) if s not in other_fine]
    bilateral = sides + [b for b in c.at(Tag.BOTH) if close([b], legs, 3)]
    if bilateral:
        # "both legs feel loose after a bath, and the sciatica in my right leg eases": trouble
        # said after both legs and nearer a one-sided word is that side's ("it was in my left
        # leg, now it's in the right one too" carries the earlier pain across)
        one_side = c.at(Tag.SIDE)
        first = min(bilateral)
        trouble = [
            p for p in c.at(*_LEG_TROUBLE, Tag.PAIN) if p < first or nearest([p], bilateral) <= nearest([p], one_side)
        ]
        near = close(bilateral, trouble, PAIR_WINDOW)
        # "it started in my other leg as well": the pain is named in another clause
        exertion = bool(close(c.at(Tag.IDIOM), bilateral, IDIOM_REACH))
        return near or (bilateral if c.has(Tag.NEW) and not exertion else [])
    # "my legs keep giving way": plural legs with weakness, not with pain alone
    return [] if c.has(Tag.SIDE) else c.near((Tag.LEGS,), (Tag.WEAK, *_FEEL, Tag.SEVERE_WALK, Tag.CONTROL))


_URGENT_SIGNS = (
    (Tag.FEVER, "fever"),
    (Tag.WEIGHT, "weight-loss"),
    (Tag.CANCER, "cancer-history"),
    (Tag.LUMP, "back-lump"),
    (Tag.SHOULDERS, "between-shoulder-blades"),
    (Tag.NONSTOP, "pain-at-rest"),
)
_MENTIONS = (
    (_AREA, _FEEL),
    ((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), _BLADDER_TROUBLE),
    ((Tag.SIDES, Tag.LEGS), (*_LEG_TROUBLE, Tag.PAIN)),
)


def _clause_level(clause: Clause, message_tags: set[Tag]) -> Triage:
    flags = _red_flags(clause, message_tags)
    if flags:
        rule, where = flags[0]
        accident = rule in ("chest-pain", "serious-accident")  # "he says he's fine" does not undo a crash
        # "new" must be about the red flag: "numb bum after the train, sciatica worse too" is not;
        # and the nearest context explains it: "last year, numbness for a couple of days"
        # how long it lasted ("for 3 hours") is no onset: only an onset makes it new
        onset = [n for n in clause.at(Tag.NEW) if n not in clause.at(Tag.SPAN)]
        new = nearest(onset, where)
        fresh = new <= PAIR_WINDOW
        # a passing context explains tired or aching legs, never legs giving way or going numb;
        # exertion right beside tired legs explains them even when recent ("after Zumba last night")
        legs = rule in _LEG_RULES
        tired = legs and _only_tired(clause, where)
        legs_ok = tired or not legs
        # a cause the patient doubts ("I thought it was from sitting at my desk, but") explains nothing
        causes = [x for x in clause.at(Tag.IDIOM) if nearest([x], clause.at(Tag.DOUBT)) > DOUBT_REACH]
        exertion = tired and nearest(causes, where) <= IDIOM_REACH
        passing = bool(causes) and legs_ok and not accident and (not fresh or exertion)
        # a past word nearer than "new" decides only against how long it lasted ("for a couple of days"),
        # never against when it began ("yesterday it went numb", "since this morning")
        recalled = clause.has(Tag.PAST) and _distance(clause, Tag.PAST, where) <= _distance(clause, Tag.NEW, where)
        past = (clause.has(Tag.PAST) and not fresh) or (not onset and recalled)
        # "my bladder's fine ... both my feet flop down": an all-clear is about the body word nearest it
        past = past or (bool(_cleared(clause, where)) and not fresh and not accident)
        # "Is it usual to feel buzzing down there? It began on Sunday": a report phrased as a question
        # but "what do I do if I lose feeling down there? My sciatica started on Monday" stays a
        # hypothetical: a clause saying "if" is a report only when the red flag itself is new
        # unless another clause says "it's happening right now" and so points back at it
        hypothetical = clause.has(Tag.IF, Tag.READ) and not fresh and Tag.HAPPENING not in message_tags
        if clause.general and (Tag.NEW not in message_tags or hypothetical):
            return Triage(Level.SAFETY_NET, f"general:{rule}")
        if passing:
            return Triage(Level.SAFETY_NET, f"passing:{rule}")
        # "for ages ... but this is brand new": any sign of a change in the clause beats the baseline
        if clause.has(Tag.CHRONIC) and not clause.has(Tag.NEW):
            return Triage(Level.URGENT, f"long-standing:{rule}")
        if past:
            return Triage(Level.SAFETY_NET, f"past:{rule}")
        return Triage(Level.EMERGENCY, rule)
    for tag, rule in _URGENT_SIGNS:
        if clause.at(tag) and not clause.general and (tag is not Tag.LUMP or clause.near((tag,), (Tag.BACK,))):
            return Triage(Level.URGENT, rule)
    if clause.has(Tag.CES, Tag.WARNING) or any(clause.mentioned(a, b) for a, b in _MENTIONS):
        return Triage(Level.SAFETY_NET, "mentions-red-flag")
    if clause.mentioned((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.SENSE, Tag.ALTERED)):
        return Triage(Level.URGENT, "sexual-change-only")
    return Triage()


# Two neighbouring clauses, one with a symptom but no body word and the other with a
# body word but no symptom, are read together: "my legs are there, but it's like
# they're not mine"; "it feels like sitting on frozen peas, but only where I'd sit".


def _halves(clause: Clause, before: Clause) -> bool:
    def symptom_only(c: Clause) -> bool:
        return c.has(*_SYMPTOM) and not c.has(*_BODY)

    def body_only(c: Clause) -> bool:
        return c.has(*_BODY) and not c.has(*_SYMPTOM)

    return (symptom_only(clause) and before.has(*_BODY)) or (body_only(clause) and symptom_only(before))


def _resolved(found: Triage, clause: Clause, after: Clause | None, message_tags: set[Tag]) -> Triage:
    """ "My bum went numb on the benches, but it came straight back when I stood up": the
    clause after a red flag says it is over (past) or how it always is (long-standing).
    Only a clause of its own that names no body part, no symptom and no change can say
    so: "but my bladder's fine" is about the bladder, "but it's getting worse" is new.
    A red flag said to be new ("since yesterday", "just noticed") stays an emergency:
    "but I expect that's just my age" is the patient's guess, not a history."""
    if after is None or found.level is not Level.EMERGENCY or found.rule in _NOT_UNDONE:
        return found
    if after.has(*_BODY, *_SYMPTOM, Tag.NEW) or _red_flags(after, message_tags):
        return found
    flags = _red_flags(clause, message_tags)
    onset = [n for n in clause.at(Tag.NEW) if n not in clause.at(Tag.SPAN)]  # "for 3 hours" is how long
    if not flags or nearest(onset, flags[0][1]) <= PAIR_WINDOW:
        return found
    if after.has(Tag.PAST):
        return Triage(Level.SAFETY_NET, f"past:{found.rule}")
    if after.has(Tag.CHRONIC):
        return Triage(Level.URGENT, f"long-standing:{found.rule}")
    return found


_NOT_UNDONE = ("chest-pain", "serious-accident")  # "he says he's fine" does not undo a crash


def triage(text: str) -> Triage:
    """The most urgent outcome over the message's clauses."""
    parts = split_clauses(text)
    clauses = [Clause(part) for part in parts]
    message_tags: set[Tag] = set().union(*(c.tags for c in clauses)) if clauses else set()
    if any(c.has(Tag.NEW) and not c.has(*_BODY, *_SYMPTOM, Tag.PAIN, Tag.BACK) for c in clauses):
        message_tags.add(Tag.HAPPENING)
    best = Triage()
    for i, clause in enumerate(clauses):
        found = _clause_level(clause, message_tags)
        if i and found.level < Level.EMERGENCY and _halves(clause, clauses[i - 1]):
            joined = Clause(parts[i - 1] + " " + parts[i])
            level = _clause_level(joined, message_tags)
            found, clause = (level, joined) if level.level > found.level else (found, clause)
        found = _resolved(found, clause, clauses[i + 1] if i + 1 < len(clauses) else None, message_tags)
        if found.level > best.level:
            best = found
            if best.level is Level.EMERGENCY:
                break
    return best
