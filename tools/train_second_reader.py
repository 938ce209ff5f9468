"""Train the second reader (bot/data/second_reader.json) from the repository's labelled messages.

    python -m tools.train_second_reader [OUT]      (`make model`)

It learns from the development halves (even positions) of the blind sets in tests/data/blind/
and from the developers' triage cases (tests/data/triage_cases.yaml). A red-flag set's
"emergency" and a case's emergency level are red flags; every other label is not, and so is
every FAQ set's question, which teaches it the ordinary questions it must leave alone
(without them it raised the alarm on 33 of 2,690 FAQ questions in cross-validation, with
them on 3). The held-out halves (odd positions) are never read here, so they stay an honest
measure. Run it again after editing the word tables or the cases:
`tests/tools/test_train_second_reader.py` fails while the shipped model is not what this
script makes. Needs scikit-learn (a development dependency only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.understanding.reader_features import features
from bot.understanding.triage import read

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"
CASES = ROOT / "tests" / "data" / "triage_cases.yaml"
OUT = ROOT / "bot" / "data" / "second_reader.json"
# Chosen by leave-writers-out cross-validation on the development halves (docs/red-flags.md):
# C = 2, 4 and 10 caught the same share of red flags; 10 raised the fewest false alarms.
C = 10.0
MIN_DF = 2  # a feature seen in one message only is more likely that writer's than the patients'
# The developers' cases are each one edge of a rule, a few words long, and tests assert every
# one: weighted like this the model learns them instead of averaging them away. 3 was enough for
# 56 writers; with 62, "My bum is numb. It's been like that for years." was raised at 0.60, so 4.
CASE_WEIGHT = 4.0
DIGITS = 6  # rounding of the stored numbers: the file stays small, probabilities move < 1e-5


def examples() -> list[tuple[str, bool, float]]:
    """(text, is a red flag now, weight) for every training message, in a fixed order."""
    out: list[tuple[str, bool, float]] = []
    for path in sorted(BLIND.glob("redflags_*.yaml")) + sorted(BLIND.glob("faq_*.yaml")):
        items = _load(path)
        out += [(item["text"], item.get("label") == "emergency", 1.0) for item in items[0::2]]
    cases = _load(CASES)
    for level, texts in cases.items():
        out += [(text, level == "emergency", CASE_WEIGHT) for text in texts]
    return out


def _load(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path.name}{where}: {getattr(error, 'problem', None) or 'not valid YAML'}") from None


def message_features(text: str) -> list[str]:
    _, clauses, tags = read(text)
    return features(text, clauses, tags)


def fit(pairs: list[tuple[str, bool, float]]) -> tuple[TfidfVectorizer, LogisticRegression]:
    """scikit-learn's own objects, which the shipped model must agree with (tests/tools)."""
    vectoriser = TfidfVectorizer(analyzer=lambda feats: feats, min_df=MIN_DF, sublinear_tf=True)
    matrix = vectoriser.fit_transform([message_features(text) for text, _, _ in pairs])
    labels = [flag for _, flag, _ in pairs]
    weights = [weight for _, _, weight in pairs]
    return vectoriser, LogisticRegression(C=C, max_iter=5000).fit(matrix, labels, sample_weight=weights)


def train(pairs: list[tuple[str, bool, float]]) -> dict[str, object]:
    vectoriser, model = fit(pairs)
    labels = [flag for _, flag, _ in pairs]
    coefs = model.coef_[0]
    table = {
        feature: [round(float(vectoriser.idf_[column]), DIGITS), round(float(coefs[column]), DIGITS)]
        for feature, column in sorted(vectoriser.vocabulary_.items())
    }
    about = {"messages": len(pairs), "red_flags": sum(labels), "C": C, "min_df": MIN_DF}
    return {"about": about, "intercept": round(float(model.intercept_[0]), DIGITS), "features": table}


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    try:
        data = train(examples())
    except (OSError, ValueError, KeyError, TypeError) as error:  # a broken data file: say which, keep the old model
        print(f"train_second_reader: cannot read the training data: {error}", file=sys.stderr)
        return 1
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(data['features'])} features from {data['about']['messages']} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
