"""The one wiring of a running bot for tests and bench: an Application polling the emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.ext import Application

from bot.engine import Engine
from bot.telegram.app import build_application, post_init

# The one bot token of the test suite and bench; shaped like a real one, so the
# process tests can prove it never reaches a log line.
TOKEN = "987654:SECRET-token-that-must-never-be-logged"


@asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    """Run a python-telegram-bot Application against the emulator for the block's length."""
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@asynccontextmanager
async def running(engine: Engine, base_url: str, **options) -> AsyncIterator[Application]:
    """The real Application for `engine`, polling `base_url`, command menu registered."""
    app = build_application(engine, TOKEN, base_url, **options)
    async with polling(app):
        await post_init(app)
        yield app
