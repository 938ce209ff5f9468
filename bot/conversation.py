"""What patients say around their questions: a bare command word ("menu", "help"), a
request to be called back, a button whose answer a reload removed, and a half-typed last
word in a search. Transport-neutral like replies.py; triage and matching stay in engine.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from bot import markup, replies
from bot.faq import Faq
from bot.replies import Action, Button, Reply, ReplyKind
from bot.understanding.normalise import fold

# Words typed alone that mean a command, so "menu" or "help" never reaches the matcher.
COMMAND_WORDS = {
    "start": "start",
    "menu": "topics",
    "topics": "topics",
    "topic": "topics",
    "help": "help",
    "book": "book",
    "privacy": "privacy",
}
MAX_COMPLETIONS = 20  # the FAQ's most used words tried for a half-typed last word; each costs one scoring
_CALL_BACK = re.compile(
    r"\b(?:call|ring|phone|text)\s+(?:me|us)\b|\bcall\s*back\b|\bget\s+back\s+to\s+me\b|\bcontact\s+me\b"
)
NO_CALL_BACKS = (
    "I'm an automatic helper: I can't arrange call-backs, and I don't keep phone numbers "
    "or see who is writing. To talk to someone at the clinic, please call or visit the website."
)
GONE = "Sorry, that question is no longer in my list. Pick a topic to see what I can answer now:"
ASK_CLINIC = "I don't have an answer for that yet. The clinic will be happy to help."


def command_for(word: str) -> Callable[[Faq], Reply] | None:
    """The command a bare word (or an unknown "/word") stands for, if any."""
    name = COMMAND_WORDS.get(fold(word.lstrip("/")))
    return replies.COMMANDS[name].reply if name else None


def wants_call_back(text: str) -> bool:
    """A request to be phoned or contacted, which the bot cannot do."""
    return _CALL_BACK.search(fold(text)) is not None


def no_call_backs(faq: Faq) -> Reply:
    """Say plainly that the bot cannot call back, and how to reach the clinic."""
    text = markup.join(NO_CALL_BACKS, replies.booking_line(faq))
    buttons = (replies.website_button(faq), Button("📚 Topics", Action.TOPICS))
    return Reply(ReplyKind.INFO, text, buttons)


def gone(faq: Faq) -> Reply:
    """A button for an entry or topic that a reload removed: say so, then offer the topics."""
    topics = replies.topics(faq)
    return Reply(ReplyKind.INFO, GONE, topics.buttons, menu=True)


def ask_clinic(faq: Faq) -> Reply:
    """The search result when nothing matches: a way to reach the clinic instead of nothing."""
    text = markup.answer_text("Ask the clinic", ASK_CLINIC, replies.booking_line(faq))
    return Reply(ReplyKind.FALLBACK, text, (replies.website_button(faq),))


def vocabulary(faq: Faq) -> tuple[str, ...]:
    """The FAQ's words (phrasings and answers, the emergency one too), most used first."""
    counts = Counter(w for entry in faq.entries for text in (*entry.phrases, entry.answer) for w in fold(text).split())
    return tuple(sorted(counts, key=lambda w: (-counts[w], w)))


def completions(text: str, words: Sequence[str]) -> list[str]:
    """`text` as typed, then with its half-typed last word finished as the FAQ's commonest words."""
    if not text or text[-1].isspace():
        return [text]
    head, _, last = text.rpartition(" ")
    prefix = fold(last)
    if not prefix or " " in prefix:
        return [text]
    found = [w for w in words if w.startswith(prefix) and w != prefix][:MAX_COMPLETIONS]
    return [text, *(f"{head} {word}".strip() for word in found)]
