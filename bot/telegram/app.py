"""The Telegram adapter: python-telegram-bot handlers that render the engine's replies.

Handlers only translate: an update becomes a call to the engine, a `Reply` becomes
HTML messages and an inline keyboard. Nothing here decides what to answer.
Message text is never logged (it is health data), and neither is the token.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import secrets
import signal
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import health, markup, replies, stats
from bot.config import ConfigError, base_url, token_from_env
from bot.engine import Engine
from bot.faq import Faq
from bot.flood import FloodGuard, Verdict
from bot.reload import FaqWatcher
from bot.replies import Action, Button, Reply

log = logging.getLogger(__name__)

SHORT_DESCRIPTION = "Answers common questions about sciatica and acupuncture, and how to book."
SEND_ATTEMPTS = 4  # a reply whose send failed is retried this many times in all, with back-off
INLINE_RESULTS = 5
CONCURRENCY = 32
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # the clinic's website would preview under every answer


# ---------------------------------------------------------------- rendering


def keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    """One button per row: FAQ questions are long and phones are narrow."""
    if not buttons:
        return None
    rows = []
    for button in buttons:
        if button.action is Action.URL:
            rows.append([InlineKeyboardButton(button.label, url=button.value)])
        else:
            rows.append([InlineKeyboardButton(button.label[:64], callback_data=f"{button.action}:{button.value}")])
    return InlineKeyboardMarkup(rows)


def render(reply: Reply) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """HTML messages for one reply; the keyboard goes on the last one."""
    chunks = [markup.to_html(chunk) for chunk in markup.split(reply.text)]
    marks: list[InlineKeyboardMarkup | None] = [None] * (len(chunks) - 1) + [keyboard(reply.buttons)]
    return list(zip(chunks, marks, strict=True))


async def send(chat_id: int, reply: Reply, context: ContextTypes.DEFAULT_TYPE) -> None:
    for text, reply_markup in render(reply):
        await _send_with_retry(context, chat_id, text, reply_markup)


async def _send_with_retry(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None
) -> Message:
    """Retry sends that failed in transit. A send Telegram took but whose answer was
    lost may arrive twice: we prefer a rare duplicate to a lost medical answer."""
    delay = 0.5
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await context.bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, link_preview_options=NO_PREVIEW
            )
        except NetworkError as error:  # includes TimedOut; BadRequest too, which no retry fixes
            if isinstance(error, BadRequest) or attempt == SEND_ATTEMPTS:
                raise
            log.warning("send failed (%s), retry %d in %.1fs", type(error).__name__, attempt, delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable: the last attempt returns or raises")


# ---------------------------------------------------------------- handlers


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.application.bot_data["engine"]


def _flood(context: ContextTypes.DEFAULT_TYPE) -> FloodGuard:
    return context.application.bot_data["flood"]


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Apply the per-user flood limit; warn once, then stay quiet until the window passes."""
    user = update.effective_user
    if user is None:
        return True
    verdict = _flood(context).check(user.id)
    if verdict is Verdict.WARN and update.effective_chat:
        await send(update.effective_chat.id, replies.slow_down(), context)
    return verdict is Verdict.ALLOW


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
    await query.answer()  # exactly once, whatever happens next
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
            title=markup.to_plain(reply.text.split("\n", 1)[0])[:100],
            description=markup.to_plain(reply.text.split("\n\n", 2)[1] if "\n\n" in reply.text else "")[:120],
            input_message_content=InputTextMessageContent(
                render(reply)[0][0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
        )
        for n, reply in enumerate(found)
    ]
    await query.answer(results, cache_time=60, is_personal=False)


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


# ---------------------------------------------------------------- application


async def post_init(application: Application) -> None:
    """Register the command menu and descriptions shown in Telegram."""
    faq = application.bot_data["engine"].faq
    await application.bot.set_my_commands([BotCommand(name, text) for name, (text, _) in replies.COMMANDS.items()])
    description = f"{faq.text('welcome')}\n\n{faq.text('disclaimer')}"
    await application.bot.set_my_description(markup.to_plain(description)[:512])
    await application.bot.set_my_short_description(SHORT_DESCRIPTION[:120])


