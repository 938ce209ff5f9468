"""Logging for the Telegram process: the token never shown, raw or URL-encoded; Telegram's
own failures as one line instead of a traceback; no update payload from the library's logs
(it holds what patients wrote)."""

from __future__ import annotations

import logging
from urllib.parse import quote

from telegram.error import TelegramError

from bot import config

HIDDEN = "[token]"
PAYLOAD_MARKER = "Received data was"  # python-telegram-bot's parse-failure lines quote the whole update


class TokenFilter(logging.Filter):
    """Blank the token, raw and URL-encoded, out of every record, whatever library wrote it."""

    def __init__(self, token: str):
        super().__init__()
        self.forms = sorted({token, quote(token, safe=""), quote(token)}, key=len, reverse=True)

    def _hide(self, text: str) -> str:
        for form in self.forms:
            text = text.replace(form, HIDDEN)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = self._hide(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        if record.exc_info and record.exc_info[1] is not None:
            details = logging.Formatter().formatException(record.exc_info)
            if self._hide(details) != details:
                record.exc_info, record.exc_text = None, None
                record.msg = f"{record.msg} (details hidden: they contained the token)"
        return True


class LibraryHygiene(logging.Filter):
    """One line for Telegram's failures (pool timeouts, Conflict, 5xx, an HTML error page): they
    are expected and retried, and their traceback says nothing an operator can act on. Update
    payloads withheld. Our own bugs keep their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        from_library = record.name.startswith("telegram")
        if isinstance(error, TelegramError) or (from_library and isinstance(error, ValueError)):
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args, record.exc_info, record.exc_text = None, None, None
        if from_library and PAYLOAD_MARKER in str(record.msg):
            record.msg, record.args = f"{str(record.msg).split(PAYLOAD_MARKER)[0]}(update withheld)", None
            record.exc_info, record.exc_text = None, None
        return True


def setup(token: str | None) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=config.log_level())
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(LibraryHygiene())
        if token:
            handler.addFilter(TokenFilter(token))
