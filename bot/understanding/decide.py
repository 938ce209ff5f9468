"""From scores to an outcome: answer, "did you mean", or give up.

A confident wrong answer is worse than "did you mean", so an entry is answered only
when it is good enough and clearly ahead of the next one. (Answering a lower score
that is far ahead was tried: better on the development halves, more wrong answers on
the held-out ones, so it is not here.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.faq import MatchSettings
from bot.understanding.matcher import OFF_TOPIC, Index, Scored

# Long messages are stories ending in a question; the question sentences are scored
# on their own too and the better of the two decisions wins.
LONG_MESSAGE_WORDS = 25
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")
_ASKING = re.compile(r"\?|^(?:what|how|why|when|where|who|which|can|could|does|do|is|are|will|would|should)\b", re.I)


class Outcome(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Match:
    outcome: Outcome
    best: Scored | None
    candidates: tuple[Scored, ...]

    @property
    def suggestions(self) -> tuple[str, ...]:
        return tuple(c.faq_id for c in self.candidates)


def decide(ranked: list[Scored], settings: MatchSettings) -> Match:
    """Answer only when the best entry is both good enough and clearly ahead; nothing when the
    message is most like the FAQ's examples of what not to answer ("where can I get a flu jab")."""
    if ranked and ranked[0].faq_id == OFF_TOPIC:
        return Match(Outcome.FALLBACK, None, ())
    # the best entry must be clearly ahead of the examples of what not to answer too
    off_topic = next((s.score for s in ranked if s.faq_id == OFF_TOPIC), 0.0)
    ranked = [s for s in ranked if s.faq_id != OFF_TOPIC]
    if not ranked or ranked[0].score < settings.suggest_threshold:
        return Match(Outcome.FALLBACK, ranked[0] if ranked else None, ())
    top = ranked[0]
    runner_up = max(ranked[1].score if len(ranked) > 1 else 0.0, off_topic)
    if top.score >= settings.answer_threshold and top.score - runner_up >= settings.margin:
        return Match(Outcome.ANSWER, top, (top,))
    close = [s for s in ranked if s.score >= settings.suggest_threshold]
    return Match(Outcome.SUGGEST, top, tuple(close[: settings.max_suggestions]))


def question_part(text: str) -> str | None:
    """The sentences of a long message that ask something, or None for a short one."""
    if len(text.split()) <= LONG_MESSAGE_WORDS:
        return None
    asking = [s for s in _SENTENCE.split(text.strip()) if _ASKING.search(s.strip())]
    return " ".join(asking) if asking and len(asking) < len(_SENTENCE.split(text.strip())) else None


def match(index: Index, text: str, settings: MatchSettings) -> Match:
    found = decide(index.score(text), settings)
    question = question_part(text)
    if question is None or found.outcome is Outcome.ANSWER:
        return found
    focused = decide(index.score(question), settings)
    return focused if _RANK[focused.outcome] > _RANK[found.outcome] else found


_RANK = {Outcome.FALLBACK: 0, Outcome.SUGGEST: 1, Outcome.ANSWER: 2}
