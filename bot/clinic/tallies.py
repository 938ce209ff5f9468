"""What patients did with replies (bot.feedback's signals), in the statistics file: 👍/👎 and
"did you mean" picks per entry per day, answers opened by a button in `daily_counts`, and,
only when the clinic keeps unanswered text, the question behind a pick (redacted like the
rest). No user, chat or message id, name or username is in any of it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.faq import Faq
from bot.feedback import Picked, Signal, Vote, Voted

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    day TEXT NOT NULL,
    faq_id TEXT NOT NULL,
    vote TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, faq_id, vote)
);
CREATE TABLE IF NOT EXISTS picks (
    day TEXT NOT NULL,
    faq_id TEXT NOT NULL,
    offered TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, faq_id, offered)
);
CREATE TABLE IF NOT EXISTS picked_questions (
    asked_at TEXT NOT NULL,
    text TEXT NOT NULL,
    faq_id TEXT NOT NULL
);
"""
BY_DAY = ("feedback", "picks")
# daily_counts' outcome for an answer opened by a button, beside the reply kinds of typed questions.
BUTTON = "button"
OFFERED_SEPARATOR = ","


@dataclass(frozen=True, slots=True)
class Tally:
    """One signal to write, taken when it happened; a pick's question only when the clinic keeps text."""

    at: dt.datetime
    signal: Signal
    retention_days: int


def tally(signal: Signal, faq: Faq, at: dt.datetime, max_chars: int) -> Tally:
    if isinstance(signal, Picked) and signal.question is not None:
        kept = signal.question.strip()[:max_chars] if faq.privacy.record_unanswered else ""
        signal = replace(signal, question=kept or None)
    return Tally(at, signal, faq.privacy.retention_days)


def count(db: sqlite3.Connection, table: str, keys: dict[str, str]) -> None:
    """Add one to the row of `keys` in `table`, creating it at 1."""
    columns = ", ".join(keys)
    db.execute(
        f"INSERT INTO {table} ({columns}, count) VALUES ({', '.join('?' * len(keys))}, 1) "
        f"ON CONFLICT ({columns}) DO UPDATE SET count = count + 1",
        tuple(keys.values()),
    )


def write(db: sqlite3.Connection, t: Tally, keep: Callable[[str], str]) -> None:
    """A vote in `feedback`; an answer opened by a button in `daily_counts`, a pick in `picks` too,
    and its question (through `keep`, the redaction) in `picked_questions`."""
    day, s = t.at.date().isoformat(), t.signal
    if isinstance(s, Voted):
        count(db, "feedback", {"day": day, "faq_id": s.faq_id, "vote": str(s.vote)})
        return
    count(db, "daily_counts", {"day": day, "outcome": BUTTON, "faq_id": s.faq_id})
    if isinstance(s, Picked):
        count(db, "picks", {"day": day, "faq_id": s.faq_id, "offered": OFFERED_SEPARATOR.join(s.offered)})
        if s.question is not None:
            db.execute(
                "INSERT INTO picked_questions (asked_at, text, faq_id) VALUES (?, ?, ?)",
                (t.at.isoformat(timespec="seconds"), keep(s.question), s.faq_id),
            )


def prune(db: sqlite3.Connection, cutoff: dt.datetime) -> None:
    for table in BY_DAY:
        db.execute(f"DELETE FROM {table} WHERE day < ?", (cutoff.date().isoformat(),))
    db.execute("DELETE FROM picked_questions WHERE asked_at < ?", (cutoff.isoformat(timespec="seconds"),))


def votes(db: sqlite3.Connection, cutoff: dt.datetime) -> list[tuple[str, int, int]]:
    """(entry, 👍, 👎) since `cutoff`, by entry."""
    rows = db.execute(
        "SELECT faq_id, SUM(CASE WHEN vote = ? THEN count ELSE 0 END), "
        "SUM(CASE WHEN vote = ? THEN count ELSE 0 END) FROM feedback WHERE day >= ? GROUP BY faq_id",
        (str(Vote.HELPED), str(Vote.NOT_HELPED), cutoff.date().isoformat()),
    )
    return [(faq_id, helped, not_helped) for faq_id, helped, not_helped in rows]


def picks(db: sqlite3.Connection, cutoff: dt.datetime) -> list[tuple[str, tuple[str, ...], int]]:
    """(entry picked, the others offered beside it, count) since `cutoff`, most picked first."""
    rows = db.execute(
        "SELECT faq_id, offered, SUM(count) AS n FROM picks WHERE day >= ? "
        "GROUP BY faq_id, offered ORDER BY n DESC, faq_id, offered",
        (cutoff.date().isoformat(),),
    )
    return [(faq_id, tuple(filter(None, offered.split(OFFERED_SEPARATOR))), n) for faq_id, offered, n in rows]


def picked_questions(db: sqlite3.Connection, cutoff: dt.datetime) -> list[tuple[str, str]]:
    """(entry picked, the question that led to it) since `cutoff`, oldest first."""
    rows = db.execute(
        "SELECT faq_id, text FROM picked_questions WHERE asked_at >= ? ORDER BY asked_at",
        (cutoff.isoformat(timespec="seconds"),),
    )
    return [(faq_id, text) for faq_id, text in rows]
