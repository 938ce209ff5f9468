import datetime as dt
import sqlite3
from dataclasses import replace

from bot.clinic.stats import MAX_STORED_CHARS, Stats
from bot.clinic.tallies import BUTTON
from bot.faq import Privacy
from bot.feedback import Opened, Picked, Vote, Voted
from bot.replies import Reply, ReplyKind
from tests.support.clock import FakeClock

START = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


def test_counts_always_text_only_when_switched_on(tmp_path, faq):
    clock = FakeClock(START)
    store = Stats.open(tmp_path / "s.sqlite3", clock)
    store.record("does it hurt", Reply(ReplyKind.ANSWER, "", faq_id="does-it-hurt"), faq)
    store.record("parking? mail me at a@b.co.uk", Reply(ReplyKind.FALLBACK, ""), faq)
    assert store.unanswered(30) == []  # privacy by default
    on = replace(faq, privacy=Privacy(record_unanswered=True, retention_days=90))
    store.record("parking? mail me at a@b.co.uk", Reply(ReplyKind.FALLBACK, "", score=12.0), on)
    (row,) = store.unanswered(30)
    assert row.text == "parking? mail me at [email]" and row.outcome == "fallback"
    assert ("answer", "does-it-hurt", 1) in store.counts(30) and ("fallback", "", 2) in store.counts(30)
    store.close()


def test_retention_prunes_old_rows(tmp_path, faq):
    clock = FakeClock(START)
    on = replace(faq, privacy=Privacy(record_unanswered=True, retention_days=90))
    store = Stats.open(tmp_path / "s.sqlite3", clock)
    store.record("old question", Reply(ReplyKind.FALLBACK, ""), on)
    clock.now += dt.timedelta(days=91)
    store.prune(90)
    db = sqlite3.connect(tmp_path / "s.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM unanswered").fetchone() == (0,)
    assert db.execute("SELECT COUNT(*) FROM daily_counts").fetchone() == (0,)
    store.close()


def test_unanswered_text_is_cut_to_the_stored_length_then_redacted(tmp_path, faq):
    on = replace(faq, privacy=Privacy(record_unanswered=True, retention_days=90))
    store = Stats.open(tmp_path / "s.sqlite3", FakeClock(START))
    long = "ring 07700 900123 about parking " + "MK9 3AB " * 400 + "tail 01908 123456"
    store.record(long, Reply(ReplyKind.FALLBACK, ""), on)
    (row,) = store.unanswered(30)
    assert row.text.startswith("ring [number] about parking [postcode]")
    assert len(row.text) <= MAX_STORED_CHARS and "tail" not in row.text  # cut before redaction: bounded work
    store.close()


def test_votes_and_picks_are_counted_per_entry_per_day_and_pruned(tmp_path, faq):
    clock = FakeClock(START)
    store = Stats.open(tmp_path / "s.sqlite3", clock)
    for signal in (Voted("cost", Vote.HELPED), Voted("cost", Vote.NOT_HELPED), Voted("cost", Vote.NOT_HELPED)):
        store.signal(signal, faq)
    store.signal(Picked("cost", ("what-to-expect", "how-many-sessions")), faq)
    store.signal(Opened("cost"), faq)
    db = sqlite3.connect(tmp_path / "s.sqlite3")
    assert sorted(db.execute("SELECT * FROM feedback")) == [
        ("2026-11-21", "cost", "helped", 1),
        ("2026-11-21", "cost", "not_helped", 2),
    ]
    assert db.execute("SELECT * FROM picks").fetchall() == [
        ("2026-11-21", "cost", "what-to-expect,how-many-sessions", 1)
    ]
    assert store.counts(30) == [(BUTTON, "cost", 2)]  # the pick opened the answer too
    assert store.votes(30) == [("cost", 1, 2)]
    assert store.picks(30) == [("cost", ("what-to-expect", "how-many-sessions"), 1)]
    clock.now += dt.timedelta(days=91)
    store.prune(90)
    for table in ("daily_counts", "feedback", "picks"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table
    store.close()


def test_a_statistics_file_from_before_votes_gets_the_new_tables(tmp_path, faq):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE daily_counts (day TEXT NOT NULL, outcome TEXT NOT NULL, faq_id TEXT NOT NULL "
                "DEFAULT '', count INTEGER NOT NULL, PRIMARY KEY (day, outcome, faq_id))")  # fmt: skip
    old.execute("INSERT INTO daily_counts VALUES ('2026-11-20', 'answer', 'cost', 4)")
    old.commit()
    old.close()
    with Stats.open(path, FakeClock(START)) as store:
        assert store.votes(30) == [] and store.picks(30) == []
        store.signal(Voted("cost", Vote.HELPED), faq)
        assert store.votes(30) == [("cost", 1, 0)] and store.counts(30) == [("answer", "cost", 4)]
