"""The HTTP transports under python-telegram-bot (its documented `BaseRequest` extension point):
one for getUpdates that confirms only what was handled and skips what cannot be parsed, one
for everything else that makes start-up retries visible, one log line per attempt naming the
cause (an unresolvable host, a refused connection, TLS)."""

from __future__ import annotations

import json
import logging
from collections import Counter
from typing import Any

from telegram import Update
from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

from bot.telegram import reasons
from bot.telegram.delivery import Ledger

log = logging.getLogger(__name__)

# python-telegram-bot retries these start-up calls (bootstrap_retries) but logs each failure
# at DEBUG only; an operator waiting for an unreachable Telegram should see them.
STARTUP_METHODS = frozenset({"getMe", "deleteWebhook", "setWebhook"})
SERVER_ERROR = 500  # HTTP statuses from here up are Telegram's trouble, retried


class ApiRequest(HTTPXRequest):
    """Every Bot API call but getUpdates; a failed start-up step is one WARNING line."""

    def __init__(self, **options: Any):
        super().__init__(**options)
        self.attempts: Counter[str] = Counter()

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **timeouts: Any
    ) -> tuple[int, bytes]:
        step = url.rsplit("/", 1)[-1]
        if step not in STARTUP_METHODS:
            return await super().do_request(url, method, request_data, **timeouts)
        try:
            status, payload = await super().do_request(url, method, request_data, **timeouts)
        except NetworkError as error:
            self._failed(step, reasons.why(error, url))
            raise
        if status >= SERVER_ERROR:
            self._failed(step, f"HTTP {status}")
        else:
            self.attempts[step] = 0
        return status, payload

    def _failed(self, step: str, reason: str) -> None:
        self.attempts[step] += 1
        log.warning("Telegram API not reachable (%s, attempt %d: %s); retrying", step, self.attempts[step], reason)


class UpdatesRequest(HTTPXRequest):
    """The getUpdates transport: waits for the ledger before confirming, and replaces any update
    python-telegram-bot cannot parse with a bare `{"update_id": n}` that no handler matches, so
    polling moves past it instead of fetching it again forever."""

    def __init__(self, ledger: Ledger, read_ahead: int, **options: Any):
        super().__init__(**options)
        self.ledger = ledger
        self.read_ahead = read_ahead

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **timeouts: Any
    ) -> tuple[int, bytes]:
        offset = (request_data.parameters.get("offset") if request_data else None) or 0
        if isinstance(offset, int) and offset > 0:
            await self.ledger.settle(offset)
        if request_data is not None:
            request_data = _Batch(request_data, self.read_ahead)
        status, payload = await super().do_request(url, method, request_data, **timeouts)
        if status == 200:
            payload = self._sieve(payload)
        return status, payload

    def _sieve(self, payload: bytes) -> bytes:
        try:
            body = json.loads(payload)
            updates = body["result"]
        except (ValueError, KeyError, TypeError):
            return payload  # not a getUpdates answer: python-telegram-bot reports it
        if not isinstance(updates, list):
            return payload
        changed = False
        for n, update in enumerate(updates):
            update_id = update.get("update_id") if isinstance(update, dict) else None
            if not isinstance(update_id, int):
                continue
            try:
                Update.de_json(update, None)
            except Exception as error:  # any parse failure: the shape is Telegram's, not ours
                log.warning(
                    "skipped update %d: python-telegram-bot cannot read it (%s)", update_id, type(error).__name__
                )
                updates[n] = {"update_id": update_id}
                changed = True
        self.ledger.fetched([u["update_id"] for u in updates if isinstance(u, dict) and "update_id" in u])
        return json.dumps(body).encode() if changed else payload


class _Batch(RequestData):
    """getUpdates' parameters with `limit` set (python-telegram-bot's Updater has no such option):
    a batch no bigger than what is answered at once, so a crash re-answers at most that many."""

    def __init__(self, inner: RequestData, limit: int):
        super().__init__()
        self._inner = inner
        self._limit = limit

    @property
    def parameters(self) -> dict[str, Any]:
        return {**self._inner.parameters, "limit": self._limit}

    @property
    def json_parameters(self) -> dict[str, str]:
        return {**self._inner.json_parameters, "limit": str(self._limit)}

    @property
    def multipart_data(self) -> Any:
        return self._inner.multipart_data
