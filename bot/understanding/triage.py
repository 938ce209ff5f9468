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

from bot.understanding.clauses import PAIR_WINDOW, Clause, nearest, split_clauses
from bot.understanding.red_flags import (
    AREA,
    BLADDER_TROUBLE,
    BODY,
    FEEL,
    IDIOM_REACH,
    LEG_RULES,
    LEG_TROUBLE,
    SYMPTOM,
    red_flags,
)
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


# "I thought it was from sitting at my desk": the guess comes just before its cause
DOUBT_REACH = 4


def _cleared(c: Clause, where: list[int]) -> list[int]:
    """The all-clears ("fine", "normal") nearer the red flag than any other body word."""
    others = [b for b in c.at(*BODY) if b not in where]
    return [f for f in c.at(Tag.FINE) if nearest([f], where) <= nearest([f], others)]


def _distance(c: Clause, tag: Tag, where: list[int]) -> float:
    """Words between the red flag and the nearest `tag`: infinite when there is none."""
    return nearest(c.at(tag), where)


def _only_tired(c: Clause, where: list[int]) -> bool:
    tired = set(c.at(Tag.TIRED))
    return all(p in tired for p in c.at(*LEG_TROUBLE) if p in where)


_URGENT_SIGNS = (
    (Tag.FEVER, "fever"),
    (Tag.WEIGHT, "weight-loss"),
    (Tag.CANCER, "cancer-history"),
    (Tag.LUMP, "back-lump"),
    (Tag.SHOULDERS, "between-shoulder-blades"),
    (Tag.NONSTOP, "pain-at-rest"),
)
_MENTIONS = (
    (AREA, FEEL),
    ((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), BLADDER_TROUBLE),
    ((Tag.SIDES, Tag.LEGS), (*LEG_TROUBLE, Tag.PAIN)),
)


def _clause_level(clause: Clause, message_tags: set[Tag]) -> Triage:
    flags = red_flags(clause, message_tags)
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
        legs = rule in LEG_RULES
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
        return c.has(*SYMPTOM) and not c.has(*BODY)

    def body_only(c: Clause) -> bool:
        return c.has(*BODY) and not c.has(*SYMPTOM)

    return (symptom_only(clause) and before.has(*BODY)) or (body_only(clause) and symptom_only(before))


def _resolved(found: Triage, clause: Clause, after: Clause | None, message_tags: set[Tag]) -> Triage:
    """ "My bum went numb on the benches, but it came straight back when I stood up": the
    clause after a red flag says it is over (past) or how it always is (long-standing).
    Only a clause of its own that names no body part, no symptom and no change can say
    so: "but my bladder's fine" is about the bladder, "but it's getting worse" is new.
    A red flag said to be new ("since yesterday", "just noticed") stays an emergency:
    "but I expect that's just my age" is the patient's guess, not a history."""
    if after is None or found.level is not Level.EMERGENCY or found.rule in _NOT_UNDONE:
        return found
    if after.has(*BODY, *SYMPTOM, Tag.NEW) or red_flags(after, message_tags):
        return found
    # any onset in the red flag's clause keeps it ("Today she had an accident ... and she can't
    # feel her bottom. She's adamant it's just old age"); "for 3 hours" is how long, not when
    if not red_flags(clause, message_tags) or any(n not in clause.at(Tag.SPAN) for n in clause.at(Tag.NEW)):
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
    if any(c.has(Tag.NEW) and not c.has(*BODY, *SYMPTOM, Tag.PAIN, Tag.BACK) for c in clauses):
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
