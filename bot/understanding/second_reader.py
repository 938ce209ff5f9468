"""The second reader: how likely a message is to report a red flag, learned from labelled messages.

Five sessions of word tables reached 94 % of red flags and 7.5 % false alarms on text the
tables were not tuned on, and new writers' text did not move at all with more phrases. A
linear model over spelling and the rules' concepts (`reader_features`), trained on the
development halves of the blind sets and the triage cases, generalises to writers it has never
seen far better (docs/red-flags.md, "The second reader"). `triage` uses it beside the rules,
never instead of them.

The model is a logistic regression on tf-idf weights, exactly as scikit-learn's
`TfidfVectorizer(sublinear_tf=True)` and `LogisticRegression` compute them; scikit-learn is
needed only to train it (`make model`). Here it is a dictionary look-up per feature and one
dot product, so the bot's runtime needs nothing new. The weights are one read-only file
shipped in the package, loaded once.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

MODEL_FILE = "second_reader.json"


@dataclass(frozen=True, slots=True)
class Model:
    """Per feature its inverse document frequency and its weight; the intercept; what it learned from."""

    # a plain dict, read only by convention: a MappingProxyType look-up is twice as slow here
    weights: Mapping[str, tuple[float, float]]
    intercept: float
    about: Mapping[str, object]

    def probability(self, features: Iterable[str]) -> float:
        """P(red flag) for a message's features: tf-idf (1 + log count), L2-normalised, then the logistic."""
        dot = square = 0.0
        for feature, count in Counter(features).items():
            known = self.weights.get(feature)
            if known is not None:
                idf, coef = known
                value = idf if count == 1 else (1.0 + math.log(count)) * idf
                dot += value * coef
                square += value * value
        z = self.intercept + (dot / math.sqrt(square) if square else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def parse(data: Mapping[str, object]) -> Model:
    """A model from the JSON the trainer writes: {"intercept", "about", "features": {f: [idf, coef]}}."""
    table = data["features"]
    if not isinstance(table, dict):
        raise ValueError("second reader: 'features' must be a mapping")
    weights = {str(f): (float(idf), float(coef)) for f, (idf, coef) in table.items()}
    intercept = float(data["intercept"])
    # JSON allows NaN, which would make every probability 0.0 and doubt every doubtable alarm
    if not all(math.isfinite(x) for pair in weights.values() for x in pair) or not math.isfinite(intercept):
        raise ValueError("second reader: every number must be finite")
    about = data.get("about") or {}
    return Model(weights, intercept, MappingProxyType(dict(about)))


@cache
def shipped() -> Model:
    """The model shipped in bot/data, read on first use and never changed."""
    with resources.files("bot.data").joinpath(MODEL_FILE).open(encoding="utf-8") as f:
        return parse(json.load(f))
