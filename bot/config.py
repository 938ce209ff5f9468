"""Deployment settings from the environment (the clinic's own settings live in faq.yaml)."""

from __future__ import annotations

import os
from pathlib import Path


class ConfigError(ValueError):
    """A setting is unusable; the message says which and why, in one line."""


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
    """TELEGRAM_BASE_URL, with the same meaning as python-telegram-bot's base_url."""
    return os.environ.get("TELEGRAM_BASE_URL", "").strip() or None
