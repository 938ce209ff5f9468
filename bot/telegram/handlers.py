"""python-telegram-bot handlers for messages: each turns one kind of message into an engine
call and sends the rendered reply. Nothing here decides what to answer, and no handler logs
what a patient wrote (it is health data). Buttons are in buttons.py, inline mode in inline.py."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot import conversation, markup, replies
from bot.faq import Faq
from bot.replies import Reply
from bot.telegram import shared
from bot.telegram.chat import Where, addressed, command_target, is_private, where
from bot.telegram.render import send

log = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]
# Commands whose text says "type a question", which in a group needs a mention or a reply.
GROUP_HINTED = frozenset({"start", "help"})
GROUP_HINT = "In this group, write @{bot} before your question, or reply to one of my messages."
BARE_MENTION = "Ask me after the mention, for example: @{bot} does acupuncture hurt? Or see /help."
UNKNOWN_COMMAND = "I don't know that command. Type your question in your own words, or see /help for what I can do."


async def _answer(where_to: Where, reply: Reply, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(where_to.chat_id, reply, context, reply_to=where_to.reply_to, thread_id=where_to.thread_id)


def _with_group_hint(reply: Reply, bot_username: str) -> Reply:
    return replace(reply, text=markup.join(reply.text, GROUP_HINT.format(bot=bot_username)))


def command(name: str, build: Callable[[Faq], Reply]) -> Handler:
    """A handler for /name: its reply from the live FAQ; `/start <entry-id>` opens that answer."""

    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await shared.allowed(update, context):
            return
        message = update.effective_message
        engine = shared.engine(context)
        linked = name == "start" and bool(context.args)
        reply = engine.deep_link(context.args[0]) if linked else build(engine.faq)
        group = not is_private(message)
        if group and name in GROUP_HINTED and not linked:
            reply = _with_group_hint(reply, context.bot.username)
        await _answer(where(message, quote=group), reply, context)

    return handler


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/menu and friends get the command they mean; anything else a pointer to /help."""
    message = update.effective_message
    name = command_target(message, context.bot.username)
    if name is None or not await shared.allowed(update, context):
        return
    build = conversation.command_for(name)
    reply = build(shared.engine(context).faq) if build else Reply(replies.ReplyKind.INFO, UNKNOWN_COMMAND)
    await _answer(where(message, quote=not is_private(message)), reply, context)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text, an edited message or a caption: triage, match and answer. An edit is
    answered again as a new reply quoting it, so the corrected question gets its answer."""
    message = update.effective_message
    text = addressed(message, context.bot.id, context.bot.username)
    if text is None or not await shared.allowed(update, context):
        return
    quote = not is_private(message) or update.edited_message is not None
    if text.strip():
        reply = shared.engine(context).converse(text)
    elif message.text is None:  # a photo captioned only "@thebot": nothing to read
        reply = replies.only_text()
    else:  # "@thebot" alone
        reply = Reply(replies.ReplyKind.INFO, BARE_MENTION.format(bot=context.bot.username))
    await _answer(where(message, quote=quote), reply, context)


async def contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A shared phone number: the bot cannot call back, so say how to reach the clinic."""
    message = update.effective_message
    if addressed(message, context.bot.id, context.bot.username) is None or not await shared.allowed(update, context):
        return
    reply = conversation.no_call_backs(shared.engine(context).faq)
    await _answer(where(message, quote=not is_private(message)), reply, context)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos without a caption, voice and the like: we only read text, and
    anything urgent needs 999 or A&E, not a voice note to a bot."""
    message = update.effective_message
    if addressed(message, context.bot.id, context.bot.username) is None or not await shared.allowed(update, context):
        return
    await _answer(where(message, quote=not is_private(message)), replies.only_text(), context)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure without the patient's text or identity; tell them to try again."""
    error = context.error
    if isinstance(error, Forbidden):  # the patient blocked the bot or left the group: nothing is wrong here
        log.info("reply not delivered: the user blocked the bot or the bot left the chat")
        return
    log.error("error while handling an update: %s", type(error).__name__, exc_info=_safe_exc_info(error))
    if isinstance(update, Update) and update.effective_chat and not isinstance(error, RetryAfter):
        try:
            await context.bot.send_message(update.effective_chat.id, replies.SORRY)
        except Exception:  # the API itself may be down; the log line above is what we have
            log.warning("could not tell the user about the error")


def _safe_exc_info(error: BaseException | None) -> bool:
    # Telegram errors can quote request content; only our own bugs need a traceback.
    return error is not None and not isinstance(error, NetworkError | Forbidden | BadRequest)
