"""The webhook's HTTP server: python-telegram-bot's own (tornado), chosen through tornado's
documented `HTTPServer.configure`, with a gate in front. A request without Telegram's secret
is refused on its headers alone, before a byte of its body is read, so only Telegram's
requests get even the small body limit; and connections are bounded below the process's
file limit, the least recently used idle one making room, so a crowd of idle connections
can neither exhaust the file descriptors nor keep Telegram out."""

from __future__ import annotations

import hmac
import logging
import resource
import time
from collections.abc import Awaitable
from typing import Any, cast

from tornado import httputil
from tornado.http1connection import HTTP1ServerConnection
from tornado.httpserver import HTTPServer
from tornado.iostream import IOStream, StreamClosedError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A Telegram update is a few KB (4,096 characters and their entities); tornado's default is 100 MB.
MAX_BODY_BYTES = 1024 * 1024
IDLE_SECONDS = 30.0  # Telegram never leaves a connection silent that long; tornado's default is an hour
BODY_SECONDS = 10.0  # Telegram sends an update at once; a body still trickling in after this is cut off
MAX_CONNECTIONS = 500  # Telegram opens at most 100 at once (setWebhook's max_connections): room for a proxy too
# File descriptors kept for everything else the bot opens: 34 Bot API connections, the
# database and its journal, the log, the event loop (24 in use measured after 40 patients at once).
FD_RESERVE = 64
LOG_EVERY_SECONDS = 60.0  # shed connections and refused requests: one line a minute each, however many
REFUSED = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def connection_bound(limit: int = MAX_CONNECTIONS) -> int:
    """As many connections as the file limit leaves room for beside everything else the bot opens."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return limit
    return max(1, min(limit, soft - FD_RESERVE))


def configure(secret: str) -> None:
    """Make the server python-telegram-bot creates in run_webhook a gated one."""
    HTTPServer.configure(
        GatedServer,
        secret=secret,
        max_connections=connection_bound(),
        max_body_size=MAX_BODY_BYTES,
        idle_connection_timeout=IDLE_SECONDS,
        body_timeout=BODY_SECONDS,
    )


class EveryMinute:
    """A warning logged at most once a minute, with how many times it happened since the last line."""

    def __init__(self, template: str, interval: float = LOG_EVERY_SECONDS):
        self.template = template
        self.interval = interval
        self.count = 0
        self.last = float("-inf")

    def note(self, *args: object) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        log.warning(self.template + " (logged at most once a minute)", *args, self.count)
        self.count, self.last = 0, now


class GatedServer(HTTPServer):
    """tornado's HTTPServer with the secret checked on the headers and the connections bounded."""

    def initialize(self, request_callback: Any, *, secret: str, max_connections: int, **options: Any) -> None:
        super().initialize(request_callback, **options)
        self.secret = secret.encode()
        self.max_connections = max_connections
        self.streams: dict[IOStream, bool] = {}  # least recently used first; True while Telegram's request is served
        self.shed = EveryMinute("webhook: connections over the limit of %d closed: %d")
        self.refused = EveryMinute("webhook: requests without the right secret refused: %d")

    def handle_stream(self, stream: IOStream, address: tuple) -> None:
        if len(self.streams) >= self.max_connections:
            self.shed.note(self.max_connections)
            idle = next((s for s, busy in self.streams.items() if not busy), None)
            if idle is None:  # every connection is serving Telegram: the newcomer is closed, Telegram retries
                stream.close()
                return
            del self.streams[idle]
            idle.close()
        self.streams[stream] = False
        super().handle_stream(stream, address)

    def start_request(self, server_conn: object, request_conn: httputil.HTTPConnection) -> httputil.HTTPMessageDelegate:
        stream = cast(HTTP1ServerConnection, server_conn).stream
        if self.streams.pop(stream, None) is not None:
            self.streams[stream] = False  # waiting for the next request: idle, and the most recently used
        return _Gate(self, stream, request_conn, super().start_request(server_conn, request_conn))

    def on_close(self, server_conn: object) -> None:
        self.streams.pop(cast(HTTP1ServerConnection, server_conn).stream, None)
        super().on_close(server_conn)


class _Gate(httputil.HTTPMessageDelegate):
    """One request: refused on its headers without the secret, else passed to python-telegram-bot."""

    def __init__(
        self,
        server: GatedServer,
        stream: IOStream,
        request_conn: httputil.HTTPConnection,
        inner: httputil.HTTPMessageDelegate,
    ):
        self.server, self.stream, self.request_conn, self.inner = server, stream, request_conn, inner

    def headers_received(
        self, start_line: httputil.RequestStartLine | httputil.ResponseStartLine, headers: httputil.HTTPHeaders
    ) -> Awaitable[None] | None:
        if not hmac.compare_digest(headers.get(SECRET_HEADER, "").encode(), self.server.secret):
            self.server.refused.note()
            # detach: tornado reads nothing more from this connection, so the body is never buffered
            return _refuse(cast(Any, self.request_conn).detach())
        if self.stream in self.server.streams:
            self.server.streams[self.stream] = True
        return self.inner.headers_received(start_line, headers)

    def data_received(self, chunk: bytes) -> Awaitable[None] | None:
        return self.inner.data_received(chunk)

    def finish(self) -> None:
        self.inner.finish()

    def on_connection_close(self) -> None:
        self.inner.on_connection_close()


async def _refuse(stream: IOStream) -> None:
    """A 403, then the connection closed: whatever body follows is never read."""
    try:
        await stream.write(REFUSED)
    except StreamClosedError:
        pass  # the client left first
    finally:
        stream.close()
