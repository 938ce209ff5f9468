"""Delivery that loses nothing a patient sent: an update is confirmed to Telegram only once
it has been answered, an update python-telegram-bot cannot read is skipped by its id, and
an update delivered twice (a replayed webhook) is answered once.

python-telegram-bot confirms a batch by asking for the next one (getUpdates with a higher
offset) as soon as the batch is queued. The getUpdates transport (transport.py) holds that
next request back until every update below the new offset has been handled
(`Ledger.settle`), so a crash costs at most a batch answered twice, never one unanswered."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseUpdateProcessor, ContextTypes

from bot.telegram import reasons

log = logging.getLogger(__name__)

SETTLE_LIMIT_SECONDS = 90.0  # longest wait for a batch: a send's whole retry budget (render.py) and then some
REPLAY_MEMORY = 10_000  # update ids remembered to spot a replay; Telegram replays recent webhook updates only


class Ledger:
    """Which fetched updates are still being handled, and which were seen already."""

    def __init__(self) -> None:
        self.pending: set[int] = set()
        self._changed = asyncio.Condition()
        self._seen: set[int] = set()
        self._order: deque[int] = deque()

    def fetched(self, update_ids: list[int]) -> None:
        self.pending.update(update_ids)

    async def done(self, update_id: int) -> None:
        self.pending.discard(update_id)
        async with self._changed:
            self._changed.notify_all()

    def first_time(self, update_id: int) -> bool:
        """True the first time an update id is seen; a replay of it is False."""
        if update_id in self._seen:
            return False
        self._seen.add(update_id)
        self._order.append(update_id)
        if len(self._order) > REPLAY_MEMORY:
            self._seen.discard(self._order.popleft())
        return True

    async def settle(self, offset: int, limit: float = SETTLE_LIMIT_SECONDS) -> None:
        """Wait until no update below `offset` is still being handled (confirming them is then safe)."""

        def settled() -> bool:
            return not any(update_id < offset for update_id in self.pending)

        if settled():
            return
        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(settled), limit)
        except TimeoutError:
            stuck = sum(1 for update_id in self.pending if update_id < offset)
            log.warning("%d updates still being handled after %.0fs; confirming them anyway", stuck, limit)


class LedgerProcessor(BaseUpdateProcessor):
    """Runs updates concurrently like python-telegram-bot's default, and tells the ledger when
    each is done; a replayed update id is dropped."""

    def __init__(self, max_concurrent_updates: int, ledger: Ledger):
        super().__init__(max_concurrent_updates)
        self.ledger = ledger

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        if not self.ledger.first_time(update.update_id):
            if asyncio.iscoroutine(coroutine):
                coroutine.close()
            log.info("update %d delivered again; it was answered already", update.update_id)
            return
        try:
            await coroutine
        finally:
            await self.ledger.done(update.update_id)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


async def polling_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Errors while fetching updates (update is None): one line, no traceback; polling retries
    by itself. Errors from handling an update go on to the next error handler."""
    if update is not None:
        return
    error = context.error
    if error is None:  # python-telegram-bot always passes one; nothing to log otherwise
        return
    # the base URL holds the token; only its host and port are ever shown
    cause = reasons.why(error, context.bot.base_url, fallback=f"{type(error).__name__}: {error}")
    log.warning("polling for updates failed (%s); retrying", cause)
    raise ApplicationHandlerStop
