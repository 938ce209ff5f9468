"""What the clauses after a red flag say about it: that it is over ("it came straight back when I
stood up"), or that it keeps coming back ("it's happened 4 times today"), which undoes an "it passed"."""

from __future__ import annotations

import re

from bot.understanding.clauses import Clause
from bot.understanding.pointers import keeps_happening
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_outcome import Level, Triage
from bot.understanding.triage_tags import Tag

NOT_UNDONE = ("chest-pain", "serious-accident")  # "he says he's fine" does not undo a crash
# What can come back: a feeling, the legs. An accident, once it has happened, is not undone by "I'm fine now".
FEELING_RETURNS = ("saddle-sensation", "both-legs", "walking", "foot-drop")
_ONGOING = frozenset({"since", "still", "getting", "now", "keeps", "worse", "spreading"})  # not over, however told


# "The tingling's settled. All normal since": how many clauses after the red flag may say it is over
RESOLVE_REACH = 2
# what a clause saying "it's over" may name: the flag's own feeling ("the numbness went the next day"),
# never a body part, the pain or a change ("but my back pain is better now" is the classic trap)
_NOT_ABOUT_IT = (*BODY, Tag.PAIN, Tag.BACK, Tag.NEG)  # (and no change: `_changes`)
# "He's saying it'll be fine by morning", "fingers crossed it's gone by the morning": a hope or a
# forecast is not "it's over"
_HOPED = frozenset(
    {"will", "itll", "thatll", "should", "hopefully", "hope", "hoping", "might", "may", "be", "crossed", "see", "if"}
)
# someone else's all-clear: "My husband was fine the moment he saw I was ok", "My flatmate went away"
OTHERS = frozenset(
    {"husband", "wife", "partner", "he", "hes", "she", "shes", "him", "mum", "dad", "son", "daughter", "hubby"}
    | {"flatmate", "friend", "mate", "sister", "brother", "neighbour", "colleague", "boss"}
)
# what else an "it's over" can be about: "My last appointment was ages ago"; or the time before the red
# flag: "I was fine the moment before", "Had been fine since my discectomy"
_NOT_THE_FLAG = frozenset({"appointment", "appt", "session", "booking", "visit", "before", "until", "till", "til"})
# the red flag is told as something that happened: "I went to A&E because my bum felt odd", "both legs
# were dead for a few hours" (not "I can't feel my privates when I wipe", which is now)
TOLD_AS_PAST = frozenset(
    {"went", "was", "were", "had", "thought", "worried", "felt", "couldnt", "didnt", "wasnt", "got", "came"}
)
STEM = 5  # "the tingling's settled" names the tingling: words compared by their first letters
RESOLVED_DATE_REACH = 4  # "all normal since Monday": the date right after an all-clear is its own
PAIN_REACH = 3  # "Now my lower back's sore": a change word this close before the pain is the pain's


def resolved(found: Triage, clause: Clause, later: list[Clause]) -> Triage:
    """ "My bum went numb on the benches, but it came straight back when I stood up": one of the next
    two clauses says that a red flag told as past is over. Only a clause that is about it (`_says_over`)
    can say so, only when nothing between or after it tells of a symptom or change still going on,
    and only about a red flag with no ongoing onset in its clause ("Today she had an accident ...")."""
    if found.level is not Level.EMERGENCY or found.rule not in FEELING_RETURNS:
        return found
    if goes_on(later) or TOLD_AS_PAST.isdisjoint(clause.words):
        return found
    says_over = [_says_over(c, clause) for c in later[:RESOLVE_REACH]]
    if True not in says_over:
        return found
    at = says_over.index(True)
    # another symptom told before or after the "it's over", and not itself said to be over; or the
    # pain told between ("My back's in bits. Took two co-codamol and it settled down")
    if another_symptom(later, skip=at):
        return found
    if any(c.has(Tag.PAIN, Tag.BACK) for c in later[:at]):
        return found
    # (a point in time is no obstacle: "On Sunday my bum went numb on the bike. Back to normal by teatime.")
    if any(n not in clause.at(Tag.SPAN) and clause.words[n] in _ONGOING for n in clause.at(Tag.NEW)):
        return found
    return Triage(Level.SAFETY_NET, f"past:{found.rule}")


def _says_over(c: Clause, flag: Clause) -> bool:
    """ "The tingling's settled", "All normal since": about the red flag, not someone else ("My husband
    was fine the moment he saw I was ok"), not a hope, and naming only the flag's own feeling ("my feet
    were tingling ... The tingling stopped" says nothing of the lost feeling down below)."""
    if not c.has(Tag.RESOLVED) or c.has(*_NOT_ABOUT_IT) or _changes(c) or not _HOPED.isdisjoint(c.words):
        return False
    if not (OTHERS.isdisjoint(c.words) and _NOT_THE_FLAG.isdisjoint(c.words)) or "had been" in " ".join(c.words):
        return False
    flag_feelings = {flag.words[x][:STEM] for x in flag.at(*SYMPTOM)}
    named = flag_feelings & {w[:STEM] for w in c.words}  # (a phrase such as "tingling stopped" hides its tag)
    if named:
        return named == flag_feelings
    return not c.has(*SYMPTOM)


