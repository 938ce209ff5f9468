"""The Telegram bot as a process, on python-telegram-bot's own `run_polling`/`run_webhook`:
they retry start-up while Telegram is unreachable, honour SIGTERM/SIGINT at every stage and
drain replies in progress before exiting. Our own part is the hooks: the FAQ watcher, the
heartbeat and the command menu start in post_init, and stop in post_shutdown."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from telegram import Update
from telegram.error import InvalidToken
from telegram.ext import Application

from bot.clinic import digest, health, last_good, saves
from bot.clinic.recorder import StatsRecorder
from bot.clinic.reload import FaqWatcher
from bot.config import ConfigError, base_url, staff_chat_id, staff_digest, token_from_env
from bot.engine import Engine
from bot.telegram import app, logs, staff, webhook

log = logging.getLogger(__name__)

WEBHOOK_PATH = "telegram"
BOOTSTRAP_RETRIES = -1  # start-up waits out an unreachable Telegram for as long as it takes; SIGTERM still stops it
SECRET_LABEL = b"sciatica-bot webhook secret"  # HMAC message: the derived secret is the token's, for this use only
RUNNING_CHECK_SECONDS = 0.05  # how often the announcer looks whether polling or the webhook has started


def derived_secret(token: str) -> str:
    """A webhook secret that is the same on every start (so a failed second start cannot leave
    Telegram holding a secret the running instance does not know) and reveals nothing of the token."""
    return hmac.new(token.encode(), SECRET_LABEL, hashlib.sha256).hexdigest()


@dataclass
class Lifecycle:
    """What the process runs beside python-telegram-bot: the FAQ watcher, the command menu and
    the heartbeat, started in post_init and stopped in post_shutdown."""

    engine: Engine
    heartbeat: Path
    mode: str
    saves: saves.SaveLog | None = None  # with a staff chat: each save is recorded and told there
    tasks: list[asyncio.Task] = field(default_factory=list)

    async def post_init(self, application: Application) -> None:
        watcher = FaqWatcher(self.engine, on_save=self.saves.record if self.saves else None)
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, watcher.request)
        self.tasks = [
            asyncio.create_task(watcher.run(), name="faq-watcher"),
            asyncio.create_task(app.post_init(application), name="command-menu"),
            asyncio.create_task(self._announce_and_beat(application), name="heartbeat"),
        ]
        notices = staff.notices(application)
        if notices is not None:
            self.tasks.append(asyncio.create_task(notices, name="staff-notices"))
        for task in self.tasks:
            task.add_done_callback(_report_crash)

    async def _announce_and_beat(self, application: Application) -> None:
        while not (application.running and application.updater and application.updater.running):
            await asyncio.sleep(RUNNING_CHECK_SECONDS)
        log.info("bot @%s is running (%s)", application.bot.username, self.mode)
        await health.keep_beating(self.heartbeat)

    async def post_shutdown(self, application: Application) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        health.clear(self.heartbeat)
        log.info("stopped")


def _report_crash(task: asyncio.Task) -> None:
    """A background task that dies is a bug: say so at once, not silently at exit."""
    if not task.cancelled() and task.exception() is not None:
        log.error("the %s task stopped", task.get_name(), exc_info=task.exception())


def _listening_socket(host: str, port: int) -> socket.socket:
    """Bind the webhook port before Telegram is told about it: a port in use fails here, with
    one line, before setWebhook could point Telegram at a server that never started."""
    sock = socket.create_server((host, port))
    sock.setblocking(False)
    return sock


def _serve(application: Application, args: argparse.Namespace, token: str, sock: socket.socket | None) -> None:
    if sock is None:
        application.run_polling(
            timeout=app.POLL_TIMEOUT, bootstrap_retries=BOOTSTRAP_RETRIES, allowed_updates=Update.ALL_TYPES
        )
        return
    secret = os.environ.get("WEBHOOK_SECRET", "").strip() or derived_secret(token)
    webhook.configure(secret)  # the secret checked before any body is read; connections bounded
    application.run_webhook(
        unix=sock,  # python-telegram-bot serves an already bound socket as it is
        url_path=WEBHOOK_PATH,
        webhook_url=f"{args.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
        secret_token=secret,
        bootstrap_retries=BOOTSTRAP_RETRIES,
        allowed_updates=Update.ALL_TYPES,
    )


def staff_chat_for(engine: Engine, recorder: StatsRecorder, record: saves.SaveLog) -> staff.StaffChat | None:
    """The staff chat STAFF_CHAT_ID names, with the weekly digest if STAFF_DIGEST asks (both checked
    at start-up with every setting), or None."""
    chat = staff_chat_id()
    if chat is None:
        return None
    return staff.StaffChat(
        chat,
        record,
        lambda: saves.statistics_line(recorder.off, engine.faq.privacy.record_unanswered),
        (lambda: digest.weekly(recorder.path, engine.version.index)) if staff_digest() else None,
    )


def main(args: argparse.Namespace) -> int:
    """Entry point for `python -m bot` with a token."""
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the watcher takes it: a reload request, never a kill
    try:
        token = token_from_env()
        api_url = base_url()  # a URL that can never work: one line and exit 2, not a retry loop
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    logs.setup(token)
    if not token:
        print("error: set TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) to run the Telegram bot", file=sys.stderr)
        return 2
    sock = None
    if args.webhook_url:
        try:
            sock = _listening_socket(args.listen, args.port)
        except OSError as error:
            log.error("cannot listen on %s:%s for the webhook (%s)", args.listen, args.port, error.strerror or error)
            return 1
    heartbeat = health.heartbeat_path(Path(args.db))
    health.clear(heartbeat)
    recorder = StatsRecorder(Path(args.db))  # never blocks: a broken database costs counts, not answers
    engine, record = last_good.start(Path(args.faq), Path(args.db), recorder)  # broken faq.yaml: the last good one
    staff_chat = staff_chat_for(engine, recorder, record)
    mode = "webhook" if args.webhook_url else "polling"
    lifecycle = Lifecycle(engine, heartbeat, mode, staff_chat.saves if staff_chat else None)
    application = app.build_application(
        engine,
        token,
        api_url,
        post_init=lifecycle.post_init,
        post_shutdown=lifecycle.post_shutdown,
        staff_chat=staff_chat,
    )
    try:
        _serve(application, args, token, sock)
    except InvalidToken:  # 401, or 404 for a malformed token or a base URL that is not a Bot API server's
        also = f", and that TELEGRAM_BASE_URL ({api_url}) is a Bot API server" if api_url else ""
        log.error("Telegram refused the bot token (401 or 404): check TELEGRAM_BOT_TOKEN%s", also)
        return 1
    finally:
        recorder.close()
    return 0
