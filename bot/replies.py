"""Transport-neutral replies: text in the FAQ's markup plus buttons.

The Telegram and console adapters render these and decide nothing themselves, so
a patient gets the same answer whichever way they ask.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple

from bot import markup
from bot.faq import Entry, EntryKind, Faq
from bot.safety_texts import DISTRESS_TEXT, EMERGENCY_TEXT, SAFETY_NET_TEXT, URGENT_TEXT
from bot.understanding.triage import Level, Triage

ONLY_TEXT = (
    "Sorry, I can only read text, not photos, voice notes or files. Please type your question, "
    "or pick a topic. If this is urgent, call 999 or go to A&E."
)
SLOW_DOWN = "You're sending messages very quickly. Please wait a minute, then ask again."
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


class ReplyKind(StrEnum):
    """What a reply is; its value is the `kind` in `ask --json`, the statistics and `eval`."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    FALLBACK = "fallback"
    SMALLTALK = "smalltalk"
    EMERGENCY = "emergency"
    URGENT = "urgent"  # GP / NHS 111 today, and nothing else to answer
    INFO = "info"  # menus, help, privacy: not an answer to a question


class Action(StrEnum):
    """What pressing a button does; the short values go into Telegram's callback_data."""

    FAQ = "f"
    CATEGORY = "c"
    TOPICS = "t"
    BOOK = "b"
    URL = "u"
    PICK = "p"  # a "did you mean" suggestion: the entry, then the others offered (bot.feedback)
    HELPED = "y"  # 👍 / 👎 under an answer, carrying the entry (bot.feedback)
    NOT_HELPED = "n"


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: Action
    value: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    text: str
    buttons: tuple[Button, ...] = ()
    faq_id: str | None = None
    score: float = 0.0
    suggestions: tuple[str, ...] = ()
    triage: str | None = None  # the triage rule behind a safety line, never the text
    menu: bool = False  # only navigation: an adapter may replace it in place with the next menu


def booking_line(faq: Faq) -> str:
    return markup.booking_line(faq.clinic.phone, faq.clinic.website)


def answer_text(faq: Faq, entry: Entry) -> str:
    """The full text of an answer: title, answer, and booking details (not for emergencies)."""
    footer = None if entry.kind == EntryKind.EMERGENCY else booking_line(faq)
    return markup.answer_text(entry.question, entry.answer, footer)


def _faq_button(entry: Entry) -> Button:
    return Button(entry.question, Action.FAQ, entry.id)


def _topics_button() -> Button:
    return Button("📚 Topics", Action.TOPICS)


def website_button(faq: Faq) -> Button:
    return Button("🌐 Visit the website", Action.URL, faq.clinic.website)


def _book_button() -> Button:
    return Button("📞 Book", Action.BOOK)


def answer(faq: Faq, entry: Entry, score: float = 100.0) -> Reply:
    if entry.kind == EntryKind.EMERGENCY:
        return Reply(ReplyKind.EMERGENCY, answer_text(faq, entry), faq_id=entry.id, score=score)
    # the booking entry is what "📞 Book" opens: never offer it twice side by side
    related = [faq.entry(rid) for rid in entry.related if rid != "booking"]
    buttons = [_faq_button(e) for e in related if e is not None]
    if entry.id == "booking":
        buttons.insert(0, website_button(faq))
    else:
        buttons.append(_book_button())
    category = faq.category(entry.category)
    if category is not None:
        buttons.append(Button(f"⬅️ {category.title}", Action.CATEGORY, category.id))
    return Reply(ReplyKind.ANSWER, answer_text(faq, entry), tuple(buttons), entry.id, score)


def emergency(faq: Faq, rule: str | None = None) -> Reply:
    """The 999 reply alone: no booking, no buttons, nothing about acupuncture."""
    entry = faq.entry("emergency")
    if entry is not None and entry.kind == EntryKind.EMERGENCY:
        return Reply(ReplyKind.EMERGENCY, entry.answer, faq_id=entry.id, score=100.0, triage=rule)
    return Reply(ReplyKind.EMERGENCY, EMERGENCY_TEXT, score=100.0, triage=rule)


def with_safety(faq: Faq, reply: Reply, safety: Triage) -> Reply:
    """Add the GP / 111 line first, or the 999 safety-net last, as triage asks."""
    if safety.level is Level.URGENT:
        if reply.kind in (ReplyKind.ANSWER, ReplyKind.SUGGEST):
            return replace(reply, text=markup.join(URGENT_TEXT, reply.text), triage=safety.rule)
        text = markup.join(URGENT_TEXT, booking_line(faq))
        return Reply(ReplyKind.URGENT, text, (_book_button(),), score=reply.score, triage=safety.rule)
    if safety.level is Level.SAFETY_NET:
        return replace(reply, text=_before_booking(reply.text, SAFETY_NET_TEXT, faq), triage=safety.rule)
    return reply


