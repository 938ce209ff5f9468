"""The circumstances around one red flag, which `triage` weighs: when it began, what could
explain it, whose it is, and which all-clears and long-standing words are about it.

Each answers from positions in one clause (`clauses.close`, `nearest`), so cost stays linear.
"""

from __future__ import annotations

from bot.understanding.clauses import REPORTED, Clause, close, nearest
from bot.understanding.leg_flags import LEG_TROUBLE
from bot.understanding.red_flags import BODY, LEG_RULES, SYMPTOM
from bot.understanding.triage_tags import Tag

# "I thought it was from the long drive back from the festival": the guess comes before its cause
DOUBT_REACH = 8
# "I've had no feeling in my groin for 3 days": how far before a duration "been" or "I've had" makes it ongoing
ONGOING_REACH = 10
_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "my", "myself", "mine"})
_GROWN_UPS = frozenset({"husband", "wife", "partner", "mum", "dad", "mother", "father", "grandad", "nan"})
_THIRD_PERSON = frozenset({"he", "she", "him", "his", "her", "himself", "herself", "hes", "shes", "hed", "shed"})
# Words that make a cause a plan: "got a meeting", "supposed to be at a wedding", "cancel my shift"
_PLANS = frozenset({"got", "supposed", "cancel", "miss", "missing", "going", "booked", "tomorrow", "next"})
PLAN_REACH = 3
_LIKENESS = frozenset({"like", "where", "youd", "if"})  # a cause named as a likeness explains nothing
LIKENESS_REACH = 6
_HABIT = frozenset({"always", "usually", "normally", "every"})  # "like it always is after": the habit explains
FEELS_PAIN_REACH = 4  # "I can feel the sciatica": how near the pain comes after "can feel"
FINE_AFTER_LOSS = 3  # "don't think I can feel": a "can" this soon after a loss of feeling is part of it
_LENGTHS = frozenset({"in", "for", "years", "ages", "months", "decades", "yrs"})
NOT_DONE_REACH = 6  # "haven't been anywhere near a bike in years": the years are the bike's
_AGO = frozenset({"ago", "back"})  # "years ago", "years back": when something else happened, not that it is over
THEIRS_REACH = 5  # "my 6 year old still wets the bed": whose accident it is comes right before it
ACCIDENT_WORDS = 3  # "wet the bed": the words of the accident itself, where "my" would make it the patient's


def cleared(c: Clause, where: list[int]) -> list[int]:
    """The all-clears ("fine", "normal") nearer the red flag than any other body word, and with
    no symptom after them: "Walking's fine, it's my bum that's numb" is not cleared."""
    others = [b for b in c.at(*BODY) if b not in where]
    symptoms, sides = c.at(*SYMPTOM), c.at(Tag.SIDE)

    def undone(f: int) -> bool:  # a symptom after it, unless one side is named between ("only the one foot tingles")
        return any(s > f and not any(f < x < s for x in sides) for s in symptoms)

    def feels_pain(f: int) -> bool:  # "I can feel the sciatica in both legs" says where it hurts
        return c.words[f : f + 2] == ["can", "feel"] and any(f < p <= f + FEELS_PAIN_REACH for p in c.at(Tag.PAIN))

    # "I don't think I can feel when I wee": the "can" is inside the loss of feeling
    lost = c.at(Tag.NOFEEL, Tag.CANT)
    fine = [f for f in c.at(Tag.FINE) if not feels_pain(f) and not any(0 < f - x <= FINE_AFTER_LOSS for x in lost)]
    return [f for f in fine if nearest([f], where) <= nearest([f], others) and not undone(f)]


def distance(c: Clause, tag: Tag, where: list[int]) -> float:
    """Words between the red flag and the nearest `tag`: infinite when there is none."""
    return nearest(c.at(tag), where)


def only_tired(c: Clause, where: list[int]) -> bool:
    """Tired, heavy or aching legs and nothing worse anywhere in the clause ("heavy for a week since
    the race and now they keep giving way" is not only tired; "so both now" says nothing of tiredness)."""
    tired = set(c.at(Tag.TIRED))
    told = set(where) & (tired | set(c.at(Tag.PAIN)))  # the legs' own words, not just "both now"
    return bool(told) and all(p in tired for p in c.at(*LEG_TROUBLE))


