"""How triage weighs the second reader against the rules (`triage_reader.second_reading`)."""

from __future__ import annotations

import pytest

from bot.understanding.triage_outcome import Level, Triage
from bot.understanding.triage_reader import DOUBT_BELOW, RAISE_AT, most_urgent, second_reading

RULES_ALARM = Triage(Level.EMERGENCY, "saddle-sensation")


@pytest.mark.parametrize(
    ("outcomes", "probability", "level", "rule"),
    [
        ([RULES_ALARM], DOUBT_BELOW, Level.EMERGENCY, "saddle-sensation"),
        ([RULES_ALARM], DOUBT_BELOW - 0.01, Level.SAFETY_NET, "doubted:saddle-sensation"),
        ([Triage(Level.EMERGENCY, "chest-pain")], 0.0, Level.EMERGENCY, "chest-pain"),
        ([Triage(Level.EMERGENCY, "says-it-is-ces")], 0.0, Level.EMERGENCY, "says-it-is-ces"),
        ([RULES_ALARM, Triage(Level.URGENT, "fever")], 0.0, Level.URGENT, "fever"),
        ([RULES_ALARM, Triage(Level.EMERGENCY, "chest-pain")], 0.0, Level.EMERGENCY, "chest-pain"),  # anywhere
        ([Triage()], RAISE_AT, Level.EMERGENCY, "second-reader"),
        (
            [Triage(Level.SAFETY_NET, "past:bladder-or-bowel")],
            RAISE_AT,
            Level.EMERGENCY,
            "second-reader:past:bladder-or-bowel",
        ),
        (
            [Triage(Level.SAFETY_NET, "past:bladder-or-bowel")],
            RAISE_AT - 0.01,
            Level.SAFETY_NET,
            "past:bladder-or-bowel",
        ),
        ([], 0.0, Level.NONE, None),
    ],
)
def test_second_reading(outcomes, probability, level, rule):
    found = second_reading(outcomes, probability)
    assert (found.level, found.rule) == (level, rule)


def test_most_urgent_is_the_first_of_the_highest_level():
    first, second = Triage(Level.URGENT, "fever"), Triage(Level.URGENT, "weight-loss")
    assert most_urgent([Triage(Level.SAFETY_NET, "x"), first, second]) is first
    assert most_urgent([]) == Triage()
