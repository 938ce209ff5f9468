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

A second reader (`second_reader`), trained on labelled messages, then weighs the rules'
outcome (`second_reading`): it may raise an alarm they missed, or turn one of theirs into
the safety-net. When in doubt it escalates (../shared/red-flags.md §2.6, §3): a needless
trip to A&E is a nuisance, a missed CES can be permanent harm. The rules live in code, so no
FAQ edit can switch them off; docs/red-flags.md maps each rule to its source.
Cost is linear in the message: one pass over its words, bounded look-ups per word.
"""

from __future__ import annotations

import logging

from bot.understanding.circumstances import (
    about,
    cleared,
    distance,
    explanations,
    long_standing,
    only_tired,
    onsets,
    over_after,
    theirs,
)
from bot.understanding.clauses import PAIR_WINDOW, Clause, close, nearest, split_clauses
from bot.understanding.joins import partners, without_asides
from bot.understanding.leg_flags import FEEL, LEG_TROUBLE
from bot.understanding.pointers import message_signals
from bot.understanding.reader_features import features
from bot.understanding.red_flags import AREA, BLADDER_TROUBLE, LEG_RULES, SYMPTOM, red_flags
from bot.understanding.second_reader import shipped
from bot.understanding.triage_after import FEELING_RETURNS, NOT_UNDONE, not_yet, recurs, resolved, started
from bot.understanding.triage_outcome import Level, Triage
from bot.understanding.triage_reader import DOUBT_BELOW, NEIGHBOURS, RAISE_AT, most_urgent, second_reading
from bot.understanding.triage_since import baseline_after, checked_and_clear
from bot.understanding.triage_tags import Tag

__all__ = ["DOUBT_BELOW", "RAISE_AT", "Level", "Triage", "read", "rules", "second_reading", "triage"]

log = logging.getLogger(__name__)

# "if my legs suddenly both went numb", "if I started wetting myself": how it would come on, not when it did
_MANNER = frozenset(
    {"suddenly", "sudden", "started", "starting", "began", "new", "getting", "got", "overnight", "ever"}
)
_WORSENING = frozenset({"getting", "got", "gotten", "worse", "worsening", "spreading"})
_IT = (["its"], ["it"], ["theyre"], ["they"], ["thats"])
# Past words that tell how something is now ("better now", "settled"): they are about the nearest
# body part or pain. Dates and durations ("in 2016", "last year") are about the whole story.
_STATE_WORDS = frozenset({"better", "ok", "okay", "fine", "settled", "recovered", "sorted", "resolved", "all"})
# A cause explains a red flag said near it: "my bum goes numb on long bike rides", not
# "my privates have gone numb and I've got a meeting I can't miss".
CAUSE_REACH = 6
# "since I started blood pressure tablets 3 years ago": a start word dated by a past word this near
# says when it started, long ago, which is no change
_STARTING = frozenset({"started", "starting", "began", "since"})
DATED_REACH = 6  # "started blood pressure tablets 3 years ago": the date this near says when it started
PAIN_ADJECTIVE = 2  # "new back ache", "the sciatica's new": a change word this close to the pain is the pain's


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
    ((Tag.SIDES, Tag.LEGS), (*LEG_TROUBLE, Tag.PAIN, Tag.TIRED)),
)


def _flag_level(clause: Clause, rule: str, where: list[int], message_tags: set[Tag], contrast: bool) -> Triage:
    """What the words around one red flag make of it. `contrast`: the clause was joined across a
    "but", so an all-clear before it ("I can still pee, but I can't feel it") clears nothing."""
    accident = rule in NOT_UNDONE
    # "new" must be about the red flag: "numb bum after the train, sciatica worse too" is not;
    # and the nearest context explains it: "last year, numbness for a couple of days"
    onset = onsets(clause)
    if clause.has(Tag.IF):
        onset = [n for n in onset if clause.words[n] not in _MANNER]
    # "it feels as if it's getting worse": a worsening told of "it" is the red flag's, however far
    worsening = any(clause.words[n] in _WORSENING and clause.words[n - 1 : n] in _IT for n in onset)
    fresh = nearest(onset, where) <= PAIR_WINDOW or worsening
    # a passing context explains tired or aching legs, never legs giving way or going numb;
    # exertion right beside tired legs explains them even when recent ("after Zumba last night");
    # someone else's accident is theirs however recent ("my toddler wet the bed last night")
    legs = rule in LEG_RULES
    tired = legs and only_tired(clause, where)
    causes = [x for x in explanations(clause, rule) if nearest([x], where) <= CAUSE_REACH]
    # "my legs both ache by the end of my shift"; "Just finished my first 10k! Both legs are like jelly"
    beside = tired and (bool(causes) or bool(message_tags & {Tag.EXERTION, Tag.IDIOM}))
    someone_else = rule == "bladder-or-bowel" and theirs(clause, where)
    passing = (bool(causes) or beside) and (tired or not legs) and not accident and (not fresh or beside)
    passing = passing or someone_else
    # a past word nearer than "new" decides only against how long it lasted ("for a couple of days"),
    # never against when it began ("yesterday it went numb", "since this morning")
    # and only a past word about the red flag: "my back's ok now, just can't feel myself wee" is not
    core = [x for x in where if x not in clause.at(Tag.PAIN)] or where  # the pain is not what "settled" is about
    about_flag = set(about(clause, Tag.PAST, core, rule))
    told_past = any(x in about_flag or _STATE_WORDS.isdisjoint(clause.words[x : x + 2]) for x in clause.at(Tag.PAST))
    recalled = told_past and distance(clause, Tag.PAST, where) <= nearest(onset, where)
    past = (told_past and not fresh) or (not onset and recalled)
    # "my bladder's fine ... both my feet flop down": an all-clear is about the body word nearest it
    past = past or (not contrast and bool(cleared(clause, where)) and not fresh and not accident)
    # "last night my bum went numb, it was fine once we got home": over, however recent it began
    past = past or (rule in FEELING_RETURNS and over_after(clause, where, rule))
    # "Is it usual to feel buzzing down there? It began on Sunday": a report phrased as a question;
    # "if I wipe I can't feel the paper", "just in case, I've lost all feeling": a report all the same;
    # "what do I do if I lose feeling down there? My sciatica started Monday": a hypothetical
    # "if I can't pee, do I go to A&E?" asks, unless the message tells of a recent change ("My back went yesterday")
    asked_if = clause.only_if_reported and Tag.NEW not in message_tags
    general = clause.general and (not clause.reported or asked_if) and Tag.HAPPENING not in message_tags
    hypothetical = (clause.has(Tag.IF, Tag.READ) or Tag.READ in message_tags) and not fresh
    if general and (Tag.NEW not in message_tags or hypothetical):
        return Triage(Level.SAFETY_NET, f"general:{rule}")
    # "My letter lists saddle anaesthesia ... I have none of them": what was asked about or read is denied
    # (not "Both my legs have gone weak. My friend says MS but I haven't got that.")
    if Tag.NOT_ME in message_tags and (clause.general or clause.has(Tag.READ)):
        return Triage(Level.SAFETY_NET, f"denied:{rule}")
    if passing:
        return Triage(Level.SAFETY_NET, f"passing:{rule}")
    # "for ages ... but this is brand new": any sign of a change in the clause beats the baseline,
    # except the pain's own ("new back ache"); and "my back is no worse" says nothing of the bladder
    pains = clause.at(Tag.BACK, Tag.PAIN)

    def the_pains(n: int) -> bool:  # before the pain, or "the sciatica's new"
        return any(0 < p - n <= PAIN_ADJECTIVE or (0 < n - p <= 2 and clause.words[n] == "new") for p in pains)

    # "since I started blood pressure tablets 3 years ago": a start dated long ago is no change
    past_words = clause.at(Tag.PAST)
    dated = {n for n in clause.at(Tag.NEW) if clause.words[n] in _STARTING and close([n], past_words, DATED_REACH)}
    change = [n for n in clause.at(Tag.NEW) if not the_pains(n) and n not in dated]
    if long_standing(clause, where, rule) and not change and Tag.FIRST_TIME not in message_tags:
        return Triage(Level.URGENT, f"long-standing:{rule}")
    if past:
        return Triage(Level.SAFETY_NET, f"past:{rule}")
    return Triage(Level.EMERGENCY, rule)


def _clause_level(clause: Clause, message_tags: set[Tag], contrast: bool = False) -> Triage:
    # every red flag is weighed: "no problems with my waterworks, both legs have gone numb"
    # clears the bladder, not the legs
    flags = red_flags(clause, message_tags)
    if flags:
        levels = (_flag_level(clause, rule, where, message_tags, contrast) for rule, where in flags)
        return max(levels, key=lambda t: t.level)
    for tag, rule in _URGENT_SIGNS:
        if tag is Tag.FEVER and Tag.BACK not in message_tags and not clause.near((Tag.PAIN,), (Tag.LEG, Tag.LEGS)):
            continue  # back pain *with* a fever (§4): "a sore throat and a temperature" is a cold
        if clause.at(tag) and not clause.general and (tag is not Tag.LUMP or clause.near((tag,), (Tag.BACK,))):
            return Triage(Level.URGENT, rule)
    if clause.has(Tag.CES, Tag.WARNING) or any(clause.mentioned(a, b) for a, b in _MENTIONS):
        return Triage(Level.SAFETY_NET, "mentions-red-flag")
    if clause.mentioned((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.SENSE, Tag.ALTERED)):
        return Triage(Level.URGENT, "sexual-change-only")
    return Triage()


def read(text: str) -> tuple[list[str], list[Clause], set[Tag]]:
    """The message's clauses as text and as concepts, and every concept the message holds."""
    parts = split_clauses(text)
    clauses = [Clause(part) for part in parts]
    message_tags: set[Tag] = set().union(*(c.tags for c in clauses)) if clauses else set()
    message_tags |= message_signals(text, clauses)
    return parts, clauses, message_tags


