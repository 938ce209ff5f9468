"""The clinic's staff chat (STAFF_CHAT_ID): a notice after each save of faq.yaml, `/status` there
only, and `/chatid` so staff can find the id to configure without a programmer.

Patients never see any of it: `/status` is routed here only for the staff chat, so from any
other chat it falls through to the unknown-command reply exactly as before, and it is not in
the public command menu. Notices are best effort: queued without blocking the watcher's
thread, sent with the usual retries, and a failure is one log line, never a stopped bot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, Message, ReplyParameters, Update
from telegram.constants import ChatMemberStatus, MessageLimit
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, CommandHandler, ContextTypes, filters

from bot.clinic.saves import Save, SaveLog, notice
from bot.telegram import handlers, shared
from bot.telegram.chat import is_private, where
from bot.telegram.render import send_html  # the one send with retries, for text that is already HTML

log = logging.getLogger(__name__)

STAFF = "staff"  # bot_data key
STATUS = "status"
CHAT_ID = "chatid"
STATUS_DESCRIPTION = "Staff: the live FAQ, the last refused save, statistics, uptime"
DIGEST_JOB = "staff-digest"
DIGEST_AT = dt.time(8, 0, tzinfo=dt.UTC)  # before the clinic opens: 08:00 GMT, 09:00 in British Summer Time
DIGEST_WEEKDAYS = (1,)  # Mondays (python-telegram-bot counts 0 = Sunday), so the week's edits can start there
ADMINS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
CHAT_ID_REPLY = (
    "This chat's id is {id}.\n"
    "To have the bot report every save of faq.yaml here, whoever runs the bot sets "
    "STAFF_CHAT_ID={id} and restarts it. Then send /status here to see the live version."
)


@dataclass(frozen=True, slots=True)
class StaffChat:
    """The staff chat's id, the record of saves it is told about, and the statistics' state for /status."""

    chat_id: int
    saves: SaveLog
    statistics: Callable[[], str]
    digest: Callable[[], str] | None = None  # STAFF_DIGEST=weekly: the report's text, built in a thread


def _visible(text: str) -> str:
    """Plain text cut to one Telegram message, then escaped: problems quote what staff typed."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=False)


def chunks(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Plain text in messages of at most `limit` characters, cut between lines (a longer line is cut too)."""
    out: list[str] = []
    current = ""
    for line in text.splitlines():
        for piece in [line[start : start + limit] for start in range(0, len(line), limit)] or [""]:
            if current and len(current) + 1 + len(piece) > limit:
                out.append(current)
                current = piece
            else:
                current = f"{current}\n{piece}" if current else piece
    return [chunk for chunk in [*out, current] if chunk.strip()]


def install(application: Application, staff: StaffChat | None) -> None:
    """Register /chatid, and /status for the staff chat only; call before the unknown-command handler."""
    application.add_handler(CommandHandler(CHAT_ID, chat_id))
    if staff is None:
        return
    application.bot_data[STAFF] = staff
    application.add_handler(CommandHandler(STATUS, status, filters=filters.Chat(chat_id=staff.chat_id)))
    if staff.digest is None:
        return
    if application.job_queue is None:  # the job-queue extra is a dependency; only a hand-made install lacks it
        log.warning("STAFF_DIGEST=weekly needs python-telegram-bot[job-queue]; no weekly report will be sent")
        return
    application.job_queue.run_daily(weekly_digest, DIGEST_AT, days=DIGEST_WEEKDAYS, name=DIGEST_JOB)


def menu(application: Application, public: list[BotCommand]) -> tuple[list[BotCommand], BotCommandScopeChat] | None:
    """The staff chat's own command menu (the public one plus /status), or None without a staff chat."""
    staff: StaffChat | None = application.bot_data.get(STAFF)
    if staff is None:
        return None
    return [*public, BotCommand(STATUS, STATUS_DESCRIPTION)], BotCommandScopeChat(staff.chat_id)


async def _reply(message: Message, text: str, context: ContextTypes.DEFAULT_TYPE) -> None:
    to = where(message, quote=not is_private(message))
    options: dict[str, Any] = {"message_thread_id": to.thread_id} if to.thread_id else {}
    if to.reply_to is not None:
        options["reply_parameters"] = ReplyParameters(to.reply_to, allow_sending_without_reply=True)
    await send_html(context, to.chat_id, _visible(text), None, **options)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/status in the staff chat (the handler's chat filter keeps every other chat out)."""
    staff: StaffChat = context.application.bot_data[STAFF]
    await _reply(update.effective_message, staff.saves.status(staff.statistics()), context)


async def _from_admin(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    if message.sender_chat is not None and message.sender_chat.id == message.chat_id:
        return True  # an anonymous admin, posting as the group itself
    if message.from_user is None:
        return False
    try:
        member = await context.bot.get_chat_member(message.chat_id, message.from_user.id)
    except TelegramError as error:
        log.warning("could not check who sent /chatid (%s)", type(error).__name__)
        return False
    return member.status in ADMINS


async def chat_id(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/chatid: this chat's id, in a private chat or to a group's admin; anyone else in a group
    gets the unknown-command reply, as before."""
    message = update.effective_message
    if not is_private(message) and not await _from_admin(message, context):
        await handlers.unknown_command(update, context)
        return
    if await shared.allowed(update, context):
        await _reply(message, CHAT_ID_REPLY.format(id=message.chat_id), context)


def notices(application: Application) -> Coroutine[Any, Any, None] | None:
    """Subscribe the staff chat to every save; the coroutine sends the notices (None: no staff chat).

    Call it inside the running loop: the watcher's thread hands each save over without waiting."""
    staff: StaffChat | None = application.bot_data.get(STAFF)
    if staff is None:
        return None
    queue: asyncio.Queue[Save] = asyncio.Queue()  # saves are made by hand, seconds apart: it stays short
    loop = asyncio.get_running_loop()
    staff.saves.subscribe(lambda save: loop.call_soon_threadsafe(queue.put_nowait, save))
    broken = staff.saves.last_refused
    if broken is not None and broken.at_start:
        queue.put_nowait(broken)
    return _send_notices(application, staff.chat_id, queue)


async def _send_notices(application: Application, chat: int, queue: asyncio.Queue[Save]) -> None:
    context: ContextTypes.DEFAULT_TYPE = CallbackContext(application)
    while True:
        save = await queue.get()
        try:
            await send_html(context, chat, _visible(notice(save)), None)
        except Exception as error:  # TelegramError or worse: one line, and the next save is still told
            why = type(error).__name__
            log.warning("could not tell the staff chat that %s was %s (%s)", save.file, save.kind.value, why)


async def weekly_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue's weekly job: `report` for the last seven days, in as many messages as it takes."""
    staff: StaffChat = context.application.bot_data[STAFF]
    if staff.digest is None:
        return
    try:
        text = await asyncio.to_thread(staff.digest)  # SQLite and grouping: never on the event loop
        for chunk in chunks(text):
            await send_html(context, staff.chat_id, html.escape(chunk, quote=False), None)
    except Exception as error:  # one line; next week's digest is tried as usual
        log.warning("could not send the weekly report to the staff chat (%s)", type(error).__name__)
