"""The second reader's arithmetic and features, and triage reading a diluted alarm again."""

from __future__ import annotations

import math

import pytest

from bot.understanding import triage as triage_module
from bot.understanding.reader_features import features
from bot.understanding.second_reader import Model, parse, shipped
from bot.understanding.triage import DOUBT_BELOW, read

TOY = parse({"intercept": -1.0, "about": {}, "features": {"a": [2.0, 1.5], "b": [1.0, -0.5]}})


def test_probability_is_the_logistic_of_the_normalised_tf_idf_score():
    # a twice (tf 1 + ln 2), b once; c unknown and ignored
    a, b = (1 + math.log(2)) * 2.0, 1.0
    z = -1.0 + (a * 1.5 + b * -0.5) / math.hypot(a, b)
    assert TOY.probability(["a", "b", "a", "c"]) == pytest.approx(1 / (1 + math.exp(-z)))


def test_a_message_with_no_known_feature_gets_the_intercept_alone():
    assert TOY.probability(["zzz"]) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert TOY.probability([]) == TOY.probability(["zzz"])


@pytest.mark.parametrize(
    "data",
    [
        {"intercept": 0, "features": [1, 2]},
        {"intercept": 0, "features": {"a": [1.0, float("nan")]}},  # JSON allows NaN
        {"intercept": float("inf"), "features": {"a": [1.0, 1.0]}},
    ],
)
def test_a_malformed_model_file_is_refused(data):
    with pytest.raises(ValueError):
        parse(data)


def test_the_shipped_model_says_what_it_learned_from():
    model = shipped()
    assert isinstance(model, Model) and len(model.weights) > 1000
    assert 0 < model.about["red_flags"] < model.about["messages"]


def _features(text: str) -> list[str]:
    _, clauses, tags = read(text)
    return features(text, clauses, tags)


def test_features_hold_spelling_and_the_rules_concepts():
    found = _features("I cant feel my bum")
    assert {"w:feel", "b:cant feel", " bum", "bum "} <= set(found)
    assert any(f.startswith("t:") for f in found) and any(f.startswith("p:") for f in found)
    assert "f:saddle-sensation" in found


def test_a_denied_concept_is_marked_as_denied():
    assert any(f.startswith("t:-") for f in _features("no numbness at all"))


def test_features_grow_linearly_with_the_message():
    one = len(_features("my legs are weak and my bum is numb. "))
    assert len(_features("my legs are weak and my bum is numb. " * 20)) <= 21 * one


def _toy(monkeypatch, table: dict[str, list[float]], intercept: float) -> None:
    model = parse({"intercept": intercept, "about": {}, "features": table})
    monkeypatch.setattr(triage_module, "shipped", lambda: model)


def test_a_rules_alarm_diluted_by_a_long_story_is_read_again_with_its_neighbours(monkeypatch):
    # a toy reader that finds "numb" alarming and every word of the story reassuring
    sentence = "My back has ached for years and the scan was fine. "
    words = {f"w:{w}": [1.0, -1.0] for w in sentence.lower().strip(". ").split(" ")}
    story = sentence * 6
    _toy(monkeypatch, {"w:numb": [1.0, 20.0], **words}, 0.0)
    text = story + "Since this morning I cant feel my bum, it is numb."
    parts, clauses, tags = read(text)
    assert triage_module.rules(parts, clauses, tags)[-1].emergency  # the rules' alarm, in the last clause
    whole = triage_module.shipped().probability(features(text, clauses, tags))
    assert whole < DOUBT_BELOW  # the whole message alone would have the alarm doubted
    found = triage_module.triage(text)
    assert found.emergency and found.rule == "saddle-sensation" and found.probability >= DOUBT_BELOW


def test_a_broken_model_file_leaves_the_rules_alone_in_charge(monkeypatch, caplog):
    def broken():
        raise ValueError("second reader: every number must be finite")

    monkeypatch.setattr(triage_module, "shipped", broken)
    found = triage_module.triage("Since this morning I cant feel my bum when I wipe")
    assert found.emergency and found.probability is None
    assert "rules alone" in caplog.text
