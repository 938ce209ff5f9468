"""Red-flag triage on the developers' cases (tests/data/triage_cases.yaml) and its invariants.

The blind sets, which nobody tuned on, are measured in tests/test_blind_sets.py."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.triage import Level, read, rules, triage
from tests.conftest import DATA

CASES = yaml.safe_load((DATA / "triage_cases.yaml").read_text(encoding="utf-8"))
LEVELS = {"emergency": Level.EMERGENCY, "urgent": Level.URGENT, "safety-net": Level.SAFETY_NET, "none": Level.NONE}
PARAMS = [(text, LEVELS[level]) for level, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "level"), PARAMS)
def test_case_gets_its_level(text: str, level: Level):
    found = triage(text)
    assert found.level is level, (text, found)


def test_a_wildcard_entry_is_one_word():
    """ "nether region*" could never match: a "*" ending counts only on a single word."""
    from bot.understanding.triage_words import WORDS

    phrases = [entry for entries in WORDS.values() for entry in entries if entry.endswith("*") and " " in entry]
    assert phrases == []


def test_rule_name_not_text_is_reported():
    result = triage("numb groin")
    assert result.rule == "saddle-sensation"
    assert result.emergency


def test_general_and_denied_mentions_still_get_the_safety_net():
    for text in ("no numbness down below", "what is cauda equina", "can sciatica affect both legs?"):
        assert triage(text).level is Level.SAFETY_NET, text


def test_a_red_flag_anywhere_in_a_long_message_wins():
    story = "I have had back pain for a while and would like to book. " * 40
    assert triage(story + "Since yesterday I can't feel my bum.").emergency


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_any_text_is_triaged_without_error(text: str):
    assert isinstance(triage(text).level, Level)


@pytest.mark.parametrize(
    "unit",
    [
        "my back hurts and I would like to ask about needles and the cost ",
        "bum numb ",  # red-flag words everywhere: every pair of positions is a candidate
        "no numbness or tingling in my legs or feet, ",
    ],
)
def test_cost_grows_linearly_with_length(unit: str):
    """A ratio, not a timing target: 16x the words must not cost much more than 16x the time."""

    def cost(n: int) -> float:
        text = unit * n
        start = time.perf_counter()
        for _ in range(3):
            triage(text)
        return time.perf_counter() - start

    cost(1)
    small, large = cost(4), cost(64)
    assert large < small * 16 * 3


@pytest.mark.parametrize(
    ("text", "accident"),
    [
        ("a van went into the back of us on the M1 this morning and my back is really sore", True),
        ("got rear ended at the lights an hour ago, lower back pain since", True),
        ("went down the stairs to make a cuppa and my back twinged", False),
        ("fell down the stairs last night and my back is agony", True),
    ],
)
def test_a_crash_is_a_serious_accident_and_walking_down_stairs_is_not(text: str, accident: bool):
    """The rules alone, so the second reader's weights cannot hide a change in the words."""
    outcomes = rules(*read(text))
    assert any(o.rule == "serious-accident" for o in outcomes) is accident
