"""python-telegram-bot handlers: each turns one kind of update into an engine call
and sends the rendered reply. Nothing here decides what to answer, and no handler
logs what a patient wrote (it is health data)."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, InlineQueryResultArticle, InputTextMessageContent, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot import markup, replies
from bot.engine import Engine
from bot.faq import Faq
from bot.replies import Action, Reply
from bot.telegram.flood import FloodGuard, FloodVerdict
from bot.telegram.render import NO_PREVIEW, render, send

log = logging.getLogger(__name__)

INLINE_RESULTS = 5
INLINE_TITLE_CHARS = 100  # what Telegram's inline result list shows before cutting
INLINE_DESCRIPTION_CHARS = 120
INLINE_CACHE_SECONDS = 60
ENGINE = "engine"  # bot_data keys, set once by bot.telegram.app
FLOOD = "flood"


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.application.bot_data[ENGINE]


def _flood(context: ContextTypes.DEFAULT_TYPE) -> FloodGuard:
    return context.application.bot_data[FLOOD]


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Apply the per-user flood limit; warn once, then stay quiet until the window passes."""
    user = update.effective_user
    if user is None:
        return True
    verdict = _flood(context).check(user.id)
    if verdict is FloodVerdict.WARN and update.effective_chat:
        await send(update.effective_chat.id, replies.slow_down(), context)
    return verdict is FloodVerdict.ALLOW


def command(build: Callable[[Faq], Reply]) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """A handler for a command whose reply depends only on the live FAQ (/start, /book…)."""

    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await _allowed(update, context):
            await send(update.effective_chat.id, build(_engine(context).faq), context)

    return handler


def _addressed_text(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in a message, or None when a group message is not meant for the bot."""
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".lower()
    if mention in text.lower():
        return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Free text: triage, match and answer."""
    message = update.effective_message
    text = _addressed_text(message, context.bot.username, context.bot.id)
    if text is None or not await _allowed(update, context):
        return
    reply = _engine(context).ask(text)
    await send(message.chat_id, reply, context)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice and the like: say we only read text."""
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE and _addressed_text(message, context.bot.username, context.bot.id) is None:
        return
    if await _allowed(update, context):
        await send(message.chat_id, replies.only_text(), context)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: menus change in place, answers arrive as new messages."""
    query = update.callback_query
    action, _, value = (query.data or "").partition(":")
    await answer_quietly(query)
    if not await _allowed(update, context):
        return
    try:
        action = Action(action)
    except ValueError:
        action = Action.TOPICS
    reply = _engine(context).press(action, value)
    message = query.message
    if action in (Action.TOPICS, Action.CATEGORY) and isinstance(message, Message):
        await _edit_menu(message, reply)
    elif message is not None:
        await send(message.chat.id, reply, context)


async def answer_quietly(query: CallbackQuery) -> None:
    """Stop the button's spinner, best effort and once: a failed or late answer ("query is too
    old" after a restart or behind a backlog) must never cost the patient the reply itself."""
    try:
        await query.answer()
    except TelegramError as error:
        log.info("could not answer a button press (%s); replying anyway", type(error).__name__)


async def _edit_menu(message: Message, reply: Reply) -> None:
    (text, reply_markup), *_ = render(reply)
    if message.text == markup.to_plain(reply.text) and message.reply_markup == reply_markup:
        return  # pressing the same menu twice: nothing to change, and Telegram would refuse
    await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=reply_markup)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot <question> in any chat: offer the best answers to share."""
    query = update.inline_query
    found = _engine(context).search(query.query, INLINE_RESULTS)
    results = [
        InlineQueryResultArticle(
            id=reply.faq_id or f"r{n}",
            title=markup.to_plain(reply.text.split("\n", 1)[0])[:INLINE_TITLE_CHARS],
            description=markup.to_plain(reply.text.split("\n\n", 2)[1] if "\n\n" in reply.text else "")[
                :INLINE_DESCRIPTION_CHARS
            ],
            input_message_content=InputTextMessageContent(
                render(reply)[0][0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
        )
        for n, reply in enumerate(found)
    ]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure without the patient's text or identity; tell them to try again."""
    error = context.error
    log.error("error while handling an update: %s", type(error).__name__, exc_info=_safe_exc_info(error))
    if isinstance(update, Update) and update.effective_chat and not isinstance(error, Forbidden | RetryAfter):
        try:
            await context.bot.send_message(update.effective_chat.id, replies.SORRY)
        except Exception:  # the API itself may be down; the log line above is what we have
            log.warning("could not tell the user about the error")


def _safe_exc_info(error: BaseException | None) -> bool:
    # Telegram errors can quote request content; only our own bugs need a traceback.
    return error is not None and not isinstance(error, NetworkError | Forbidden | BadRequest)
