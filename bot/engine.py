"""The answering pipeline: message → triage → small talk → match → reply.

`Engine` holds the one live FAQ. A reload builds a whole new `FaqVersion` (the FAQ
and its search index) off to the side and swaps it in with a single assignment, so
every message is answered entirely by one FAQ version, old or new, never a mix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot import conversation, markup, replies
from bot.faq import Faq, Problem, load_faq
from bot.replies import Action, Reply, ReplyKind
from bot.understanding.decide import Outcome, match
from bot.understanding.matcher import Index
from bot.understanding.smalltalk import distressed, emoji_only, match_smalltalk, opening_smalltalk
from bot.understanding.triage import Level, triage

log = logging.getLogger(__name__)

# Telegram caps a message at this many characters; anything longer is not a question.
MAX_QUESTION_CHARS = markup.MESSAGE_LIMIT

MAX_COMMAND_WORD = 20  # longer text is a question, not a command word typed alone

Recorder = Callable[[str, Reply, Faq], None]


@dataclass(frozen=True, slots=True)
class FaqVersion:
    """One FAQ and the search index built from it: what a reload swaps in whole."""

    faq: Faq
    index: Index

    @classmethod
    def build(cls, faq: Faq) -> FaqVersion:
        return cls(faq, Index(faq))


def reply_to(version: FaqVersion, text: str) -> Reply:
    """Answer one message with one FAQ version; pure apart from memoised typo fixes."""
    text = text[:MAX_QUESTION_CHARS]
    faq = version.faq
    safety = triage(text)
    if safety.level is Level.EMERGENCY:
        return replies.emergency(faq, safety.rule)
    return replies.with_safety(faq, _understand(version, text), safety)


def _understand(version: FaqVersion, text: str) -> Reply:
    """Small talk or an FAQ match, once triage has found no emergency."""
    faq = version.faq
    if emoji_only(text):
        return replies.distress(faq) if distressed(text) else replies.smalltalk(faq.text("acknowledge"))
    chat = match_smalltalk(version.index, text)
    if chat is not None:
        return replies.smalltalk(chat)
    found = match(version.index, text, faq.settings)
    if found.outcome is Outcome.ANSWER and found.best is not None:
        entry = faq.entry(found.best.faq_id)
        if entry is not None:
            return replies.answer(faq, entry, found.best.score)
    chat = opening_smalltalk(version.index, text)
    if chat is not None:
        return replies.smalltalk(chat)
    if found.outcome is Outcome.SUGGEST and found.best is not None:
        return replies.suggest(faq, found.suggestions, found.best.score)
    return replies.fallback(faq, found.best.score if found.best else 0.0)


class Engine:
    """The live FAQ plus the pipeline; shared by every adapter."""

    def __init__(self, faq: Faq, path: Path | None = None, recorder: Recorder | None = None):
        self.path = path
        self.recorder = recorder
        self.last_good: Path | None = None  # where each version that goes live is also kept (clinic.last_good)
        self.version = FaqVersion.build(faq)
        self._words: tuple[FaqVersion, tuple[str, ...]] | None = None  # search's vocabulary, built on first use

    @classmethod
    def from_file(cls, path: str | Path, recorder: Recorder | None = None) -> Engine:
        faq, _ = load_faq(path)
        return cls(faq, Path(path), recorder)

    @property
    def faq(self) -> Faq:
        return self.version.faq

    def ask(self, text: str) -> Reply:
        version = self.version  # read once: the whole answer comes from one version
        reply = reply_to(version, text)
        if self.recorder is not None and reply.kind is not ReplyKind.INFO:
            try:
                self.recorder(text, reply, version.faq)
            except Exception:  # statistics must never cost a patient their answer
                log.exception("could not record statistics")
        return reply

    def search(self, text: str, limit: int) -> list[Reply]:
        """Answers worth offering for a question as it is typed (inline mode), best first. A red
        flag comes first, also one the half-typed last word may finish ("can't control my bla")."""
        version = self.version
        faq = version.faq
        safety = triage(text)
        if safety.emergency:
            return [replies.emergency(faq, safety.rule)]
        if not text.strip():
            return [replies.answer(faq, e) for e in faq.entries[:limit]]
        candidates = conversation.completions(text, self._vocabulary(version))
        best: dict[str, float] = {}
        for candidate in candidates:
            for scored in version.index.score(candidate):
                best[scored.faq_id] = max(scored.score, best.get(scored.faq_id, 0.0))
        ranked = sorted((i for i, s in best.items() if s >= faq.settings.suggest_threshold), key=lambda i: -best[i])
        entries = [e for e in (faq.entry(i) for i in ranked[:limit]) if e is not None]
        found = [replies.answer(faq, e) for e in entries] or [conversation.ask_clinic(faq)]
        flagged = next((t for t in map(triage, candidates[1:]) if t.emergency), None)
        return [replies.emergency(faq, flagged.rule), *found][:limit] if flagged else found

    def _vocabulary(self, version: FaqVersion) -> tuple[str, ...]:
        """The words a half-typed word may become; built lazily, so reloads stay as fast."""
        if self._words is None or self._words[0] is not version:
            self._words = (version, conversation.vocabulary(version.faq))
        return self._words[1]

    def converse(self, text: str) -> Reply:
        """What a chat adapter answers: `ask`, except that a bare command word ("menu") gets
        that command, and a call-back request nothing else answered is told how to reach the clinic."""
        command = conversation.command_for(text) if len(text) <= MAX_COMMAND_WORD else None
        if command is not None:
            return command(self.faq)
        reply = self.ask(text)
        unanswered = reply.kind in (ReplyKind.FALLBACK, ReplyKind.SUGGEST) or reply.faq_id == "booking"
        if unanswered and reply.triage is None and conversation.wants_call_back(text):
            return conversation.no_call_backs(self.faq)
        return reply

    def deep_link(self, payload: str) -> Reply:
        """`/start <entry-id>` from a link the clinic shared: that answer, else the welcome."""
        entry = self.faq.entry(payload)
        return replies.answer(self.faq, entry) if entry else replies.welcome(self.faq)

    def press(self, action: Action | str, value: str = "") -> Reply:
        """The reply to a button press (a topic, a question, Book)."""
        faq = self.version.faq
        match Action(action):
            case Action.FAQ:
                entry = faq.entry(value)
                return replies.answer(faq, entry) if entry else conversation.gone(faq)
            case Action.CATEGORY:
                return replies.category(faq, value) if faq.category(value) else conversation.gone(faq)
            case Action.BOOK:
                return replies.book(faq)
            case _:
                return replies.topics(faq)

    def swap(self, faq: Faq) -> None:
        """Make `faq` live; the index is built before the switch, so it is instant."""
        self.version = FaqVersion.build(faq)

    def reload(self) -> list[Problem]:
        """Re-read the file; on any error keep the current FAQ and raise FaqError."""
        if self.path is None:
            return []
        faq, problems = load_faq(self.path)
        self.swap(faq)
        return problems
