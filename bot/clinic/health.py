"""A heartbeat file for the container's HEALTHCHECK: fresh while the bot answers patients.
Cleared at start (a stale file from the last container must not pass for this one) and at
exit; a write that fails is logged once and retried at the next beat, never fatal."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from bot.faq import FaqError, load_faq

log = logging.getLogger(__name__)

BEAT_SECONDS = 15
MAX_AGE_SECONDS = 90  # six missed beats: a stuck loop, not a slow disk


def heartbeat_path(db_path: Path) -> Path:
    return db_path.parent / "heartbeat"


def beat(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{time.time():.0f}\n", encoding="ascii")


def clear(path: Path) -> None:
    """Remove the heartbeat; a file that cannot be removed is only logged."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("cannot remove the heartbeat %s (%s)", path, error.strerror or type(error).__name__)


async def keep_beating(path: Path, interval: float = BEAT_SECONDS) -> None:
    """Beat until cancelled; one log line when writing starts failing, one when it works again."""
    failing: str | None = None
    while True:
        try:
            await asyncio.to_thread(beat, path)
            if failing:
                log.info("heartbeat %s written again", path)
            failing = None
        except OSError as error:
            reason = error.strerror or type(error).__name__
            if reason != failing:
                log.warning("cannot write the heartbeat %s (%s); the health check will fail", path, reason)
            failing = reason
        await asyncio.sleep(interval)


def faq_on_disk(faq_path: Path) -> str | None:
    """None when faq.yaml can be used, else "degraded: …": the bot keeps serving the last good
    version, so this is not a failure (Docker must not restart a bot that answers)."""
    try:
        load_faq(faq_path)
    except FaqError as error:
        first = error.problems[0].format(error.path) if error.problems else error.path
        return f"degraded: {first}; the bot is serving the last good version until the file is fixed"
    return None


def check(path: Path, max_age: float = MAX_AGE_SECONDS) -> str | None:
    """None when healthy, else why not."""
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return f"no heartbeat at {path}: the bot is not running"
    if age > max_age:
        return f"heartbeat is {age:.0f}s old: the bot is stuck or stopped"
    return None
