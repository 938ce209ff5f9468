"""👍 / 👎 under an answer. The press is counted once per message without storing who pressed
or which message (the button carries the entry), then the pair is taken off the keyboard so
it cannot be pressed again; 👎 also gets the clinic's contacts and the topics. Registered
before the general button handler (bot.telegram.app)."""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import markup
from bot.replies import Action
from bot.telegram import shared
from bot.telegram.buttons import answer_quietly
from bot.telegram.render import parse_callback, send

log = logging.getLogger(__name__)

PATTERN = re.compile(f"^[{Action.HELPED}{Action.NOT_HELPED}]:")  # the callback_data of 👍 and 👎
# The tap guard's key is (chat, message, VOTED), in memory for its few seconds only: 👍 then 👎
# in a hurry, or a double tap before Telegram shows the pair gone, is one vote.
VOTED = "voted"


async def vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Count the vote once, take 👍 👎 off the answer, then thank (👍) or offer help (👎)."""
    query = update.callback_query
    message = query.message
    if not isinstance(message, Message) or not shared.taps(context).first((message.chat.id, message.message_id, VOTED)):
        await answer_quietly(query)  # a repeat, or a message Telegram no longer lets us reach
        return
    if not await shared.allowed(update, context):
        await answer_quietly(query)
        return
    name, value, _ = parse_callback(query.data or "")
    reply = shared.engine(context).press(name, value)
    await answer_quietly(query, None if reply.buttons else markup.to_plain(reply.text))
    await _without_votes(message)
    if reply.buttons:  # 👎: a new message, so the answer above stays as it was
        thread = message.message_thread_id if message.is_topic_message else None
        await send(message.chat.id, reply, context, thread_id=thread)


async def _without_votes(message: Message) -> None:
    """Edit the answer's keyboard to everything but 👍 👎, best effort: the vote is already counted."""
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    kept = [[b for b in row if not PATTERN.match(b.callback_data or "")] for row in rows]
    kept = [row for row in kept if row]
    try:
        await message.edit_reply_markup(InlineKeyboardMarkup(kept) if kept else None)
    except TelegramError as error:  # the pair stays; a later press may count once more
        log.info("could not take the feedback buttons off an answer (%s)", type(error).__name__)
