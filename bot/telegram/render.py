"""Replies as Telegram messages: HTML chunks under the message limit, an inline
keyboard on the last one, and a send that retries what failed in transit."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot import markup
from bot.replies import Action, Button, Reply

log = logging.getLogger(__name__)

# A failed send is retried with back-off for this long: an answer outlasts a short outage, and
# the update stays unconfirmed meanwhile (delivery.py), so even a stop in the middle loses nothing.
SEND_RETRY_SECONDS = 30.0
FIRST_RETRY_SECONDS = 0.5  # doubled after each failed attempt, up to MAX_RETRY_SECONDS
MAX_RETRY_SECONDS = 4.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # the clinic's website would preview under every answer
BUTTON_LABEL_CHARS = 64  # FAQ questions are button labels; longer ones wrap badly on a phone
# Ends the callback_data of buttons on a menu message, so a press knows it may edit that
# message in place; buttons under answers lack it, and old buttons without it open new messages.
FROM_MENU = "/m"
# Short buttons shown side by side on one row (👍 👎); every other button has a row of its own.
SIDE_BY_SIDE = frozenset({Action.HELPED, Action.NOT_HELPED})
CONTEXT_SEPARATOR = ","  # a value's optional context after the entry (a pick's other suggestions)


def callback_data(button: Button, on_menu: bool = False) -> str:
    """`action:value`, the value's trailing context dropped part by part until Telegram's 64 bytes fit
    (entry ids are at most 40 characters, so the entry itself always fits)."""
    suffix = FROM_MENU if on_menu else ""
    value = button.value
    while len(f"{button.action}:{value}{suffix}".encode()) > InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
        value = value.rpartition(CONTEXT_SEPARATOR)[0]
    return f"{button.action}:{value}{suffix}"


def parse_callback(data: str) -> tuple[str, str, bool]:
    """(action, value, pressed on a menu message) from a button's callback_data."""
    on_menu = data.endswith(FROM_MENU)
    action, _, value = data.removesuffix(FROM_MENU).partition(":")
    return action, value, on_menu


def keyboard(buttons: Sequence[Button], on_menu: bool = False) -> InlineKeyboardMarkup | None:
    """One button per row (FAQ questions are long and phones are narrow), but 👍 👎 side by side."""
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    for n, button in enumerate(buttons):
        if button.action is Action.URL:
            key = InlineKeyboardButton(button.label, url=button.value)
        else:
            label = button.label[:BUTTON_LABEL_CHARS]
            key = InlineKeyboardButton(label, callback_data=callback_data(button, on_menu))
        if n > 0 and {button.action, buttons[n - 1].action} <= SIDE_BY_SIDE:
            rows[-1].append(key)
        else:
            rows.append([key])
    return InlineKeyboardMarkup(rows)


def render(reply: Reply) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """HTML messages for one reply; the keyboard goes on the last one."""
    chunks = [markup.to_html(chunk) for chunk in markup.split(reply.text, MessageLimit.MAX_TEXT_LENGTH)]
    marks: list[InlineKeyboardMarkup | None] = [None] * (len(chunks) - 1) + [keyboard(reply.buttons, reply.menu)]
    return list(zip(chunks, marks, strict=True))


async def send(
    chat_id: int,
    reply: Reply,
    context: ContextTypes.DEFAULT_TYPE,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> None:
    """Send every chunk of `reply`: the first quotes `reply_to`, all stay in forum topic `thread_id`."""
    for n, (text, reply_markup) in enumerate(render(reply)):
        where: dict[str, Any] = {"message_thread_id": thread_id} if thread_id else {}
        if reply_to is not None and n == 0:
            where["reply_parameters"] = ReplyParameters(reply_to, allow_sending_without_reply=True)
        await _send_with_retry(context, chat_id, text, reply_markup, **where)


async def _send_with_retry(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None,
    **where: Any,  # reply_parameters and message_thread_id, passed through as they are
) -> Message:
    """Retry sends that failed in transit, and 429s the rate limiter gave up on. A send Telegram
    took but whose answer was lost may arrive twice: we prefer a rare duplicate to a lost
    medical answer."""
    delay = FIRST_RETRY_SECONDS
    give_up = time.monotonic() + SEND_RETRY_SECONDS
    attempt = 1
    while True:
        try:
            return await context.bot.send_message(
                chat_id, text, reply_markup=reply_markup, **where
            )  # parse mode and link previews: the Application's Defaults (bot.telegram.app)
        except (NetworkError, RetryAfter) as error:  # includes TimedOut; BadRequest too, which no retry fixes
            if isinstance(error, BadRequest) or time.monotonic() + delay > give_up:
                raise
            log.warning("send failed (%s), retry %d in %.1fs", type(error).__name__, attempt, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_RETRY_SECONDS)
            attempt += 1
