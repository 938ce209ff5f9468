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
_NOT_ABOUT_IT = (*BODY, Tag.NEW, Tag.PAIN, Tag.BACK, Tag.NEG)
# "He's saying it'll be fine by morning": a hope or a forecast is not "it's over"
_HOPED = frozenset({"will", "itll", "thatll", "should", "hopefully", "hope", "hoping", "might", "may", "be"})
PAIN_REACH = 3  # "Now my lower back's sore": a change word this close before the pain is the pain's


def resolved(found: Triage, clause: Clause, later: list[Clause]) -> Triage:
    """ "My bum went numb on the benches, but it came straight back when I stood up": a clause
    after a red flag says that it is over. Only a clause of its own that names no body part, pain,
    denial or change can say so, only when nothing between or after it tells of a symptom or change
    still going on, and only about a red flag with no ongoing onset in its clause ("Today she had an
    accident ...")."""
    if found.level is not Level.EMERGENCY or found.rule not in FEELING_RETURNS:
        return found
    if any(_still_going(c) for c in later) or keeps_happening(later):
        return found
    says_over = [
        c.has(Tag.RESOLVED) and not c.has(*_NOT_ABOUT_IT) and _HOPED.isdisjoint(c.words) for c in later[:RESOLVE_REACH]
    ]
    if True not in says_over:
        return found
    at = says_over.index(True)
    # another symptom told before or after the "it's over", and not itself said to be over
    if any(c.has(*SYMPTOM) and not c.has(Tag.RESOLVED) for c in later[:at] + later[at + 1 :]):
        return found
    # (a point in time is no obstacle: "On Sunday my bum went numb on the bike. Back to normal by teatime.")
    if any(n not in clause.at(Tag.SPAN) and clause.words[n] in _ONGOING for n in clause.at(Tag.NEW)):
        return found
    return Triage(Level.SAFETY_NET, f"past:{found.rule}")


# "A&E did an MRI, all clear, no cauda equina": a check, and what it found
_CHECKS = frozenset({"mri", "scan", "scanned", "scans", "examined", "checked", "assessed", "consultant", "spinal"})
_CLEAR = re.compile(
    r"\b(?:all (?:clear|fine|normal|ok)|(?:was|were|came back) (?:clear|normal|fine)|nothing (?:serious|wrong|"
    r"pressing|showed|found|on the)|no compression|ruled out|(?:no|not) (?:cauda equina|ces)|discharged)\b"
)
# the red flag is told as something that happened: "I went to A&E because my bum felt odd"
# (not "my bum is numb", which is now, whatever a scan showed)
_TOLD_AS_PAST = frozenset({"went", "was", "were", "had", "thought", "worried", "felt", "couldnt", "didnt", "wasnt"})


def checked_and_clear(found: Triage, clause: Clause, later: list[Clause]) -> Triage:
    """ "Went to A&E last night because I couldn't wee properly. They did an MRI and a bladder scan,
    all fine, no cauda equina. Told to see a physio.": a red flag told as past, then a check that
    found nothing, and nothing after it that is still going on, comes back or is another symptom.
    Not "they said it was fine but it's still numb", the classic missed case."""
    if found.level is not Level.EMERGENCY or found.rule not in (*FEELING_RETURNS, "bladder-or-bowel"):
        return found
    if _TOLD_AS_PAST.isdisjoint(clause.words) or "still" in clause.words:
        return found
    # the check in a clause after the red flag's, or in its own clause after every symptom word
    checked = [n for n, c in enumerate(later[: RESOLVE_REACH + 1]) if _checks(c) is not None]
    cleared_here = (at := _checks(clause)) is not None and max(clause.at(*SYMPTOM), default=at) < at
    if not (checked or cleared_here) or any(_still_going(c) or "still" in c.words for c in later):
        return found
    others = later[: checked[0]] + later[checked[0] + 1 :] if checked else later
    if keeps_happening(later) or any(c.has(*SYMPTOM) and not c.has(Tag.RESOLVED) for c in others):
        return found
    return Triage(Level.SAFETY_NET, f"past:{found.rule}")


