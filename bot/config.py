"""Deployment settings from the environment (the clinic's own settings live in faq.yaml).

Every setting is checked before any command runs, so a typo is one line naming the
variable and what it should be, never a traceback from deep inside a library.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from urllib.parse import urlsplit


class ConfigError(ValueError):
    """A setting is unusable; the message says which and why, in one line."""


DEFAULT_PORT = 8443
BASE_URL_EXAMPLE = "https://api.telegram.org/bot"  # python-telegram-bot's default, shown in errors
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DIGEST_CHOICES = ("off", "weekly")
CHAT_ID = re.compile(r"-?[0-9]{1,20}")  # Telegram's chat ids: groups are negative, "-100…" for supergroups


def token_from_env() -> str | None:
    """The bot token from TELEGRAM_BOT_TOKEN, or from the file TELEGRAM_BOT_TOKEN_FILE names."""
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if token:
        return token
    path = os.environ.get("TELEGRAM_BOT_TOKEN_FILE", "").strip()
    if not path:
        return None
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(f"TELEGRAM_BOT_TOKEN_FILE: cannot read {path} ({error.strerror})") from None
    if not token:
        raise ConfigError(f"TELEGRAM_BOT_TOKEN_FILE: {path} is empty")
    return token


def base_url() -> str | None:
    """TELEGRAM_BASE_URL, with the same meaning as python-telegram-bot's base_url, checked: a URL
    that can never work is one line at start-up, never retried for ever."""
    raw = os.environ.get("TELEGRAM_BASE_URL", "").strip()
    if not raw:
        return None
    problem = _url_problem(raw)
    if problem:
        raise ConfigError(f"TELEGRAM_BASE_URL={raw!r} {problem}, such as {BASE_URL_EXAMPLE}")
    return raw


def _url_problem(url: str) -> str | None:
    if any(char.isspace() or not char.isprintable() for char in url):
        return "has a space or an invisible character in it"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it raises ValueError on a port that is not a number in range
    except ValueError as error:
        return f"is not a valid URL ({error})"
    if "://" not in url:
        return (
            f"needs // after {parts.scheme}:"
            if parts.scheme in ("http", "https")
            else "needs http:// or https:// at the start"
        )
    if parts.scheme.lower() not in ("http", "https"):
        return f"should start with http:// or https://, not {parts.scheme}://"
    if not parts.hostname:
        return "has no host name after the //"
    if not (parts.path.endswith("/bot") or "{token}" in url):
        return "should end in /bot (the token is added straight after it)"
    return None


def webhook_port() -> int:
    """WEBHOOK_PORT as a port number (default 8443)."""
    raw = os.environ.get("WEBHOOK_PORT", "").strip()
    if not raw:
        return DEFAULT_PORT
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(f"WEBHOOK_PORT={raw!r} should be a port number from 1 to 65535, such as {DEFAULT_PORT}")
    return int(raw)


def log_level() -> str:
    """LOG_LEVEL as one of logging's level names (default INFO)."""
    raw = os.environ.get("LOG_LEVEL", "").strip() or "INFO"
    if raw.upper() not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL={raw!r} should be one of {', '.join(LOG_LEVELS)}")
    return logging.getLevelName(logging.getLevelName(raw.upper()))


def staff_chat_id() -> int | None:
    """STAFF_CHAT_ID: the Telegram chat that is told about every save of faq.yaml (None: no staff chat)."""
    raw = os.environ.get("STAFF_CHAT_ID", "").strip()
    if not raw:
        return None
    if not CHAT_ID.fullmatch(raw):
        raise ConfigError(
            f"STAFF_CHAT_ID={raw!r} should be a chat id, a whole number such as -1001234567890 "
            "(send /chatid to the bot in the staff chat to see it)"
        )
    return int(raw)


def staff_digest() -> bool:
    """STAFF_DIGEST: `weekly` sends `report` for the last seven days to the staff chat; `off` (the default) does not."""
    raw = os.environ.get("STAFF_DIGEST", "").strip() or "off"
    if raw.lower() not in DIGEST_CHOICES:
        raise ConfigError(f"STAFF_DIGEST={raw!r} should be {' or '.join(DIGEST_CHOICES)}")
    weekly = raw.lower() == "weekly"
    if weekly and staff_chat_id() is None:
        raise ConfigError("STAFF_DIGEST=weekly needs STAFF_CHAT_ID, the chat the digest goes to")
    return weekly


def check_environment() -> None:
    """Every setting every command reads; raise ConfigError on the first unusable one."""
    webhook_port()
    log_level()
    staff_chat_id()
    staff_digest()
