"""The learning loop's side of a reply: "Did this help? 👍 👎" under answers, and what patients
do with replies (a vote, a "did you mean" pick, an answer opened by a button) as values that
hold no patient: an entry id and a vote, never who pressed or in which chat; the words of a
question only when the clinic keeps unanswered text.

Transport-neutral like replies.py: the buttons carry the entry in their value, so a press can
be counted without anything about the patient or their message being kept."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from bot import markup, replies
from bot.faq import EntryKind, Faq
from bot.replies import Action, Button, Reply, ReplyKind

THANKS = "Thank you! That helps the clinic improve its answers."
NOT_HELPED = (
    "Sorry that didn't help. The clinic is happy to answer you directly, "
    "or you can browse the topics or ask in other words."
)
PICK_SEPARATOR = ","  # between the picked entry and the others offered: never in an id (a-z, 0-9, -)
REF_MARK = "~"  # starts a pick's reference to the question behind it; never in an id either
# Questions behind recent "did you mean" replies are held in memory (only when the clinic keeps
# unanswered text) so a pick can be kept with the words that led to it: at most this many...
PENDING_QUESTIONS = 1000
PENDING_SECONDS = 3600.0  # ...for at most an hour: a pick later than that is counted without its question
PENDING_CHARS = 1000  # as much of a question as the statistics keep (clinic.stats.MAX_STORED_CHARS)


class Vote(StrEnum):
    """A patient's verdict on one answer; the value is what the statistics and `report --format csv` show."""

    HELPED = "helped"
    NOT_HELPED = "not_helped"


VOTES = {Action.HELPED: Vote.HELPED, Action.NOT_HELPED: Vote.NOT_HELPED}


@dataclass(frozen=True, slots=True)
class Opened:
    """An answer opened by a button (a topic menu, a related question, a suggestion)."""

    faq_id: str


@dataclass(frozen=True, slots=True)
class Picked:
    """A "did you mean" suggestion chosen, with the others offered beside it (those that fit the
    button) and, only when the clinic keeps unanswered text, the question that led to it."""

    faq_id: str
    offered: tuple[str, ...]
    question: str | None = None


@dataclass(frozen=True, slots=True)
class Voted:
    """👍 or 👎 under one answer."""

    faq_id: str
    vote: Vote


Signal = Opened | Picked | Voted


def buttons(faq_id: str) -> tuple[Button, Button]:
    return (
        Button("👍 This helped", Action.HELPED, faq_id),
        Button("👎 It didn't", Action.NOT_HELPED, faq_id),
    )


def ask(reply: Reply) -> Reply:
    """An answer with 👍 👎 after its buttons; any other reply (999, GP/111, suggestions,
    fallback, small talk, menus) unchanged: asking "did this help?" there would be wrong or noise."""
    if reply.kind is not ReplyKind.ANSWER or reply.faq_id is None:
        return reply
    return replace(reply, buttons=(*reply.buttons, *buttons(reply.faq_id)))


def vote(faq: Faq, action: Action, faq_id: str) -> Voted | None:
    """The vote a press stands for, if its entry is still one patients can vote on."""
    entry = faq.entry(faq_id)
    if entry is None or entry.kind == EntryKind.EMERGENCY:
        return None
    return Voted(entry.id, VOTES[action])


def pick_value(faq_id: str, offered: tuple[str, ...]) -> str:
    """A suggestion button's value: the entry, then the other entries offered beside it."""
    return PICK_SEPARATOR.join((faq_id, *(other for other in offered if other != faq_id)))


def offer_picks(reply: Reply) -> Reply:
    """A "did you mean" reply whose suggestion buttons say, when pressed, what else was offered."""
    if reply.kind is not ReplyKind.SUGGEST:
        return reply
    pick = [
        replace(b, action=Action.PICK, value=pick_value(b.value, reply.suggestions)) if b.action is Action.FAQ else b
        for b in reply.buttons
    ]
    return replace(reply, buttons=tuple(pick))


class Pending:
    """Questions behind recent "did you mean" replies, by the random reference their buttons carry:
    in memory only, bounded in number and age, each given to the first pick and then forgotten."""

    def __init__(self, size: int = PENDING_QUESTIONS, clock: Callable[[], float] = time.monotonic):
        self._size = size
        self._clock = clock
        self._texts: OrderedDict[str, tuple[float, str]] = OrderedDict()

    def keep(self, text: str) -> str:
        now = self._clock()
        while self._texts:  # oldest first: drop while full or too old
            oldest_at, _ = next(iter(self._texts.values()))
            if len(self._texts) < self._size and oldest_at >= now - PENDING_SECONDS:
                break
            self._texts.popitem(last=False)
        ref = secrets.token_hex(4)  # random: it says nothing about the patient or their message
        self._texts[ref] = (now, text[:PENDING_CHARS])
        return ref

    def take(self, ref: str) -> str | None:
        at, text = self._texts.pop(ref, (0.0, None))
        return text if text is not None and at >= self._clock() - PENDING_SECONDS else None


def refer(reply: Reply, ref: str) -> Reply:
    """A "did you mean" reply whose buttons also carry `ref`, right after the entry (so it always fits)."""

    def with_ref(button: Button) -> Button:
        if button.action is not Action.PICK:
            return button
        faq_id, *others = button.value.split(PICK_SEPARATOR)
        return replace(button, value=PICK_SEPARATOR.join((faq_id, REF_MARK + ref, *others)))

    return replace(reply, buttons=tuple(map(with_ref, reply.buttons)))


def picked(faq: Faq, value: str, pending: Pending | None = None) -> Picked | None:
    """The pick a suggestion button stands for, with its question if `pending` still holds it;
    entries a reload removed are left out."""
    faq_id, *rest = value.split(PICK_SEPARATOR)
    if faq.entry(faq_id) is None:
        return None
    refs = [part[len(REF_MARK) :] for part in rest if part.startswith(REF_MARK)]
    question = pending.take(refs[0]) if refs and pending is not None else None
    offered = tuple(other for other in rest if not other.startswith(REF_MARK) and faq.entry(other) is not None)
    return Picked(faq_id, offered, question)


def thanks() -> Reply:
    """What 👍 gets: a short acknowledgement (no buttons, so Telegram shows it as the press's notice)."""
    return Reply(ReplyKind.INFO, THANKS)


def not_helped(faq: Faq) -> Reply:
    """What 👎 gets: the clinic's contacts and the topics, so the patient is not left stuck."""
    text = markup.join(NOT_HELPED, replies.booking_line(faq))
    return Reply(ReplyKind.INFO, text, (replies.website_button(faq), Button("📚 Topics", Action.TOPICS)))
