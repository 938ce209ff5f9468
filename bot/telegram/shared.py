"""What every handler shares through `bot_data` (set once by bot.telegram.app): the engine,
the flood guard and the double-tap guard, and the flood check itself."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from telegram import Update
from telegram.ext import ContextTypes

from bot import replies
from bot.engine import Engine
from bot.telegram.flood import FloodGuard, FloodVerdict
from bot.telegram.render import send

ENGINE = "engine"  # bot_data keys
FLOOD = "flood"
TAPS = "taps"
DOUBLE_TAP_SECONDS = 3.0  # the same button pressed again this soon is one impatient tap, not a new request


class TapGuard:
    """Remembers recent button presses in memory only, so a double tap acts once."""

    def __init__(self, window: float = DOUBLE_TAP_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._window = window
        self._clock = clock
        self._seen: dict[Hashable, float] = {}

    def first(self, key: Hashable) -> bool:
        """True unless the same press was seen within the window."""
        now = self._clock()
        self._seen = {k: t for k, t in self._seen.items() if now - t < self._window}
        if key in self._seen:
            return False
        self._seen[key] = now
        return True


def engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.application.bot_data[ENGINE]


def taps(context: ContextTypes.DEFAULT_TYPE) -> TapGuard:
    return context.application.bot_data[TAPS]


async def allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Apply the per-user flood limit; warn once, then stay quiet until the window passes."""
    user = update.effective_user
    if user is None:
        return True
    verdict = context.application.bot_data[FLOOD].check(user.id)
    if verdict is FloodVerdict.WARN and update.effective_chat:
        await send(update.effective_chat.id, replies.slow_down(), context)
    return verdict is FloodVerdict.ALLOW


def install(bot_data: dict, engine: Engine) -> None:
    """Put the shared objects where the handlers find them."""
    bot_data[ENGINE] = engine
    bot_data[FLOOD] = FloodGuard(lambda: engine.faq.limits.messages_per_minute)
    bot_data[TAPS] = TapGuard()
