"""The process's log hygiene: no token in any form, Telegram's failures as one line, no payloads."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from telegram.error import Conflict, TimedOut

from bot.telegram.logs import LibraryHygiene, TokenFilter
from tests.support.harness import TOKEN


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(LibraryHygiene())
    handler.addFilter(TokenFilter(TOKEN))
    logger = logging.getLogger("telegram.ext.test-hygiene")
    logger.addHandler(handler)
    logger.propagate = False
    yield logger, out
    logger.removeHandler(handler)


def test_the_token_is_hidden_raw_and_url_encoded(captured):
    logger, out = captured
    logger.warning("failed: https://api.telegram.org/bot%s/getMe", TOKEN)
    logger.warning("Bad Gateway for /bot%s/getUpdates", quote(TOKEN, safe=""))
    text = out.getvalue()
    assert TOKEN not in text and quote(TOKEN, safe="") not in text and "SECRET" not in text
    assert text.count("[token]") == 2


def test_telegram_failures_are_one_line_with_their_reason(captured):
    logger, out = captured
    for error in (TimedOut("Pool timeout: All connections in the connection pool are occupied."), Conflict("other")):
        try:
            raise error
        except type(error):
            logger.exception("Exception happened while polling for updates.")
    lines = out.getvalue().splitlines()
    assert lines == [
        "Exception happened while polling for updates. (TimedOut: Pool timeout: All connections in the "
        "connection pool are occupied.)",
        "Exception happened while polling for updates. (Conflict: other)",
    ]


def test_our_own_bugs_keep_their_traceback(captured):
    logger, out = captured
    try:
        raise KeyError("bug")
    except KeyError:
        logger.exception("handler crashed")
    assert "Traceback" in out.getvalue()


def test_the_library_never_logs_an_update_payload(captured):
    logger, out = captured
    logger.critical("Error while parsing updates! Received data was %r", [{"text": "my back hurts, call 0770"}])
    assert "my back" not in out.getvalue() and "(update withheld)" in out.getvalue()
