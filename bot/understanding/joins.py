"""Which clauses of a message to read together, and which words to read past.

Patients spread one symptom over several clauses: the body part in one and what changed
in the next ("It's my privates I'm worried about. ... Since yesterday it's gone numb"),
or an aside between them ("my privates, which I was too embarrassed to mention, feel
numb"). `triage` reads such clauses joined as well as alone and keeps the more urgent.
"""

from __future__ import annotations

from bot.understanding.clauses import Clause
from bot.understanding.leg_flags import FEEL, LEG_TROUBLE
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_tags import Tag


# Two neighbouring clauses, one with a symptom but no body word and the other with a
# body word but no symptom, are read together: "my legs are there, but it's like
# they're not mine"; "it feels like sitting on frozen peas, but only where I'd sit".
def halves(clause: Clause, before: Clause) -> bool:
    def symptom_only(c: Clause) -> bool:
        return c.has(*SYMPTOM) and not c.has(*BODY)

    def body_only(c: Clause) -> bool:
        return c.has(*BODY) and not c.has(*SYMPTOM)

    # "Noticed my knickers were damp. I didn't even know I'd gone.": a leak, then not knowing
    if symptom_only(clause) and symptom_only(before):
        return True

    # "The numbness in my foot has spread. It's in my groin now."
    spread = body_only(clause) and clause.has(Tag.SPREAD) and before.has(*FEEL)
    return (symptom_only(clause) and before.has(*BODY)) or (body_only(clause) and symptom_only(before)) or spread


# How far back a clause looks for the body part or symptom it completes: a relative clause or
# an aside may stand between ("my privates, which I was too embarrassed to mention, feel numb").
LOOK_BACK = 3


def partners(clauses: list[Clause], i: int) -> list[int]:
    """Earlier clauses that clause `i` completes: the nearest one that names a body part or a
    symptom, when the two are halves; and for a symptom with no body word ("Since yesterday
    it's gone completely numb"), the nearest that names the saddle area itself, even with a
    leg between ("It's my privates I'm worried about. My left leg has had sciatica for weeks.");
    for "the left leg's gone the same", the nearest clause naming a side with pain or leg trouble;
    and for "Both legs, from my bum to my ankles", a pain told just before it."""
    clause, found = clauses[i], []
    back = range(i - 1, max(i - 1 - LOOK_BACK, -1), -1)
    earlier = [j for j in back if clauses[j].has(*BODY, *SYMPTOM)]
    # "My foot drop was just on the left, but now the right foot's doing it too"
    ditto = clause.has(Tag.DITTO) and clause.has(Tag.SIDE)
    # "it was just the left leg, but now it's both": "both" with no limb of its own is the earlier one's
    both = bool(earlier) and _both_alone(clause) and clauses[earlier[0]].has(Tag.LEG)
    if earlier and (halves(clause, clauses[earlier[0]]) or both or (ditto and clauses[earlier[0]].has(*LEG_TROUBLE))):
        found.append(earlier[0])
    elif ditto:  # "sciatica for years on her right side, but today the left leg's gone the same"
        sided = [j for j in back if clauses[j].has(Tag.SIDE)]
        found += [j for j in sided[:1] if clauses[j].has(Tag.PAIN, *LEG_TROUBLE)]
    if clause.has(*SYMPTOM) and not clause.has(*BODY):
        hard = [j for j in earlier if _hard_area(clauses[j]) and not clauses[j].has(*SYMPTOM)]
        found += [j for j in hard[:1] if j not in found]
    # "I'm in so much pain tonight. Both legs, from my bum to my ankles.": where the pain is
    before = clauses[i - 1] if i else None
    if before is not None and i - 1 not in found and _both_sides_only(clause) and _pain_told(before):
        found.append(i - 1)
    return found


# the words of "Both legs, from my bum to my ankles": where, and nothing else ("Both legs, the
# stretches you showed me", "Both legs, were they meant to be needled?" say something else)
_ROUTE = frozenset(
    {"both", "my", "from", "to", "down", "into", "the", "and", "in", "of", "all", "way", "them", "each", "side"}
    | {"sides", "two", "right", "left", "legs", "feet", "ankles", "knees", "thighs", "calves", "hips", "toes"}
    | {"shins", "bum", "bottom", "backside", "buttocks"}
)


def _both_sides_only(clause: Clause) -> bool:
    body = set(clause.at(*BODY))
    told = clause.has(Tag.SIDES) and clause.has(Tag.LEG, Tag.LEGS)
    only_where = all(n in body or w in _ROUTE for n, w in enumerate(clause.words))
    return told and only_where


# pain told of a treatment is the treatment's ("A bit sore where you put the needles in yesterday.
# Both legs, my calves and ankles")
_TREATED = frozenset({"needle", "needles", "needled", "session", "treatment", "acupuncture", "massage"})


def _pain_told(clause: Clause) -> bool:
    """ "I'm in so much pain tonight": pain reported, not asked about ("Is acupuncture painful?")."""
    told = clause.has(Tag.PAIN) and not clause.has(*BODY) and not clause.general
    return told and not clause.has(Tag.IDIOM) and _TREATED.isdisjoint(clause.words)


_AFTER_BOTH = frozenset({"now", "too", "as", "well", "of", "them", "sides", "side", "ones", "legs"})


def _both_alone(clause: Clause) -> bool:
    """ "now it's both", "it's in both of them now"; not "both my parents had it"."""
    ends = [b for b in clause.at(Tag.BOTH) if _AFTER_BOTH.issuperset(clause.words[b + 1 : b + 3])]
    return bool(ends) and not clause.has(*BODY)


# An aside between commas that says nothing the rules weigh ("which I was too embarrassed to
# mention when I rang", "and I'm not exaggerating here") only pushes the body word away from
# its symptom. Anything that could deny, date or explain stays.
_WEIGHED = (*BODY, *SYMPTOM, Tag.NEG, Tag.FINE, Tag.PAST, Tag.CHRONIC, Tag.IDIOM, Tag.IF, Tag.PAIN, Tag.SPAN)
_WEIGHED += (Tag.DOUBT, Tag.LEAK_CAUSE, Tag.SHY, Tag.NOT_PATIENT, Tag.RESOLVED, Tag.READ, Tag.TIRED, Tag.PERIOD)


def without_asides(part: str) -> Clause | None:
    """The clause with its empty asides left out, or None when it has none."""
    pieces = part.split(",")
    if len(pieces) < 3:
        return None
    kept = [pieces[0], *(p for p in pieces[1:-1] if Clause(p).has(*_WEIGHED)), pieces[-1]]
    return Clause(" ".join(kept)) if len(kept) < len(pieces) else None


def _hard_area(clause: Clause) -> bool:
    soft = clause.at(Tag.SOFT_AREA)
    return any(x not in soft for x in clause.at(Tag.AREA))
