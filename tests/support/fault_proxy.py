"""A fault-injecting HTTP proxy in front of the Bot API emulator, on 127.0.0.1.

Each Bot API method can be given a queue of faults ("500", "502", "drop", "hang",
"429", "409" (another instance polling), "echo-path" (an error quoting the URL-encoded
request path, token included), "lose-answer"); every request to that method takes the next fault, or passes
through when the queue is empty. Faults can also be switched on for a stretch of time,
or drawn at random with a given chance per request (seeded, for the chaos tests).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from urllib.parse import quote

import aiohttp
from aiohttp import web

RANDOM_FAULTS = ("500", "502", "drop", "hang", "429", "lose-answer")


@dataclass
class FaultProxy:
    upstream: str  # e.g. http://127.0.0.1:1234 (no /bot suffix)
    hang_seconds: float = 5.0
    delay: dict[str, float] = field(default_factory=dict)  # method -> seconds to hold a passing request
    faults: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))
    outage: dict[str, tuple[str, float]] = field(default_factory=dict)  # method -> (fault, until)
    seen: list[tuple[str, str]] = field(default_factory=list)  # (method, fault or "ok")
    in_flight: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    chance: dict[str, float] = field(default_factory=dict)  # method -> probability of a random fault
    seed: int = 13

    def __post_init__(self) -> None:
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._random = random.Random(self.seed)
        self._stopping = asyncio.Event()

    def inject(self, method: str, *faults: str) -> None:
        self.faults[method.lower()].extend(faults)

    def outage_for(self, method: str, fault: str, seconds: float) -> None:
        self.outage[method.lower()] = (fault, time.monotonic() + seconds)

    def count(self, method: str, fault: str = "ok") -> int:
        return sum(1 for m, f in self.seen if m == method.lower() and f == fault)

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        app = web.Application(client_max_size=10 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/bot"

    async def stop(self) -> None:
        """Abort forwards still in flight (a long poll upstream) and hangs, then close: teardown is instant."""
        self._stopping.set()
        if self._session:
            await self._session.close()
        if self._runner:
            await self._runner.shutdown()
            await self._runner.cleanup()

    def _next_fault(self, method: str) -> str:
        queued = self.faults.get(method)
        if queued:
            return queued.popleft()
        fault, until = self.outage.get(method, ("ok", 0.0))
        if time.monotonic() < until:
            return fault
        if self._random.random() < self.chance.get(method, 0.0):
            return self._random.choice(RANDOM_FAULTS)
        return "ok"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"].lower()
        fault = self._next_fault(method)
        self.seen.append((method, fault))
        body = await request.read()
        if fault == "500":
            return web.json_response(
                {"ok": False, "error_code": 500, "description": "Internal Server Error"}, status=500
            )
        if fault == "502":
            return web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html")
        if fault == "429":
            return web.json_response(
                {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                 "parameters": {"retry_after": 1}},
                status=429,
            )  # fmt: skip
        if fault == "409":
            return web.json_response(
                {"ok": False, "error_code": 409, "description": "Conflict: terminated by other getUpdates request; "
                 "make sure that only one bot instance is running"},
                status=409,
            )  # fmt: skip
        if fault == "echo-path":
            description = f"Bad Gateway: upstream failed for {quote(request.path)}"
            return web.json_response({"ok": False, "error_code": 502, "description": description}, status=502)
        if fault in ("drop", "hang"):
            if fault == "hang":
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), self.hang_seconds)
            request.transport.close()  # the connection dies with no answer
            return web.Response()
        if fault == "lose-answer":
            # Telegram did the work, but the answer never arrives
            await self._forward(request, method, body)
            request.transport.close()
            return web.Response()
        self.in_flight[method] += 1
        try:
            if method in self.delay:
                await asyncio.sleep(self.delay[method])
            status, payload, content_type = await self._forward(request, method, body)
        except aiohttp.ClientError:  # the emulator went away (a test's teardown): so does the answer
            request.transport.close()
            return web.Response()
        finally:
            self.in_flight[method] -= 1
        return web.Response(status=status, body=payload, content_type=content_type)

    async def _forward(self, request: web.Request, method: str, body: bytes) -> tuple[int, bytes, str]:
        assert self._session is not None
        url = f"{self.upstream}/bot{request.match_info['token']}/{request.match_info['method']}"
        headers = {"Content-Type": request.headers.get("Content-Type", "application/x-www-form-urlencoded")}
        async with self._session.post(url, data=body, headers=headers) as response:
            return response.status, await response.read(), response.content_type
