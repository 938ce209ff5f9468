"""What the second reader (`second_reader`) sees of a message: its spelling and the rules' concepts.

Two kinds of feature, so that it learns from wording the word tables never listed and still
knows what the tables know:

- the folded words (`w:numb`), each pair of neighbouring words (`b:cant feel`), and the
  character 4-grams of each word padded with a space at each end (" numb " gives " num",
  "numb", "umb "): a misspelling or another form of a word shares most of its grams;
- what each clause holds for the rules: its concepts (`t:AREA`, `t:-SENSE` when denied), each
  ordered pair of concepts within PAIR_REACH words (`p:AREA+NOFEEL`), and the red flags the
  detectors found there before any context is weighed (`f:saddle-sensation`).

Training (`tools/train_second_reader.py`) and the bot call this same function, so the two can
never disagree on what a feature is. Cost is linear in the message: a bounded number of
features per character and per concept.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.understanding.clauses import Clause
from bot.understanding.normalise import fold
from bot.understanding.red_flags import red_flags
from bot.understanding.triage_tags import Tag

# 4 letters: long enough to carry a stem, short enough to survive a typo. In cross-validation
# 2- to 5-grams, 3- to 5-grams and 3- and 4-grams did no better, with up to 2.6 times the features.
GRAM_SIZES = (4,)
PAIR_REACH = 6  # concepts further apart than this in a clause are rarely about each other


def _spelling(text: str) -> list[str]:
    words = fold(text).split()
    out: list[str] = []
    for word in words:
        padded = f" {word} "
        last = len(padded) + 1
        for n in GRAM_SIZES:
            out += [padded[i : i + n] for i in range(last - n)]
    out += ["w:" + word for word in words]
    out += [f"b:{first} {second}" for first, second in pairwise(words)]
    return out


def _concepts(clause: Clause, message_tags: set[Tag]) -> list[str]:
    # by position, then name: concepts at one word come from a set, whose order changes between runs
    ordered = sorted(clause.concepts, key=lambda c: (c.at, c.tag.name, c.negated))
    out = [("t:-" if c.negated else "t:") + c.tag.name for c in ordered]
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            if second.at - first.at > PAIR_REACH:
                break
            out.append(
                f"p:{'-' if first.negated else ''}{first.tag.name}+{'-' if second.negated else ''}{second.tag.name}"
            )
    out += ["f:" + rule for rule, _ in red_flags(clause, message_tags)]
    return out


def features(text: str, clauses: Sequence[Clause], message_tags: set[Tag]) -> list[str]:
    """Every feature of the message, repeated as often as it occurs."""
    out = _spelling(text)
    for clause in clauses:
        out += _concepts(clause, message_tags)
    return out
