"""A heartbeat file for the container's HEALTHCHECK: fresh while the main loop runs."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

BEAT_SECONDS = 15
MAX_AGE_SECONDS = 90


def heartbeat_path(db_path: Path) -> Path:
    return db_path.parent / "heartbeat"


def beat(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{time.time():.0f}\n", encoding="ascii")


async def keep_beating(path: Path) -> None:
    while True:
        await asyncio.to_thread(beat, path)
        await asyncio.sleep(BEAT_SECONDS)


def check(path: Path, max_age: float = MAX_AGE_SECONDS) -> str | None:
    """None when healthy, else why not."""
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return f"no heartbeat at {path}: the bot is not running"
    if age > max_age:
        return f"heartbeat is {age:.0f}s old: the bot is stuck or stopped"
    return None