def build_application(
    engine: Engine, token: str, api_base_url: str | None = None, *, timeout: float = 15.0, rate_limit: bool = True
) -> Application:
    """The one place that wires the Application: handlers in the order they must match.

    `rate_limit=False` is for the benchmark only: it measures the bot, not Telegram's 30/s."""
    builder = (
        ApplicationBuilder()
        .token(token)
        # Answer many patients at once, but no more than there are connections: httpcore's
        # pool gets slow when requests queue up behind a large pool.
        .concurrent_updates(CONCURRENCY)
        .connection_pool_size(CONCURRENCY)
        .pool_timeout(timeout)
        .connect_timeout(timeout)
        .read_timeout(timeout)
        .write_timeout(timeout)
        .get_updates_connect_timeout(timeout)
        .get_updates_read_timeout(timeout + 25)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if api_base_url:
        builder = builder.base_url(api_base_url).base_file_url(api_base_url.replace("/bot", "/file/bot"))
    application = builder.build()
    application.bot_data["engine"] = engine
    application.bot_data["flood"] = FloodGuard(lambda: engine.faq.limits.messages_per_minute)
    for name, (_, build) in replies.COMMANDS.items():
        application.add_handler(CommandHandler(name, command(build)))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(InlineQueryHandler(inline_query))
    # Text after commands, so "/start" never reaches the matcher; edits are ignored.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, question))
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text)
    )
    application.add_error_handler(error_handler)
    return application


# ---------------------------------------------------------------- running


class TokenFilter(logging.Filter):
    """Blank the token out of every log record, whatever library wrote it."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "[token]"), None
        if record.exc_info and record.exc_info[1] and self.token in str(record.exc_info[1]):
            record.exc_info, record.exc_text = None, None
            record.msg = f"{record.msg} (details hidden: they contained the token)"
        return True


def setup_logging(token: str | None) -> None:
    level = os.environ.get("LOG_LEVEL", "INFO").upper()
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    if token:
        for handler in logging.getLogger().handlers:
            handler.addFilter(TokenFilter(token))


async def initialize_with_retry(application: Application, max_delay: float = 60.0) -> None:
    """getMe until it works: an unreachable API is waited out, a wrong token is fatal."""
    delay = 1.0
    attempt = 1
    while True:
        try:
            await application.initialize()
            return
        except InvalidToken:
            raise
        except NetworkError as error:  # TimedOut included
            log.warning(
                "Telegram API not reachable (attempt %d: %s); retrying in %.0fs", attempt, type(error).__name__, delay
            )
        await asyncio.sleep(delay)
        delay = min(delay * 2, max_delay)
        attempt += 1


async def serve(
    application: Application, engine: Engine, webhook: dict[str, Any] | None = None, heartbeat: Path | None = None
) -> None:
    """Run until SIGTERM/SIGINT; reload the FAQ on change or SIGHUP."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    watcher = FaqWatcher(engine)
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.add_signal_handler(signal.SIGHUP, watcher.request)
    await initialize_with_retry(application)
    await post_init(application)
    await application.start()
    if webhook:
        await application.updater.start_webhook(**webhook)
    else:
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
    tasks = [asyncio.create_task(watcher.run())]
    if heartbeat is not None:
        tasks.append(asyncio.create_task(health.keep_beating(heartbeat)))
    log.info("bot @%s is running (%s)", application.bot.username, "webhook" if webhook else "polling")
    await stop.wait()
    log.info("stopping: finishing replies in progress")
    for task in tasks:
        task.cancel()
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
    log.info("stopped")


def main(args: argparse.Namespace) -> int:
    """Entry point for `python -m bot` with a token."""
    try:
        token = token_from_env()
    except ConfigError as error:
        print(f"error: {error}")
        return 2
    setup_logging(token)
    if not token:
        print("error: set TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) to run the Telegram bot")
        return 2
    store = stats.Stats.open(Path(args.db))
    engine = Engine.from_file(args.faq, recorder=store.record)
    application = build_application(engine, token, base_url())
    webhook = None
    if args.webhook_url:
        secret = os.environ.get("WEBHOOK_SECRET") or secrets.token_urlsafe(32)
        webhook = {
            "listen": args.listen,
            "port": args.port,
            "url_path": "telegram",
            "webhook_url": args.webhook_url.rstrip("/") + "/telegram",
            "secret_token": secret,
        }
    try:
        asyncio.run(serve(application, engine, webhook, health.heartbeat_path(Path(args.db))))
    except InvalidToken:
        log.error("Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN")
        return 1
    finally:
        store.close()
    return 0