def triage(text: str) -> Triage:
    """The rules' outcome, then the second reader's: see `second_reading`."""
    parts, clauses, message_tags = read(text)
    outcomes = rules(parts, clauses, message_tags)
    try:
        model = shipped()
    except (OSError, ValueError, KeyError, TypeError):  # a broken install: the rules alone, never less
        log.exception("the second reader could not be loaded; triage runs on the rules alone")
        return most_urgent(outcomes)
    probability = model.probability(features(text, clauses, message_tags))
    # a long story dilutes a red flag in it: each alarm's clause is read again with its neighbours
    for alarm in (i for i, found in enumerate(outcomes) if found.emergency):
        if probability >= DOUBT_BELOW:
            break
        near = slice(max(0, alarm - NEIGHBOURS), alarm + NEIGHBOURS + 1)
        probability = max(probability, model.probability(features(" ".join(parts[near]), clauses[near], message_tags)))
    return second_reading(outcomes, probability)


def rules(parts: list[str], clauses: list[Clause], message_tags: set[Tag]) -> list[Triage]:
    """Each clause's outcome by the rules alone, in order."""
    outcomes: list[Triage] = []
    for i, clause in enumerate(clauses):
        found = _clause_level(clause, message_tags)
        tight = without_asides(parts[i]) if found.level < Level.EMERGENCY else None
        if tight is not None and (level := _clause_level(tight, message_tags)).level > found.level:
            found, clause = level, tight
        # a clause whose red flag is already whole is read again with this one only for a change or
        # symptom it tells: not "Dad wears pads, that's been years. He's got sciatica in one leg now"
        for j in partners(clauses, i) if found.level < Level.EMERGENCY else ():
            if red_flags(clauses[j], message_tags) and not clause.has(Tag.NEW, *SYMPTOM):
                continue
            joined = Clause(parts[j] + " " + parts[i])
            level = _clause_level(joined, message_tags, contrast=True)
            found, clause = (level, joined) if level.level > found.level else (found, clause)
        later = clauses[i + 1 :]
        found = baseline_after(checked_and_clear(resolved(found, clause, later), clause, later), clause, later)
        # "it passed, but it's happened 4 times today"; "normally it comes back, but 4 hours on, still nothing"
        over, _, rule = (found.rule or "").partition(":")
        gone_on = recurs(later) or not_yet(clause)  # "... on the drive home and they're not right yet"
        if found.level is Level.SAFETY_NET and over in ("past", "passing") and gone_on:
            found = Triage(Level.EMERGENCY, rule)
        # "Is it normal for diabetes to make your bum go numb? Started Tuesday"
        if found.level is Level.URGENT and over == "long-standing" and later and started(later[0]):
            found = Triage(Level.EMERGENCY, rule)
        outcomes.append(found)
    return outcomes
