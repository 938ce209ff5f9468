"""Why a Bot API request failed, in words an operator can act on. python-telegram-bot says
only "NetworkError"; the real cause (the resolver, the socket, TLS) is further down the
exception chain, where httpx and httpcore left it."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

from telegram.error import TimedOut

CHAIN_LIMIT = 20  # links followed down an exception chain; real chains from httpx are about five


def _links(error: BaseException | None, depth: int = 0) -> Iterator[BaseException]:
    """The error, its causes, and the members of any exception group among them."""
    while error is not None and depth < CHAIN_LIMIT:
        yield error
        if isinstance(error, BaseExceptionGroup):
            for member in error.exceptions:
                yield from _links(member, depth + 1)
        error, depth = error.__cause__ or error.__context__, depth + 1


def _where(url: str) -> tuple[str, str]:
    """(host, host:port) of a request URL; the path holds the token and is never shown."""
    parts = urlsplit(url)
    host = parts.hostname or "the Bot API server"
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return host, host
    return host, f"{host}:{port}"


def why(error: BaseException, url: str, fallback: str | None = None) -> str:
    """One short phrase naming the cause: 'cannot resolve host X', 'X refused the connection', a
    TLS failure; else `fallback`, or the error's type."""
    host, address = _where(url)
    links = list(_links(error))
    for link in links:
        if isinstance(link, socket.gaierror):
            return f"cannot resolve host {host}"
        if isinstance(link, ssl.SSLCertVerificationError):
            return f"TLS: the certificate of {host} is not trusted ({link.verify_message})"
        if isinstance(link, ssl.SSLError):
            hint = ": is it a plain http:// server?" if link.reason == "WRONG_VERSION_NUMBER" else ""
            return f"TLS handshake with {address} failed ({link.reason or link}{hint})"
    if any(isinstance(link, ConnectionRefusedError) for link in links):
        return f"{address} refused the connection"
    if isinstance(error, TimedOut):
        return f"{address} did not answer in time"
    return fallback or type(error).__name__
