"""Answer counts per day, 👍/👎 and "did you mean" picks per entry per day, and (only when
the clinic opts in) unanswered questions.

Nothing that identifies a person is ever written: no Telegram user id, chat id, message
id, name or username, and question text is redacted before it is stored. Rows older
than the retention period are deleted automatically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.clinic import tallies
from bot.clinic.redact import redact
from bot.clinic.tallies import Tally
from bot.faq import Faq
from bot.feedback import Signal
from bot.replies import Reply, ReplyKind

SCHEMA = """
CREATE TABLE IF NOT EXISTS daily_counts (
    day TEXT NOT NULL,
    outcome TEXT NOT NULL,
    faq_id TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL,
    PRIMARY KEY (day, outcome, faq_id)
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    text TEXT NOT NULL,
    outcome TEXT NOT NULL,
    best_guess TEXT,
    score REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS unanswered_asked_at ON unanswered (asked_at);
"""
PRUNE_EVERY_SECONDS = 3600
UNANSWERED = (ReplyKind.SUGGEST, ReplyKind.FALLBACK)
# The unanswered text kept: enough for any real question, and redaction runs on no more than this.
MAX_STORED_CHARS = 1000
# How long a write waits for another connection's lock before the count is given up.
BUSY_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Unanswered:
    asked_at: str
    text: str
    outcome: str
    best_guess: str | None
    score: float


@dataclass(frozen=True, slots=True)
class Event:
    """One reply to count, taken when it was sent; `text` only when the clinic keeps it, cut, not yet redacted."""

    at: dt.datetime
    outcome: str
    faq_id: str
    text: str | None
    best_guess: str | None
    score: float
    retention_days: int


def kept(text: str) -> str:
    """What is stored of a text already cut: redacted, and cut again (a placeholder can be longer)."""
    return redact(text)[:MAX_STORED_CHARS]


def event(text: str, reply: Reply, faq: Faq, at: dt.datetime) -> Event:
    keep = reply.kind in UNANSWERED and faq.privacy.record_unanswered and text.strip()
    return Event(
        at,
        str(reply.kind),
        reply.faq_id or "",
        text.strip()[:MAX_STORED_CHARS] if keep else None,
        reply.suggestions[0] if reply.suggestions else None,
        reply.score,
        faq.privacy.retention_days,
    )


class Stats:
    """The SQLite file: written by one thread at a time (see `recorder`), read by `report`."""

    def __init__(self, connection: sqlite3.Connection, clock: Callable[[], dt.datetime] | None = None):
        self.db = connection
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._last_prune = float("-inf")  # prune on the first record after start

    @classmethod
    def open(cls, path: Path, clock: Callable[[], dt.datetime] | None = None) -> Stats:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=BUSY_SECONDS, check_same_thread=False, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(SCHEMA + tallies.SCHEMA)
        except sqlite3.Error:
            connection.close()
            raise
        return cls(connection, clock)

    @classmethod
    def open_existing(cls, path: Path) -> Stats | None:
        return cls.open(path) if path.exists() else None

    def __enter__(self) -> Stats:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def record(self, text: str, reply: Reply, faq: Faq) -> None:
        """Count one reply now; keep the redacted text of an unanswered one if the clinic opted in."""
        self.write([event(text, reply, faq, self.clock())])

    def signal(self, signal: Signal, faq: Faq) -> None:
        """Count one vote, pick or answer opened by a button, now."""
        self.write([tallies.tally(signal, faq, self.clock(), MAX_STORED_CHARS)])

    __call__ = record  # so a Stats is itself an engine's recorder (bot.engine.Recorder)

    def write(self, events: list[Event | Tally]) -> None:
        """Write events in one transaction (all or none), then prune if an hour has passed."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for e in events:
                if isinstance(e, Tally):
                    tallies.write(self.db, e, kept)
                    continue
                tallies.count(
                    self.db, "daily_counts", {"day": e.at.date().isoformat(), "outcome": e.outcome, "faq_id": e.faq_id}
                )
                if e.text is not None:
                    self.db.execute(
                        "INSERT INTO unanswered (asked_at, text, outcome, best_guess, score) VALUES (?, ?, ?, ?, ?)",
                        (e.at.isoformat(timespec="seconds"), kept(e.text), e.outcome, e.best_guess, e.score),
                    )
            self.db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):  # the first error is the one worth reporting
                self.db.execute("ROLLBACK")
            raise
        if events and time.monotonic() - self._last_prune > PRUNE_EVERY_SECONDS:
            self.prune(events[-1].retention_days)

    def prune(self, retention_days: int) -> None:
        cutoff = self.clock() - dt.timedelta(days=retention_days)
        self.db.execute("DELETE FROM daily_counts WHERE day < ?", (cutoff.date().isoformat(),))
        tallies.prune(self.db, cutoff)
        self.db.execute("DELETE FROM unanswered WHERE asked_at < ?", (cutoff.isoformat(timespec="seconds"),))
        self._last_prune = time.monotonic()

    def unanswered(self, since_days: int) -> list[Unanswered]:
        cutoff = (self.clock() - dt.timedelta(days=since_days)).isoformat(timespec="seconds")
        rows = self.db.execute(
            "SELECT asked_at, text, outcome, best_guess, score FROM unanswered WHERE asked_at >= ? ORDER BY asked_at",
            (cutoff,),
        )
        return [Unanswered(*row) for row in rows]

    def counts(self, since_days: int) -> list[tuple[str, str, int]]:
        """(outcome, faq id, count) over the period, most asked first."""
        rows = self.db.execute(
            "SELECT outcome, faq_id, SUM(count) AS n FROM daily_counts WHERE day >= ? "
            "GROUP BY outcome, faq_id ORDER BY n DESC, outcome, faq_id",
            (self._cutoff(since_days).date().isoformat(),),
        )
        return [(outcome, faq_id, n) for outcome, faq_id, n in rows]

    def votes(self, since_days: int) -> list[tuple[str, int, int]]:
        """(entry, 👍, 👎) over the period, by entry."""
        return tallies.votes(self.db, self._cutoff(since_days))

    def picks(self, since_days: int) -> list[tuple[str, tuple[str, ...], int]]:
        """(entry picked, the others offered beside it, count) over the period, most picked first."""
        return tallies.picks(self.db, self._cutoff(since_days))

    def picked_questions(self, since_days: int) -> list[tuple[str, str]]:
        """(entry picked, the question that led to it), kept only when the clinic keeps text."""
        return tallies.picked_questions(self.db, self._cutoff(since_days))

    def _cutoff(self, since_days: int) -> dt.datetime:
        return self.clock() - dt.timedelta(days=since_days)