def _checks(c: Clause) -> int | None:
    """Where a clause says a check found nothing (the word it starts at), or None."""
    text = " ".join(c.words)
    clear = _CLEAR.search(text)
    if clear is None or (_CHECKS.isdisjoint(c.words) and "a e" not in text):
        return None
    return text[: clear.start()].count(" ")


# "Both legs get heavy and achy after 10 minutes walking. Been exactly like that for three years.":
# the clause right after points back at the red flag and says it is years old
_POINTS_BACK = re.compile(r"\b(?:like (?:that|this)|the same|that way|this way|(?:its|thats|theyve|has|have) been)\b")
_YEARS = frozenset({"years", "yrs", "ages", "decades", "decade", "months", "forever"})


def baseline_after(found: Triage, clause: Clause, later: list[Clause]) -> Triage:
    """A red flag with no onset of its own, then "been like that for years": long-standing, so urgent
    GP / NHS 111 advice. Not "I've been married 30 years" (nothing points back), not "Been like that
    all day" (not years), and not when a change is told anywhere after it."""
    if found.level is not Level.EMERGENCY or not later or found.rule in NOT_UNDONE:
        return found
    after = later[0]
    if after.has(*BODY, *SYMPTOM, Tag.PAIN, Tag.BACK, Tag.NEW) or not after.has(Tag.CHRONIC):
        return found
    if _YEARS.isdisjoint(after.words) or not _POINTS_BACK.search(" ".join(after.words)):
        return found
    if clause.has(Tag.NEW) or any(_still_going(c) for c in later) or keeps_happening(later):
        return found
    return Triage(Level.URGENT, f"long-standing:{found.rule}")


def _still_going(c: Clause) -> bool:
    """A later change that is not the pain's own ("now my lower back's sore from the hospital bed")."""
    pains = c.at(Tag.PAIN, Tag.BACK)
    return any(not any(0 < p - n <= PAIN_REACH for p in pains) for n in c.at(Tag.NEW))


def recurs(later: list[Clause]) -> bool:
    """Read only for a red flag said to be over: "It's happened 4 times today", "Back to normal
    by teatime. Still feel a bit wobbly on my feet" (a symptom or tiredness that is still there),
    or "slipped disc diagnosed last month, but this is new" (the clause right after says so)."""
    still = any("still" in c.words and c.has(*SYMPTOM, Tag.TIRED) for c in later)
    return keeps_happening(later) or still or (bool(later) and said_new(later[0]))


_THIS = frozenset({"this", "that", "it", "its", "thats", "this is", "that is", "it is"})


_STARTED = frozenset({"started", "began", "starting", "start"})
_OPENERS = frozenset({"it", "its", "only", "just", "and", "but", "that", "thats", "this"})
STARTED_REACH = 3  # "Started Tuesday, and my back's bad" is the red flag's start; "starting with back pain" the pain's


def started(c: Clause) -> bool:
    """ "Started Tuesday, my back's been bad": a clause that opens by saying when the red flag just
    told began, so what it was put down to ("Is it normal for diabetes to make your bum go numb?")
    is no baseline. Not "Just starting with back pain", which is the pain's."""
    at = next((n for n, w in enumerate(c.words) if w not in _OPENERS), None)
    if at is None or c.words[at] not in _STARTED or not c.has(Tag.NEW) or c.has(*BODY, *SYMPTOM):
        return False
    return not any(at < p <= at + STARTED_REACH for p in c.at(Tag.PAIN, Tag.BACK))


def said_new(c: Clause) -> bool:
    """ "but this is new", "that's brand new": what was just told is new, not what was dated."""
    words = [w for w in c.words if w not in ("brand", "all", "completely")]
    return any(
        w == "new" and (" ".join(words[max(0, n - 2) : n]) in _THIS or words[n - 1 : n] in (["its"], ["thats"]))
        for n, w in enumerate(words)
    )
