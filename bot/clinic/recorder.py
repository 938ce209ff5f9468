"""Statistics off the event loop: a bounded queue drained by one writer thread.

A slow, locked, full, deleted or read-only database must cost counts, never answers.
So the engine's recorder only ever does a non-blocking put; one thread owns the SQLite
connection and writes in batches; when the queue is full the count is dropped; and each
kind of failure is logged at most once a minute, in one line with the counts it cost.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.clinic.stats import Event, Stats, event
from bot.faq import Faq
from bot.replies import Reply

log = logging.getLogger(__name__)

# About five minutes of replies at Telegram's 30 messages a second; beyond that counts are
# dropped rather than memory grown (an event is ~200 bytes, plus kept text when opted in).
QUEUE_SIZE = 10_000
# Events per transaction when the writer is behind: one commit for many counts.
BATCH = 500
# One line per kind of failure per minute: a broken disk must not write a line per message.
LOG_EVERY_SECONDS = 60.0
# An unopenable database is tried again this often (a fixed mount, a released lock).
REOPEN_SECONDS = 60.0
# At exit, how long queued counts may take to be written: well inside docker stop's 10 s.
CLOSE_SECONDS = 3.0

_STOP = None
Item = Event | threading.Event | None


class FailureLog:
    """One warning per kind of failure per interval, saying how many counts it cost."""

    def __init__(self, interval: float = LOG_EVERY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.interval = interval
        self.clock = clock
        self._last: dict[str, float] = {}
        self._lost: dict[str, int] = {}
        self._lock = threading.Lock()

    def note(self, kind: str, lost: int) -> None:
        with self._lock:
            self._lost[kind] = self._lost.get(kind, 0) + lost
            now = self.clock()
            if now - self._last.get(kind, float("-inf")) < self.interval:
                return
            self._last[kind] = now
            lost = self._lost.pop(kind)
        cost = f"; {lost} count{'s' * (lost != 1)} lost" if lost else ""
        log.warning("statistics: %s%s (logged at most once a minute)", kind, cost)


def _reason(error: BaseException) -> str:
    """The error in a few words, without a traceback (sqlite says 'database is locked')."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error) or type(error).__name__


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class StatsRecorder:
    """The engine's recorder: `recorder(text, reply, faq)` returns at once, whatever the disk does."""

    def __init__(
        self, path: Path, clock: Callable[[], dt.datetime] | None = None, queue_size: int = QUEUE_SIZE
    ) -> None:
        self.path = Path(path)
        self.failures = FailureLog()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._queue: queue.Queue[Item] = queue.Queue(queue_size)
        self._store: Stats | None = None
        self._identity: tuple[int, int] | None = None
        self._next_open = 0.0
        self._off = ""  # why statistics are off, while they are
        self._thread = threading.Thread(target=self._run, name="stats-writer", daemon=True)
        self._thread.start()

    def __call__(self, text: str, reply: Reply, faq: Faq) -> None:
        try:
            self._queue.put_nowait(event(text, reply, faq, self._clock()))
        except queue.Full:
            self.failures.note("the database is too slow or stuck; counts are being dropped", 1)

    @property
    def off(self) -> str:
        """Why statistics are not being kept just now, or "" while they are (for the staff chat's /status)."""
        return self._off

    def flush(self, timeout: float = CLOSE_SECONDS) -> bool:
        """Wait until everything queued so far is written or given up; False if that took too long."""
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self, timeout: float = CLOSE_SECONDS) -> None:
        """Write what is queued (for at most `timeout`) and stop the writer."""
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)

    # ------------------------------------------------------------ the writer thread

    def _run(self) -> None:
        self._open()  # at once, so a database that cannot be opened is reported at start-up
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            events = [item for item in batch if isinstance(item, Event)]
            if events:
                self._write(events)
            for item in batch:
                if isinstance(item, threading.Event):
                    item.set()
            if any(item is _STOP for item in batch):
                self._close_store()
                return

    def _write(self, events: list[Event]) -> None:
        store = self._open()
        if store is None:
            self.failures.note(self._off, len(events))
            return
        try:
            store.write(events)
        except Exception as error:  # any failure costs these counts, never the thread
            self.failures.note(_reason(error), len(events))

    def _open(self) -> Stats | None:
        """The open store, reopened if the file was deleted or replaced; None while it cannot be opened."""
        if self._store is not None:
            if _identity(self.path) == self._identity:
                return self._store
            log.warning("statistics: %s was deleted or replaced; starting a new one", self.path)
            self._close_store()
            self._next_open = 0.0
        if time.monotonic() < self._next_open:
            return None
        try:
            self._store = Stats.open(self.path)
        except Exception as error:
            self._next_open = time.monotonic() + REOPEN_SECONDS
            self._off = f"cannot open {self.path} ({_reason(error)}); answering without statistics"
            self.failures.note(self._off, 0)
            return None
        if self._off:
            log.info("statistics: %s is open again", self.path)
            self._off = ""
        self._identity = _identity(self.path)
        return self._store

    def _close_store(self) -> None:
        if self._store is not None:
            try:
                self._store.close()
            except Exception as error:
                log.warning("statistics: could not close %s (%s)", self.path, _reason(error))
            self._store = None
