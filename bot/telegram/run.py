"""The Telegram bot as a process: logging that never shows the token, start-up that
waits out an unreachable API, live reload, heartbeat, and a clean stop on SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import signal
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.clinic import health, last_good
from bot.clinic.recorder import StatsRecorder
from bot.clinic.reload import FaqWatcher
from bot.config import ConfigError, base_url, token_from_env
from bot.engine import Engine
from bot.telegram.app import build_application, post_init

log = logging.getLogger(__name__)

WEBHOOK_PATH = "telegram"


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
    recorder = StatsRecorder(Path(args.db))  # never blocks: a broken database costs counts, not answers
    engine = last_good.start_engine(Path(args.faq), Path(args.db), recorder)  # broken faq.yaml: the last good one
    application = build_application(engine, token, base_url())
    webhook = None
    if args.webhook_url:
        secret = os.environ.get("WEBHOOK_SECRET") or secrets.token_urlsafe(32)
        webhook = {
            "listen": args.listen,
            "port": args.port,
            "url_path": WEBHOOK_PATH,
            "webhook_url": f"{args.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
            "secret_token": secret,
        }
    try:
        asyncio.run(serve(application, engine, webhook, health.heartbeat_path(Path(args.db))))
    except InvalidToken:
        log.error("Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN")
        return 1
    finally:
        recorder.close()
    return 0
