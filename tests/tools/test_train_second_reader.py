"""The shipped second reader is what the trainer makes from the repository's own data: a model
left stale by an edit to the blind sets, the cases or the word tables fails here."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.understanding.second_reader import parse, shipped
from bot.understanding.triage import DOUBT_BELOW, RAISE_AT
from tools import train_second_reader as trainer

# lbfgs stops within its tolerance of the optimum, so two machines may differ in the last digits
PROBABILITY_TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def retrained() -> dict:
    return trainer.train(trainer.examples())


def test_training_reads_only_development_halves(tmp_path, monkeypatch):
    items = [{"text": f"message {n}", "label": "emergency" if n % 3 else "not"} for n in range(6)]
    (tmp_path / "redflags_x.yaml").write_text(yaml.safe_dump(items), encoding="utf-8")
    (tmp_path / "faq_x.yaml").write_text(yaml.safe_dump([{"text": "q0", "expect": "cost"}, {"text": "q1"}]))
    cases = tmp_path / "cases.yaml"
    cases.write_text(yaml.safe_dump({"emergency": ["case a"], "none": ["case b"]}), encoding="utf-8")
    monkeypatch.setattr(trainer, "BLIND", tmp_path)
    monkeypatch.setattr(trainer, "CASES", cases)
    found = [(text, flag) for text, flag, _ in trainer.examples()]
    assert found == [
        ("message 0", False), ("message 2", True), ("message 4", True),  # even positions only
        ("q0", False),  # an FAQ question is never a red flag
        ("case a", True), ("case b", False),
    ]  # fmt: skip


def test_shipped_model_is_what_the_trainer_makes(retrained: dict):
    model = shipped()
    assert set(retrained["features"]) == set(model.weights), "run `make model`"
    fresh = parse(retrained)
    assert all(fresh.weights[f][0] == model.weights[f][0] for f in model.weights), "idf moved: run `make model`"
    # what matters is each message's probability: no decision may differ at either threshold
    for text, _, _ in trainer.examples()[::7]:
        feats = trainer.message_features(text)
        old, new = model.probability(feats), fresh.probability(feats)
        assert abs(old - new) < PROBABILITY_TOLERANCE, (text, old, new)
        assert (old >= DOUBT_BELOW) == (new >= DOUBT_BELOW) and (old >= RAISE_AT) == (new >= RAISE_AT), text


def test_the_bot_scores_exactly_as_scikit_learn_does():
    pairs = trainer.examples()[::25]
    vectoriser, fitted = trainer.fit(pairs)
    table = {f: [float(vectoriser.idf_[c]), float(fitted.coef_[0][c])] for f, c in vectoriser.vocabulary_.items()}
    model = parse({"intercept": float(fitted.intercept_[0]), "about": {}, "features": table})
    texts = [text for text, _, _ in pairs[:200]]
    expected = fitted.predict_proba(vectoriser.transform([trainer.message_features(t) for t in texts]))[:, 1]
    for text, want in zip(texts, expected, strict=True):
        assert model.probability(trainer.message_features(text)) == pytest.approx(want, abs=1e-9)


def test_trainer_writes_a_file_the_bot_reads(tmp_path, retrained: dict, monkeypatch):
    monkeypatch.setattr(trainer, "train", lambda pairs: retrained)
    out = tmp_path / "model.json"
    assert trainer.main([str(out)]) == 0
    model = parse(json.loads(out.read_text(encoding="utf-8")))
    assert model.weights and model.about["messages"] == len(trainer.examples())


def test_a_broken_data_file_is_one_line_and_keeps_the_old_model(tmp_path, monkeypatch, capsys):
    (tmp_path / "redflags_x.yaml").write_text("- text: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(trainer, "BLIND", tmp_path)
    out = tmp_path / "model.json"
    out.write_text("old", encoding="utf-8")
    assert trainer.main([str(out)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("train_second_reader: cannot read the training data:") and error.count("\n") == 1
    assert out.read_text(encoding="utf-8") == "old"
