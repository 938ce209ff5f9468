"""The one place that builds the python-telegram-bot Application and wires its handlers."""

from __future__ import annotations

from telegram import BotCommand
from telegram.constants import BotDescriptionLimit
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import markup, replies
from bot.engine import Engine
from bot.telegram import handlers
from bot.telegram.flood import FloodGuard

SHORT_DESCRIPTION = "Answers common questions about sciatica and acupuncture, and how to book."
CONCURRENCY = 32
DEFAULT_TIMEOUT = 15.0  # seconds, for every Bot API request
LONG_POLL_EXTRA = 25.0  # getUpdates may be held open this much longer than a normal request
RATE_LIMIT_RETRIES = 3


async def post_init(application: Application) -> None:
    """Register the command menu and descriptions shown in Telegram."""
    faq = application.bot_data[handlers.ENGINE].faq
    await application.bot.set_my_commands(
        [BotCommand(name, command.description) for name, command in replies.COMMANDS.items()]
    )
    description = f"{faq.text('welcome')}\n\n{faq.text('disclaimer')}"
    await application.bot.set_my_description(markup.to_plain(description)[: BotDescriptionLimit.MAX_DESCRIPTION_LENGTH])
    await application.bot.set_my_short_description(
        SHORT_DESCRIPTION[: BotDescriptionLimit.MAX_SHORT_DESCRIPTION_LENGTH]
    )


def build_application(
    engine: Engine,
    token: str,
    api_base_url: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    rate_limit: bool = True,
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
        .get_updates_read_timeout(timeout + LONG_POLL_EXTRA)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    if api_base_url:
        builder = builder.base_url(api_base_url).base_file_url(api_base_url.replace("/bot", "/file/bot"))
    application = builder.build()
    application.bot_data[handlers.ENGINE] = engine
    application.bot_data[handlers.FLOOD] = FloodGuard(lambda: engine.faq.limits.messages_per_minute)
    for name, command in replies.COMMANDS.items():
        application.add_handler(CommandHandler(name, handlers.command(command.reply)))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    # Text after commands, so "/start" never reaches the matcher; edits are ignored.
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, handlers.question)
    )
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text)
    )
    application.add_error_handler(handlers.error_handler)
    return application