def onsets(clause: Clause) -> list[int]:
    """When it began: "since Monday", "this morning"; a duration ("for 3 days") only when it is
    still going on ("my bum's been numb for 3 days", "I've had no feeling for 2 days")."""
    spans = set(clause.at(Tag.SPAN))

    def ongoing(n: int) -> bool:  # "been" or "I've had" just before the duration
        before = clause.words[max(0, n - ONGOING_REACH) : n]
        return "been" in before or bool(REPORTED.search(" ".join(before)))

    # "I still can't feel my bum": still, just before a symptom, is now
    still = [i for i, w in enumerate(clause.words) if w == "still" and close([i], clause.at(*SYMPTOM), 2)]
    return [n for n in clause.at(Tag.NEW) if n not in spans or ongoing(n)] + still


# The body words each rule is about: "both feet are numb up to the ankles, the same for years"
# is one description, and "pads for her bladder for a decade" one story.
_OWN_BODY = {
    "saddle-sensation": (Tag.AREA, Tag.TOUCH),
    "bladder-or-bowel": (Tag.BLADDER, Tag.BOWEL, Tag.TOILET),
    "sexual-change": (Tag.SEX,),
    "both-legs": (Tag.LEG, Tag.LEGS),
    "walking": (Tag.LEG, Tag.LEGS),
    "foot-drop": (Tag.LEG, Tag.LEGS),
}


def about(c: Clause, tag: Tag, where: list[int], rule: str = "") -> list[int]:
    """Positions of `tag` nearer the red flag than any other body part, the back or the pain:
    "my back is no worse" says nothing of the bladder."""
    own = set(c.at(*_OWN_BODY.get(rule, ())))
    others = [b for b in c.at(*BODY, Tag.BACK, Tag.PAIN) if b not in where and b not in own]
    return [x for x in c.at(tag) if nearest([x], where) <= nearest([x], others)]


def _after_it(c: Clause, where: list[int], rule: str) -> list[int]:
    """Positions of RESOLVED whose nearest body part, pain or symptom before them is the red flag's."""
    told = sorted(set(c.at(*BODY, Tag.BACK, Tag.PAIN, *SYMPTOM)) | set(where))
    own = set(where) | set(c.at(*_OWN_BODY.get(rule, ())))
    return [x for x in c.at(Tag.RESOLVED) if (before := [t for t in told if t < x]) and before[-1] in own]


def theirs(c: Clause, where: list[int]) -> bool:
    """ "My toddler wet the bed", "the dog had an accident": someone else's accident, told as such
    (not "my dog jumped on my back and I can't pee", nor "my toddler and I both wet the bed")."""
    accident = [w for w in c.at(Tag.LEAKED, Tag.LEAK, Tag.CONTROL, Tag.CANT, Tag.UNAWARE, Tag.NOFEEL) if w in where]
    if not accident:
        return False
    stops = c.at(Tag.STOP)
    for who in c.at(Tag.NOT_PATIENT):
        # "my cat can't wee", "the labrador can't feel when he's weeing": a not-feeling or can't is
        # theirs only when the patient says nothing of themselves after naming them
        if c.has(Tag.CANT, Tag.UNAWARE, Tag.NOFEEL) and not _FIRST_PERSON.isdisjoint(c.words[who + 1 :]):
            continue
        # the child or pet comes first, just before the accident, and the accident's own words
        # are not the patient's ("walking the dog today my bladder just let go" is the patient's)
        # and nothing turns the sentence to the patient between: "out with the dog, had an accident"
        after = [a for a in accident if 0 < a - who <= THEIRS_REACH and not any(who < s < a for s in stops)]
        if after and _FIRST_PERSON.isdisjoint(c.words[who + 1 : after[0] + ACCIDENT_WORDS + 1]):  # past "my cat"
            return True
        # "my son is potty training and keeps having accidents, he...", "wet herself at nursery": told
        # in the third person, with nothing of the patient from there on (not "dropped the kids at
        # nursery, had an accident", nor "out with the dog, had an accident")
        told = c.words[min(who, accident[0]) :]
        # (not when the child has the back pain too, nor with a grown-up named who could be "he")
        grown_up = c.has(Tag.PAIN, Tag.BACK) or not _GROWN_UPS.isdisjoint(c.words)
        if _FIRST_PERSON.isdisjoint(told) and not _THIRD_PERSON.isdisjoint(told) and not grown_up:
            return True
    return False


