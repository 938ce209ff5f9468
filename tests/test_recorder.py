"""Statistics off the event loop: a broken database costs counts, never answers, and logs little."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import time
from pathlib import Path

from bot.clinic.recorder import FailureLog, StatsRecorder
from bot.clinic.stats import Stats
from bot.engine import Engine
from bot.feedback import Picked, Vote, Voted
from bot.replies import Reply, ReplyKind
from tests.support.clock import FakeClock
from tests.support.emulator import Emulator
from tests.support.harness import running

START = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)
ANSWER = Reply(ReplyKind.ANSWER, "", faq_id="does-it-hurt")


def _counts(path: Path) -> list[tuple[str, str, int]]:
    with Stats.open(path, lambda: START) as store:
        return store.counts(30)


def _lock(path: Path) -> sqlite3.Connection:
    """Another connection holding the write lock, as a second process or a backup tool would."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def _no_tracebacks(caplog) -> None:
    assert all(r.exc_info is None for r in caplog.records)
    assert "Traceback" not in caplog.text


def test_counts_are_written_by_the_writer_thread(tmp_path, faq):
    recorder = StatsRecorder(tmp_path / "s.sqlite3", FakeClock(START))
    for _ in range(3):
        recorder("does it hurt", ANSWER, faq)
    assert recorder.flush()
    recorder.close()
    assert _counts(tmp_path / "s.sqlite3") == [("answer", "does-it-hurt", 3)]


def test_a_locked_database_costs_counts_not_time(tmp_path, faq, caplog):
    path = tmp_path / "s.sqlite3"
    Stats.open(path).close()
    other = _lock(path)
    recorder = StatsRecorder(path, FakeClock(START), queue_size=50)
    with caplog.at_level(logging.WARNING):
        started = time.perf_counter()
        for _ in range(2000):
            recorder("does it hurt", ANSWER, faq)
        elapsed = time.perf_counter() - started
        assert recorder.flush(timeout=10)
    assert elapsed < 0.5  # 2,000 calls, each only a put; the old code waited 5 s per call
    lines = caplog.text.splitlines()
    assert sum("database is locked" in line for line in lines) == 1
    assert sum("counts are being dropped" in line for line in lines) == 1
    _no_tracebacks(caplog)
    other.execute("ROLLBACK")
    other.close()
    recorder("does it hurt", ANSWER, faq)
    assert recorder.flush()
    recorder.close()
    assert _counts(path) == [("answer", "does-it-hurt", 1)]  # once the lock is gone, counting resumes


def test_a_database_that_cannot_be_opened_is_said_once(tmp_path, faq, caplog):
    (tmp_path / "not-a-folder").write_text("x")
    with caplog.at_level(logging.WARNING):
        recorder = StatsRecorder(tmp_path / "not-a-folder" / "s.sqlite3")
        for _ in range(100):
            recorder("does it hurt", ANSWER, faq)
        assert recorder.flush()
        recorder.close()
    (line,) = caplog.text.splitlines()
    assert "cannot open" in line and "answering without statistics" in line
    _no_tracebacks(caplog)


def test_a_deleted_database_is_started_again_and_said(tmp_path, faq, caplog):
    path = tmp_path / "s.sqlite3"
    recorder = StatsRecorder(path, FakeClock(START))
    recorder("does it hurt", ANSWER, faq)
    assert recorder.flush()
    path.unlink()
    with caplog.at_level(logging.WARNING):
        recorder("does it hurt", ANSWER, faq)
        assert recorder.flush()
    recorder.close()
    assert "was deleted or replaced" in caplog.text
    assert _counts(path) == [("answer", "does-it-hurt", 1)]


def test_one_line_per_failure_kind_per_minute(caplog):
    clock = FakeClock(0.0)
    failures = FailureLog(60, clock)
    with caplog.at_level(logging.WARNING):
        for _ in range(100):
            failures.note("database or disk is full", 1)
            failures.note("database is locked", 1)
        clock.now = 61.0
        failures.note("database or disk is full", 1)
    lines = caplog.text.splitlines()
    assert len(lines) == 3
    assert "disk is full; 100 counts lost" in lines[2]  # the 99 held back and this one


async def test_patients_are_answered_while_the_database_is_locked(emulator: Emulator, faq_copy, tmp_path):
    path = tmp_path / "s.sqlite3"
    Stats.open(path).close()
    other = _lock(path)
    recorder = StatsRecorder(path)
    engine = Engine.from_file(faq_copy, recorder=recorder)
    try:
        async with running(engine, emulator.url):
            for user in range(20):
                await emulator.send_text("does acupuncture hurt", user_id=5000 + user)

            def answered() -> int:
                return sum(bool(emulator.sent_to(5000 + u)) for u in range(20))

            with contextlib.suppress(TimeoutError):
                await emulator.wait_until(lambda: answered() == 20, timeout=10)
            assert answered() >= 19, answered()
    finally:
        other.execute("ROLLBACK")
        other.close()
        recorder.close()


async def test_the_bot_starts_without_statistics_when_the_database_cannot_be_opened(
    emulator: Emulator, faq_copy, tmp_path
):
    from tests.test_process import BotProcess

    (tmp_path / "data").write_text("a file where the data folder should be")
    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    await bot.answers_and_stops(emulator)
    lines = [line for line in bot.output().splitlines() if "statistics" in line]
    assert len(lines) == 1 and "cannot open" in lines[0] and "answering without statistics" in lines[0]


def test_votes_and_picks_go_through_the_writer_thread_too(tmp_path, faq):
    recorder = StatsRecorder(tmp_path / "s.sqlite3", FakeClock(START))
    recorder.signal(Voted("does-it-hurt", Vote.NOT_HELPED), faq)
    recorder.signal(Picked("cost", ("what-to-expect",)), faq)
    assert recorder.flush()
    recorder.close()
    with Stats.open(tmp_path / "s.sqlite3", lambda: START) as store:
        assert store.votes(30) == [("does-it-hurt", 0, 1)]
        assert store.picks(30) == [("cost", ("what-to-expect",), 1)]
