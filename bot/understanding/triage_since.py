"""What the rest of the story says of a red flag told before it: that a check found nothing
("They did an MRI and a bladder scan, all fine"), or that it is years old ("Been exactly like that
for three years"). Each undoes the 999 reply only when nothing after it is still going on."""

from __future__ import annotations

import re

from bot.understanding.clauses import Clause
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_after import (
    FEELING_RETURNS,
    NOT_UNDONE,
    OTHERS,
    RESOLVE_REACH,
    TOLD_AS_PAST,
    another_symptom,
    goes_on,
)
from bot.understanding.triage_outcome import Level, Triage
from bot.understanding.triage_tags import Tag

# "A&E did an MRI, all clear, no cauda equina": a check, and what it found
_CHECKS = frozenset({"mri", "scan", "scanned", "scans", "examined", "examination", "consultant", "spinal"})
_A_AND_E = re.compile(r"\ba e\b")  # "A&E" folds to "a e"
# a check dated before the story ("Had an MRI in January, all clear") is not this red flag's
_DATED = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october"}  # not "may"
    | {"november", "december", "spring", "summer", "autumn", "winter", "year", "years", "month", "months"}
    | {"ago", "christmas"}
)
# said as now, before any check: "I went to the loo and I can't feel myself wee"
_NOW = frozenset(
    {"cant", "cannot", "is", "are", "am", "im", "isnt", "arent", "keep", "keeps", "theyre", "since", "now"}
)
_CLEAR = re.compile(
    r"\b(?:all (?:clear|fine|normal|ok)|(?:was|were|came back) (?:clear|normal|fine)|nothing (?:serious|wrong|"
    r"pressing|showed|found|on the)|no compression|ruled out|(?:no|not) (?:cauda equina|ces))\b"
)


def checked_and_clear(found: Triage, clause: Clause, later: list[Clause]) -> Triage:
    """ "Went to A&E last night because I couldn't wee properly. They did an MRI and a bladder scan,
    all fine, no cauda equina. Told to see a physio.": a red flag told as past, then a check that
    found nothing, and nothing after it that is still going on, comes back or is another symptom.
    Not "they said it was fine but it's still numb", the classic missed case."""
    if found.level is not Level.EMERGENCY or found.rule not in (*FEELING_RETURNS, "bladder-or-bowel"):
        return found
    # the check in a clause after the red flag's, or in its own clause after every symptom word
    checked = [n for n, c in enumerate(later[: RESOLVE_REACH + 1]) if _checks(c) is not None]
    cleared_here = (at := _checks(clause)) is not None and max(clause.at(*SYMPTOM), default=at) < at
    told = clause.words[:at] if cleared_here and at is not None else clause.words
    if TOLD_AS_PAST.isdisjoint(told) or not _NOW.isdisjoint(told) or "still" in clause.words:
        return found
    if not (checked or cleared_here) or goes_on(later) or any("still" in c.words for c in later):
        return found
    if another_symptom(later, skip=checked[0] if checked else None):
        return found
    return Triage(Level.SAFETY_NET, f"past:{found.rule}")


def _checks(c: Clause) -> int | None:
    """Where a clause says a check found nothing (the word it starts at), or None."""
    text = " ".join(c.words)
    clear = _CLEAR.search(text)
    if clear is None or (_CHECKS.isdisjoint(c.words) and not _A_AND_E.search(text)):
        return None
    # not a question ("Do I need an MRI to make sure it's nothing serious?"), not an old check, not a knee
    if c.general or not _DATED.isdisjoint(c.words) or _limb_checked(c):
        return None
    return text[: clear.start()].count(" ")


# "Both legs get heavy and achy after 10 minutes walking. Been exactly like that for three years.":
# the clause right after points back at the red flag and says it is years old
_POINTS_BACK = re.compile(r"\b(?:like (?:that|this)|the same|that way|this way)\b")
_YEARS = frozenset({"years", "yrs", "decades", "decade", "forever"})  # months are not long-standing here
# "Has been like that for months, way more than it was", "for years, on and off": a change after all
_CHANGED = frozenset({"more", "worse", "than", "getting", "increasing", "again", "off"})


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
    # someone else's ("My husband's been the same for years"), or a change after all
    if not (OTHERS.isdisjoint(after.words) and _CHANGED.isdisjoint(after.words) and "again" not in clause.words):
        return found
    if clause.has(Tag.NEW) or goes_on(later):
        return found
    if any("never" in c.words and "before" in c.words for c in later):  # "but I've never fallen before"
        return found
    return Triage(Level.URGENT, f"long-standing:{found.rule}")


LIMB_CHECK_REACH = 3  # "The MRI on my knee was clear": a check this near a joint or limb was of that


def _limb_checked(c: Clause) -> bool:
    checks = [n for n, w in enumerate(c.words) if w in _CHECKS]
    return any(abs(n - x) <= LIMB_CHECK_REACH for n in checks for x in c.at(Tag.LEG, Tag.LEGS))