def explanations(clause: Clause, rule: str) -> list[int]:
    """What could explain this red flag: laughing or a sneeze explains a leak, a long drive or the
    gym explains a numb bum or tired legs, never a leak ("I wet myself in a meeting and didn't
    notice"); a cause the patient doubts ("I thought it was from the long drive, but") explains nothing."""
    # "I didn't feel it coming", "couldn't stop it", "I can't wee": no sneeze explains that (straining is
    # the pain's: "pain when I cough or strain on the loo"); only stage fright explains a can't-wee
    kinds = (Tag.LEAK_CAUSE,) if rule == "bladder-or-bowel" else (Tag.IDIOM,)
    if rule == "bladder-or-bowel":
        cant = any(not clause.words[x].startswith("strain") for x in clause.at(Tag.CANT))
        if clause.has(Tag.UNAWARE, Tag.NOFEEL, Tag.CONTROL):
            return []
        kinds = (Tag.SHY,) if cant else kinds
        if cant and "even" in clause.words:  # "but now nothing comes even when I'm alone"
            return []
    kinds += (Tag.EXERTION,) if rule in LEG_RULES else ()  # weighed against tired legs only
    doubts = clause.at(Tag.DOUBT)

    def planned(x: int) -> bool:  # "I've got a meeting I can't miss", "he's got exams": not what happened
        return not _PLANS.isdisjoint(clause.words[max(0, x - PLAN_REACH) : x])

    def likeness(x: int) -> bool:  # "the bit where you'd sit on a bike seat"; not "like it always is after a ride"
        before = clause.words[max(0, x - LIKENESS_REACH) : x]
        return not _LIKENESS.isdisjoint(before) and _HABIT.isdisjoint(before)

    return [x for x in clause.at(*kinds) if nearest([x], doubts) > DOUBT_REACH and not planned(x) and not likeness(x)]


def long_standing(clause: Clause, where: list[int], rule: str) -> bool:
    """A long-standing word about the red flag, except the time since something not done: "I haven't
    been anywhere near a bike in years" (not "I haven't been able to feel it for years")."""
    denials, symptoms = clause.at(Tag.NEG), clause.at(*SYMPTOM)

    def since_not(x: int) -> bool:  # only a length of time ("in years", "for ages"), never "no change"
        if clause.words[x] not in _LENGTHS:
            return False
        return any(0 < x - n <= NOT_DONE_REACH and not any(n < y < x for y in symptoms) for n in denials)

    return any(not since_not(x) for x in about(clause, Tag.CHRONIC, where, rule))


def over_after(clause: Clause, where: list[int], rule: str) -> bool:
    """A "went away" or "fine once" after the red flag and about it, with no symptom, change or other
    body part after it: not "I was fine after my c-section", "I had a disc op years ago", nor "the
    back pain is fine now" (pain easing while the numbness stays is the classic trap)."""
    later = clause.at(*SYMPTOM, *BODY, Tag.NEW, Tag.BACK)
    # a "fine once" is about what was told just before it: "Bum went numb on the drive, totally
    # fine once I got out. Sciatica unchanged" (the sciatica after it is another sentence)
    own = set(about(clause, Tag.RESOLVED, where, rule)) | set(_after_it(clause, where, rule))
    over = [
        r for r in own if _AGO.isdisjoint(clause.words[r : r + 3]) and clause.words[r + 1 : r + 3] != ["after", "my"]
    ]
    return any(r > max(where) and not any(x > r for x in later) for r in over)
