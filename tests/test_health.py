"""The heartbeat: survives a failed write, comes back when the disk does, cleared on request."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.clinic import health


async def test_the_heartbeat_survives_failed_writes(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    path = tmp_path / "heartbeat"
    path.mkdir()  # writing a file where a directory stands fails, as a read-only or full disk would
    task = asyncio.create_task(health.keep_beating(path, interval=0.01))
    await asyncio.sleep(0.1)
    assert not task.done()
    path.rmdir()
    await asyncio.sleep(0.1)
    task.cancel()
    assert health.check(path) is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "cannot write the heartbeat" in warnings[0].getMessage()  # once, not per beat


def test_clear_removes_a_stale_heartbeat_and_tolerates_none(tmp_path: Path):
    path = tmp_path / "heartbeat"
    health.beat(path)
    assert health.check(path) is None
    health.clear(path)
    health.clear(path)
    assert health.check(path) is not None


def test_health_says_degraded_but_passes_while_a_broken_faq_is_on_disk(tmp_path: Path, faq_copy: Path, capsys):
    from bot.cli import main

    db = tmp_path / "data" / "bot.sqlite3"
    health.beat(health.heartbeat_path(db))
    assert main(["--faq", str(faq_copy), "--db", str(db), "health"]) == 0
    assert capsys.readouterr().out == "healthy\n"
    faq_copy.write_text("faqs: [\n", encoding="utf-8")
    assert main(["--faq", str(faq_copy), "--db", str(db), "health"]) == 0  # still answering: no restart
    out = capsys.readouterr().out
    assert out.startswith(f"degraded: {faq_copy}:") and "serving the last good version" in out
    health.clear(health.heartbeat_path(db))
    assert main(["--faq", str(faq_copy), "--db", str(db), "health"]) == 1
