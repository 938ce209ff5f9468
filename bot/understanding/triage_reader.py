"""How triage weighs the second reader (`second_reader`) against the rules: the thresholds and
the one decision, kept apart from the rules so a clinician can read them on one page
(docs/red-flags.md, "The second reader")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.understanding.triage_outcome import Level, Triage

# The second reader's thresholds, chosen on the development halves only, by leave-writers-out
# cross-validation over 56 writers (docs/red-flags.md, "The second reader"). From 0.6 it catches
# most of what the rules miss (0.5 caught 2 more of 2,818 red flags for 14 more false alarms);
# below 0.3 a rules alarm is almost always a look-alike (a cause, an idiom, a denial), and the
# safety-net still says "if you have any of these now, call 999".
RAISE_AT = 0.6
DOUBT_BELOW = 0.3
# clauses either side of a rules alarm that give it its context ("... fine by teatime"). Reading the
# clause alone as well kept 7 more of 2,818 red flags in cross-validation for 31 more false
# alarms, and did not save the reviewer's diluted red flags (one long clause strung with commas):
# teaching the reader those sentences did (tests/data/triage_cases.yaml)
NEIGHBOURS = 1
# Alarms it may not doubt: chest pain and a serious accident are not CES, which is all it learned;
# a patient who says they have CES is told to go whatever the wording around it
_UNDOUBTED = frozenset({"chest-pain", "serious-accident", "says-it-is-ces"})


def most_urgent(outcomes: Iterable[Triage]) -> Triage:
    """The highest level, the first of equals (the earliest clause); nothing at all is no red flag."""
    return max(outcomes, key=lambda t: t.level, default=Triage())


def second_reading(outcomes: list[Triage], probability: float) -> Triage:
    """The rules' most urgent outcome, weighed with the second reader's probability that the
    message reports a red flag now (docs/red-flags.md, "The second reader"). It raises the alarm
    the rules missed when it leans to a red flag, and turns the rules' alarms into the
    safety-net, never into nothing, only when it is fairly sure there is none; then the rules'
    next most urgent outcome (a fever's GP/111 advice) still stands. An alarm it never doubts
    (`_UNDOUBTED`) anywhere in the message keeps the 999 reply."""
    best = most_urgent(outcomes)
    found = best
    undoubted = next((t for t in outcomes if t.emergency and t.rule in _UNDOUBTED), None)
    if undoubted is not None:
        found = undoubted
    elif best.emergency and probability < DOUBT_BELOW:
        rest = most_urgent(t for t in outcomes if not t.emergency)
        found = rest if rest.level > Level.SAFETY_NET else Triage(Level.SAFETY_NET, f"doubted:{best.rule}")
    elif not best.emergency and probability >= RAISE_AT:
        found = Triage(Level.EMERGENCY, "second-reader" + (f":{best.rule}" if best.rule else ""))
    return replace(found, probability=probability)
