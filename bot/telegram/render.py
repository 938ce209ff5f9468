"""Replies as Telegram messages: HTML chunks under the message limit, an inline
keyboard on the last one, and sends and menu edits that retry what failed in transit."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot import markup
from bot.replies import Action, Button, Reply

log = logging.getLogger(__name__)

# A failed send or menu edit is retried with back-off for this long: an answer outlasts a short outage, and
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
NOT_MODIFIED = "message is not modified"  # Telegram's BadRequest when an edit changes nothing


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
        await send_html(context, chat_id, text, reply_markup, **where)


async def send_html(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    **where: Any,  # reply_parameters and message_thread_id, passed through as they are
) -> None:
    """One message of text that is already HTML, sent with retries (parse mode and link previews:
    the Application's Defaults, bot.telegram.app)."""
    await _with_retry("send", partial(context.bot.send_message, chat_id, text, reply_markup=reply_markup, **where))


async def edit(message: Message, reply: Reply) -> None:
    """Turn a menu message into the next menu (a reply's first chunk: menus are short), retried
    like a send. "Message is not modified" is success: the same menu twice, or a retry after an
    edit Telegram made but whose answer was lost."""
    (text, reply_markup), *_ = render(reply)
    try:
        await _with_retry("edit", partial(message.edit_text, text, reply_markup=reply_markup))
    except BadRequest as error:
        if NOT_MODIFIED not in str(error).lower():
            raise


async def _with_retry(what: str, call: Callable[[], Awaitable[object]]) -> None:
    """Retry a call that failed in transit, and 429s the rate limiter gave up on. A send Telegram
    took but whose answer was lost may arrive twice: we prefer a rare duplicate to a lost
    medical answer."""
    delay = FIRST_RETRY_SECONDS
    give_up = time.monotonic() + SEND_RETRY_SECONDS
    attempt = 1
    while True:
        try:
            await call()
            return
        except (NetworkError, RetryAfter) as error:  # includes TimedOut; BadRequest too, which no retry fixes
            if isinstance(error, BadRequest) or time.monotonic() + delay > give_up:
                raise
            log.warning("%s failed (%s), retry %d in %.1fs", what, type(error).__name__, attempt, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_RETRY_SECONDS)
            attempt += 1
