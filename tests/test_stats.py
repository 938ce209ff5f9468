import datetime as dt
import sqlite3
from dataclasses import replace

from bot.clinic.stats import MAX_STORED_CHARS, Stats
from bot.faq import Privacy
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