def _before_booking(text: str, extra: str, faq: Faq) -> str:
    booking = booking_line(faq)
    if text.endswith(booking):
        return markup.join(text[: -len(booking)], extra, booking)
    return markup.join(text, extra)


def suggest(faq: Faq, ids: tuple[str, ...], score: float) -> Reply:
    entries = [e for e in (faq.entry(i) for i in ids) if e is not None]
    buttons = (*(_faq_button(e) for e in entries), _topics_button())
    return Reply(ReplyKind.SUGGEST, faq.text("suggest"), buttons, None, score, tuple(e.id for e in entries))


def fallback(faq: Faq, score: float = 0.0) -> Reply:
    text = markup.join(faq.text("fallback"), booking_line(faq))
    return Reply(ReplyKind.FALLBACK, text, (_topics_button(), _book_button()), None, score)


def smalltalk(text: str) -> Reply:
    return Reply(ReplyKind.SMALLTALK, text, (_topics_button(),), score=100.0)


def distress(faq: Faq) -> Reply:
    """A crying or broken-heart emoji alone: kind words, the way to help, and the 999 line."""
    text = markup.join(DISTRESS_TEXT, booking_line(faq))
    return Reply(ReplyKind.SMALLTALK, text, (_topics_button(), _book_button()), score=100.0)


def welcome(faq: Faq) -> Reply:
    text = markup.join(faq.text("welcome"), "ℹ️ " + faq.text("disclaimer"))
    return Reply(ReplyKind.INFO, text, _category_buttons(faq))


def topics(faq: Faq) -> Reply:
    return Reply(ReplyKind.INFO, "Pick a topic:", _category_buttons(faq), menu=True)


def _category_buttons(faq: Faq) -> tuple[Button, ...]:
    return tuple(Button(c.title, Action.CATEGORY, c.id) for c in faq.categories if faq.in_category(c.id))


def category(faq: Faq, category_id: str) -> Reply:
    found = faq.category(category_id)
    if found is None:
        return topics(faq)
    # the emergency entry is triage's urgent reply, not something to browse: a patient reading
    # the menu who taps "When is sciatica an emergency?" wants see-a-doctor, not "call 999 now"
    entries = [e for e in faq.in_category(category_id) if e.kind != EntryKind.EMERGENCY]
    buttons = (*(_faq_button(e) for e in entries), Button("⬅️ Back", Action.TOPICS))
    return Reply(ReplyKind.INFO, f"**{found.title}**", buttons, menu=True)


def book(faq: Faq) -> Reply:
    entry = faq.entry("booking")
    if entry is not None:
        return answer(faq, entry)
    text = booking_line(faq)
    return Reply(ReplyKind.INFO, text, (website_button(faq),))


def help_text(faq: Faq) -> Reply:
    text = markup.join(
        "Type a question in your own words, for example **does acupuncture hurt?** or "
        "**what causes sciatica?**, or browse the topics.",
        "Commands: /topics to browse, /book for the clinic's contact details, "
        "/privacy for what I keep, /help for this message.",
        "ℹ️ " + faq.text("disclaimer"),
    )
    return Reply(ReplyKind.INFO, text, (_topics_button(), _book_button()))


def privacy(faq: Faq) -> Reply:
    days = faq.privacy.retention_days
    kept = [
        "**What I keep:** a count per day of how many times each answer was given, and of the "
        "👍 and 👎 it got, so the clinic can see which topics people ask about and which answers to improve.",
    ]
    if faq.privacy.record_unanswered:
        kept.append(
            "When I can't answer a question, I keep its text (with phone numbers, e-mail "
            "addresses, links and long numbers removed) so the clinic can add an answer. "
            "Clinic staff may read these questions, for example in a weekly summary in their own chat."
        )
    else:
        kept.append("I do not keep the text of your messages.")
    kept.append(
        f"I never store your name, username, Telegram id or chat. Everything I keep is deleted after {days} days."
    )
    return Reply(ReplyKind.INFO, markup.join(*kept, booking_line(faq)), (_topics_button(),))


def only_text() -> Reply:
    return Reply(ReplyKind.INFO, ONLY_TEXT, (_topics_button(),))


def slow_down() -> Reply:
    return Reply(ReplyKind.INFO, SLOW_DOWN)


def sorry() -> Reply:
    return Reply(ReplyKind.INFO, SORRY, (_topics_button(),))


class Command(NamedTuple):
    """A slash command every adapter offers: its line in Telegram's menu, and its reply."""

    description: str
    reply: Callable[[Faq], Reply]


COMMANDS: dict[str, Command] = {
    "start": Command("Welcome and topics", welcome),
    "topics": Command("Browse questions by topic", topics),
    "book": Command("How to book, phone and website", book),
    "help": Command("How to use this bot", help_text),
    "privacy": Command("What this bot keeps, and for how long", privacy),
}
