"""The clinic's content as frozen values: what every other module imports.

Built only by `bot.faq.schema`, which checks faq.yaml and says what is wrong by line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_TEXTS = {
    "welcome": "Welcome to {clinic}! I can answer common questions about sciatica, "
    "acupuncture and what to expect at a visit. Type a question, or pick a topic.",
    "disclaimer": "This is general information, not a diagnosis or medical advice. In an emergency, call 999.",
    "fallback": "Sorry, I don't know the answer to that one. You could ask it in a "
    "different way, pick a topic, or ask the clinic directly.",
    "suggest": "I'm not sure I understood. Did you mean one of these?",
    "acknowledge": "😊 Is there anything else you'd like to know?",
}


class EntryKind(StrEnum):
    """What an entry is for: an ordinary answer, or the urgent one (no booking line, no buttons)."""

    ANSWER = "answer"
    EMERGENCY = "emergency"


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str
    warning: bool = False

    def format(self, path: str) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{path}:{self.line}: {prefix}{self.message}"


@dataclass(frozen=True, slots=True)
class Clinic:
    name: str
    phone: str
    website: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    category: str
    question: str
    answer: str
    alternatives: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    kind: EntryKind = EntryKind.ANSWER
    source: str | None = None
    reviewed: dt.date | None = None

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.question, *self.alternatives)


@dataclass(frozen=True, slots=True)
class SmallTalk:
    id: str
    patterns: tuple[str, ...]
    reply: str


@dataclass(frozen=True, slots=True)
class MatchSettings:
    answer_threshold: float = 65.0
    suggest_threshold: float = 45.0
    margin: float = 6.0
    max_suggestions: int = 3


@dataclass(frozen=True, slots=True)
class Privacy:
    record_unanswered: bool = False
    retention_days: int = 90


@dataclass(frozen=True, slots=True)
class Limits:
    messages_per_minute: int = 20


@dataclass(frozen=True, slots=True)
class Faq:
    clinic: Clinic
    categories: tuple[Category, ...]
    entries: tuple[Entry, ...]
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    smalltalk: tuple[SmallTalk, ...] = ()
    off_topic: tuple[str, ...] = ()  # examples of what the bot must not answer: "where can I get a flu jab"
    texts: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TEXTS))
    settings: MatchSettings = MatchSettings()
    privacy: Privacy = Privacy()
    limits: Limits = Limits()
    # Where each (entry id, phrasing) stands in the file, for messages to editors.
    lines: Mapping[tuple[str, str], int] = field(default_factory=dict, compare=False, repr=False)
    _by_id: Mapping[str, Entry] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})  # looked up on every answer

    def entry(self, faq_id: str) -> Entry | None:
        return self._by_id.get(faq_id)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def in_category(self, category_id: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.category == category_id)

    def text(self, name: str) -> str:
        return self.texts.get(name, DEFAULT_TEXTS[name]).strip().replace("{clinic}", self.clinic.name)


class FaqError(Exception):
    """The file cannot be used; `problems` says why, line by line."""

    def __init__(self, path: str, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(p.format(path) for p in problems))