def goes_on(later: list[Clause]) -> bool:
    """What every "it's over" and "it was checked" must not be followed by: a change still going on,
    or "it's happened 4 times today"."""
    return any(still_going(c) for c in later) or keeps_happening(later)


def another_symptom(later: list[Clause], skip: int | None) -> bool:
    """A symptom told in a later clause (other than clause `skip`) and not itself said to be over."""
    return any(c.has(*SYMPTOM) and not c.has(Tag.RESOLVED) for n, c in enumerate(later) if n != skip)


def still_going(c: Clause) -> bool:
    """A later change that is not the pain's own ("now my lower back's sore from the hospital bed"),
    or "they're not right yet"."""
    pains = c.at(Tag.PAIN, Tag.BACK)
    return not_yet(c) or any(not any(0 < p - n <= PAIN_REACH for p in pains) for n in _changes(c))


def _changes(c: Clause) -> list[int]:
    """The clause's change words, leaving out the date of an all-clear ("Been fine since Monday")."""
    over = c.at(Tag.RESOLVED)
    return [n for n in c.at(Tag.NEW) if not any(0 < n - r <= RESOLVED_DATE_REACH for r in over)]


def recurs(later: list[Clause]) -> bool:
    """Read only for a red flag said to be over: "It's happened 4 times today", "Back to normal
    by teatime. Still feel a bit wobbly on my feet" (a symptom or tiredness that is still there),
    or "slipped disc diagnosed last month, but this is new" (the clause right after says so)."""
    still = any("still" in c.words and c.has(*SYMPTOM, Tag.TIRED) for c in later)
    return keeps_happening(later) or still or any(not_yet(c) for c in later) or (bool(later) and said_new(later[0]))


_NOT_YET = re.compile(
    r"\b(?:nots?|isnt|arent|hasnt|havent) (?:quite |fully |back to |worn )?(?:right|better|normal|gone|off) yet\b"
)


def not_yet(c: Clause) -> bool:
    """ "they're not right yet", "not back to normal yet": still going on (not "Haven't booked my
    next session yet")."""
    return bool(_NOT_YET.search(" ".join(c.words)))


# "It only started Monday": the word that opens the clause, after the words that may come first
_STARTED = frozenset({"started", "began", "starting", "start"})
_OPENERS = frozenset({"it", "its", "only", "just", "and", "but", "that", "thats", "this"})
# what "Started" is followed by when it says when: "Started Tuesday", "Started 2 days ago"
_WHEN = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"}
    | {"this", "last", "on", "overnight", "earlier", "recently", "again", "about", "around", "at", "in"}
)
STARTED_CLAUSE = 8  # "Started Tuesday, my back's been bad" is short; a longer clause tells what started
STARTED_REACH = 3  # "Started Tuesday, and my back's bad" is the red flag's start; "starting with back pain" the pain's


def started(c: Clause) -> bool:
    """ "Started Tuesday, my back's been bad": a clause that opens by saying when the red flag just
    told began, so what it was put down to ("Is it normal for diabetes to make your bum go numb?")
    is no baseline. Not "Just starting with back pain", which is the pain's."""
    at = next((n for n, w in enumerate(c.words) if w not in _OPENERS), None)
    if at is None or c.words[at] not in _STARTED or not c.has(Tag.NEW) or c.has(*BODY, *SYMPTOM):
        return False
    when = c.words[at + 1 : at + 2]  # "Started Tuesday", not "Started his new insulin yesterday"
    if not when or not (when[0] in _WHEN or when[0].isdigit()) or len(c.words) > STARTED_CLAUSE:
        return False  # (nor "Started on Monday at the new pain clinic for my back")
    return not any(at < p <= at + STARTED_REACH for p in c.at(Tag.PAIN, Tag.BACK))


# "but this is new", "that's new now": what comes before "new", and what may follow it
_THIS = frozenset({"this is", "that is", "it is"})
_AFTER_NEW = frozenset({"now", "too", "though", "and", "but", "as", "again", "this", "today"})


def said_new(c: Clause) -> bool:
    """ "but this is new", "that's brand new": what was just told is new, not what was dated."""
    if c.has(Tag.PAIN, Tag.BACK):  # "This is new, pain down my left leg for a week": the pain is new
        return False
    words = [w for w in c.words if w not in ("brand", "all", "completely")]
    return any(
        w == "new"
        and (" ".join(words[max(0, n - 2) : n]) in _THIS or words[n - 1 : n] in (["its"], ["thats"]))
        and set(words[n + 1 : n + 2]) <= _AFTER_NEW  # not "That's new to me", "This is new territory"
        for n, w in enumerate(words)
    )
