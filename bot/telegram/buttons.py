"""The button handler. Buttons never lose content: only a menu message is replaced in place
by the next menu; everything pressed under an answer arrives as a new message. A double tap
sends once (repeating an edit in place is harmless), and browsing menus does not count
against the flood limit."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.replies import Action
from bot.telegram import shared
from bot.telegram.render import edit, parse_callback, send

log = logging.getLogger(__name__)
NAVIGATION = frozenset({Action.TOPICS, Action.CATEGORY})  # browsing, not asking: exempt from the flood limit


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: menus change in place, answers arrive as new messages."""
    query = update.callback_query
    await answer_quietly(query)
    message = query.message
    if message is None:
        return
    name, value, on_menu = parse_callback(query.data or "")
    try:
        action = Action(name)
    except ValueError:
        action = Action.TOPICS
    in_place = on_menu and isinstance(message, Message)  # a menu may become the next menu
    sends_new = not in_place or action not in NAVIGATION
    if sends_new and not shared.taps(context).first((message.chat.id, message.message_id, query.data)):
        return  # the second tap of a double tap would send the same message again
    if action not in NAVIGATION and not await shared.allowed(update, context):
        return
    reply = shared.engine(context).press(action, value)
    if in_place and reply.menu:
        await edit(message, reply)  # retried like a send; a double tap here only repeats an edit: harmless
        return
    thread = message.message_thread_id if isinstance(message, Message) and message.is_topic_message else None
    await send(message.chat.id, reply, context, thread_id=thread)


async def answer_quietly(query: CallbackQuery, notice: str | None = None) -> None:
    """Stop the button's spinner (with a short `notice`, if given), best effort and once: a failed or
    late answer ("query is too old" after a restart or behind a backlog) must never cost the reply."""
    try:
        await query.answer(notice)
    except TelegramError as error:
        log.info("could not answer a button press (%s); replying anyway", type(error).__name__)
