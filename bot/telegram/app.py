"""The one place that builds the python-telegram-bot Application and wires its handlers."""

from __future__ import annotations

from telegram import BotCommand
from telegram.constants import BotDescriptionLimit, ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import markup, replies
from bot.engine import Engine
from bot.telegram import buttons, handlers, inline, shared
from bot.telegram.render import NO_PREVIEW

SHORT_DESCRIPTION = "Answers common questions about sciatica and acupuncture, and how to book."
CONCURRENCY = 32
DEFAULT_TIMEOUT = 15.0  # seconds, for every Bot API request
LONG_POLL_EXTRA = 25.0  # getUpdates may be held open this much longer than a normal request
RATE_LIMIT_RETRIES = 3


async def post_init(application: Application) -> None:
    """Register the command menu and descriptions shown in Telegram."""
    faq = application.bot_data[shared.ENGINE].faq
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
        # Every message is HTML with everything escaped (bot.markup), and no link previews.
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW))
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
    shared.install(application.bot_data, engine)
    # One group: the first handler that matches an update wins, so the order matters.
    # Commands first (new or edited), then any other /word, so no command reaches the matcher.
    for name, command in replies.COMMANDS.items():
        application.add_handler(CommandHandler(name, handlers.command(name, command.reply)))
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    application.add_handler(CallbackQueryHandler(buttons.button))
    application.add_handler(InlineQueryHandler(inline.inline_query))
    # Text a patient typed, edited or wrote as a caption: all of it goes through triage.
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGES & (filters.TEXT | filters.CAPTION), handlers.question)
    )
    # New messages only: a moving live location arrives as a stream of edits.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.CONTACT, handlers.contact))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL, handlers.not_text))
    application.add_error_handler(handlers.error_handler)
    return application
