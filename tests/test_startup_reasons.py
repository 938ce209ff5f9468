"""A start-up step that cannot reach Telegram names the real cause in its one log line, through
the bot's real transport over real sockets on 127.0.0.1: an unresolvable host, a refused
connection, a TLS handshake with a plain-HTTP server. Never the token."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from telegram.error import NetworkError

from bot.telegram.transport import ApiRequest
from tests.support.harness import TOKEN
from tests.support.process import free_port


@asynccontextmanager
async def plain_http_server() -> AsyncIterator[int]:
    """A server that answers anything with a plain HTTP 400, as a Bot API server without TLS does."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(64)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


async def startup_line(base: str, caplog: pytest.LogCaptureFixture) -> tuple[str, float]:
    """The warning one failed getMe logs, and how long the attempt took."""
    request = ApiRequest(connect_timeout=5, read_timeout=5)
    await request.initialize()
    started = time.monotonic()
    try:
        with caplog.at_level(logging.WARNING, logger="bot.telegram.transport"), pytest.raises(NetworkError):
            await request.do_request(f"{base}{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
    (record,) = caplog.records
    return record.getMessage(), time.monotonic() - started


async def test_a_host_that_cannot_be_resolved_is_named_and_fails_fast_offline(caplog):
    line, took = await startup_line("http://name.invalid/bot", caplog)  # .invalid never resolves (RFC 6761)
    assert line == "Telegram API not reachable (getMe, attempt 1: cannot resolve host name.invalid); retrying"
    assert took < 3


async def test_a_refused_connection_names_the_address(caplog):
    port = free_port()  # bound and released: nothing listens there
    line, _ = await startup_line(f"http://127.0.0.1:{port}/bot", caplog)
    assert line == f"Telegram API not reachable (getMe, attempt 1: 127.0.0.1:{port} refused the connection); retrying"


async def test_https_to_a_plain_http_server_is_named_a_tls_failure(caplog):
    async with plain_http_server() as port:
        line, _ = await startup_line(f"https://127.0.0.1:{port}/bot", caplog)
    assert line == (
        f"Telegram API not reachable (getMe, attempt 1: TLS handshake with 127.0.0.1:{port} failed "
        "(WRONG_VERSION_NUMBER: is it a plain http:// server?)); retrying"
    )
    assert TOKEN not in line
