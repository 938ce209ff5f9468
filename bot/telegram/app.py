"""The one place that builds the python-telegram-bot Application and wires its handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import BotCommand
from telegram.constants import BotDescriptionLimit, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
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
from bot.telegram import buttons, delivery, handlers, inline, shared, staff, transport
from bot.telegram.render import NO_PREVIEW

log = logging.getLogger(__name__)

SHORT_DESCRIPTION = "Answers common questions about sciatica and acupuncture, and how to book."
CONCURRENCY = 32
DEFAULT_TIMEOUT = 15.0  # seconds, for every Bot API request
POLL_TIMEOUT = 10.0  # seconds Telegram holds a getUpdates open when there is nothing new
# A long poll must answer within POLL_TIMEOUT; this much more and it was lost on the way (a
# silently dropped connection would otherwise leave the bot deaf for the whole read timeout).
LONG_POLL_SLACK = 5.0
RATE_LIMIT_RETRIES = 6  # Telegram may answer 429 several times in a row; each retry waits what it asks
MENU_ATTEMPTS = 4  # setting the command menu is cosmetic: a few tries, then carry on without it
MENU_FIRST_RETRY_SECONDS = 1.0  # doubled after each failed attempt

Hook = Callable[[Application], Awaitable[None]]


async def _best_effort(step: str, call: Callable[[], Awaitable[object]]) -> None:
    """A start-up step that must never stop the bot: retried on network faults, then logged."""
    delay = MENU_FIRST_RETRY_SECONDS
    for attempt in range(1, MENU_ATTEMPTS + 1):
        try:
            await call()
            return
        except TelegramError as error:
            retryable = isinstance(error, NetworkError | RetryAfter) and not isinstance(error, BadRequest)
            if not retryable or attempt == MENU_ATTEMPTS:
                log.warning("could not %s (%s); carrying on without it", step, type(error).__name__)
                return
            await asyncio.sleep(delay)
            delay *= 2


async def post_init(application: Application) -> None:
    """Register the command menu and descriptions shown in Telegram, best effort: a patient can
    type /start without them, so a failure here is a log line, never a stopped bot."""
    faq = application.bot_data[shared.ENGINE].faq
    bot = application.bot
    commands = [BotCommand(name, command.description) for name, command in replies.COMMANDS.items()]
    description = markup.to_plain(f"{faq.text('welcome')}\n\n{faq.text('disclaimer')}")
    await _best_effort("set the command menu", lambda: bot.set_my_commands(commands))
    staff_menu = staff.menu(application, commands)  # the public menu plus /status, in the staff chat only
    if staff_menu is not None:
        await _best_effort("set the staff chat's menu", lambda: bot.set_my_commands(staff_menu[0], scope=staff_menu[1]))
    await _best_effort(
        "set the description",
        lambda: bot.set_my_description(description[: BotDescriptionLimit.MAX_DESCRIPTION_LENGTH]),
    )
    await _best_effort(
        "set the short description",
        lambda: bot.set_my_short_description(SHORT_DESCRIPTION[: BotDescriptionLimit.MAX_SHORT_DESCRIPTION_LENGTH]),
    )


def build_application(
    engine: Engine,
    token: str,
    api_base_url: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    rate_limit: bool = True,
    post_init: Hook | None = None,
    post_shutdown: Hook | None = None,
    staff_chat: staff.StaffChat | None = None,
) -> Application:
    """The one place that wires the Application: handlers in the order they must match.

    `rate_limit=False` is for the benchmark only: it measures the bot, not Telegram's 30/s.
    `post_init`/`post_shutdown` are the process's own start and stop (bot.telegram.run);
    `staff_chat` is told of saves of faq.yaml and answers /status (bot.telegram.staff)."""
    ledger = delivery.Ledger()
    updates_request = transport.UpdatesRequest(
        ledger,
        read_ahead=CONCURRENCY,  # a batch is answered all at once; a crash re-answers no more than that
        connection_pool_size=2,  # the stop-time getUpdates must not wait for a cancelled long poll's slot
        connect_timeout=timeout,
        read_timeout=LONG_POLL_SLACK,  # python-telegram-bot adds the poll timeout to this
        write_timeout=timeout,
        pool_timeout=timeout,
    )
    # Answer many patients at once, but no more than there are connections: httpcore's
    # pool gets slow when requests queue up behind a large pool.
    request = transport.ApiRequest(
        connection_pool_size=CONCURRENCY,
        connect_timeout=timeout,
        read_timeout=timeout,
        write_timeout=timeout,
        pool_timeout=timeout,
    )
    builder = (
        ApplicationBuilder()
        .token(token)
        # Every message is HTML with everything escaped (bot.markup), and no link previews.
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW))
        .concurrent_updates(delivery.LedgerProcessor(CONCURRENCY, ledger))
        .request(request)
        .get_updates_request(updates_request)
    )
    if post_init is not None:
        builder = builder.post_init(post_init)
    if post_shutdown is not None:
        builder = builder.post_shutdown(post_shutdown)
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
    staff.install(application, staff_chat)  # /chatid; /status for the staff chat only, elsewhere unknown
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
    application.add_error_handler(delivery.polling_error)  # first: polling errors stop here
    application.add_error_handler(handlers.error_handler)
    return application
