"""What staff are told about saves of faq.yaml (bot.clinic.saves), and the watcher telling it."""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import replace

from bot.clinic import last_good
from bot.clinic.digest import weekly
from bot.clinic.reload import FaqWatcher
from bot.clinic.saves import MAX_PROBLEMS_SHOWN, Save, SaveKind, SaveLog, notice, refused, statistics_line
from bot.clinic.stats import Stats
from bot.engine import Engine
from bot.telegram.staff import chunks
from tests.support.edit import edit_file

T0 = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)


def _settle(watcher: FaqWatcher) -> None:
    """Two polls: the watcher takes a save once it has stopped changing."""
    watcher.poll()
    watcher.poll()


def _touch_later(path) -> None:
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_the_watcher_tells_each_save_live_or_refused_with_its_line(faq_copy):
    told: list[Save] = []
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine, on_save=told.append)
    edit_file(faq_copy, "Acupuncture needles are very fine", "Our needles are hair-thin")
    _settle(watcher)
    edit_file(faq_copy, "  - id: cost", "  - idd: cost")
    line = faq_copy.read_text(encoding="utf-8").splitlines().index("  - idd: cost") + 1
    _settle(watcher)

    live, broken = told
    assert notice(live).startswith(f"faq.yaml is live: {len(engine.faq.entries)} entries")
    assert broken.kind is SaveKind.REFUSED
    text = notice(broken)
    assert text.startswith("Your save was refused, the live version is unchanged:\n")
    assert text.splitlines()[1].startswith(f"faq.yaml:{line}: unknown key 'idd'")  # the error before any warning


def test_a_live_notice_counts_its_warnings_and_a_long_list_is_cut(faq_copy):
    told: list[Save] = []
    watcher = FaqWatcher(Engine.from_file(faq_copy), on_save=told.append)
    watcher.request()
    watcher.poll()
    (live,) = told
    assert len(live.problems) > MAX_PROBLEMS_SHOWN  # the frozen fixture lacks some newer required topics
    lines = notice(live).splitlines()
    assert f"{len(live.problems)} warnings" in lines[0]
    assert len(lines) == 1 + MAX_PROBLEMS_SHOWN + 1 and lines[-1].startswith(
        f"…and {len(live.problems) - MAX_PROBLEMS_SHOWN} more"
    )


def test_missing_file_and_likely_accidents_are_refused_saves_too(faq_copy):
    told: list[Save] = []
    watcher = FaqWatcher(Engine.from_file(faq_copy), on_save=told.append)
    edit_file(faq_copy, "- id: sciatic-nerve", "- id: the-sciatic-nerve")
    _settle(watcher)
    faq_copy.unlink()
    _settle(watcher)
    assert [save.kind for save in told] == [SaveKind.REFUSED, SaveKind.REFUSED]
    assert "required topic sciatic-nerve" in told[0].problems[0]
    assert told[1].problems == ("faq.yaml: cannot read the file (was it moved, renamed or deleted?)",)


def test_a_failing_listener_never_stops_a_reload(faq_copy, tmp_path, caplog):
    def broken(save: Save) -> None:
        raise RuntimeError("the staff chat is down")

    engine, record = last_good.start(faq_copy, tmp_path / "data" / "bot.sqlite3")
    record.subscribe(broken)
    watcher = FaqWatcher(engine, on_save=record.record)
    edit_file(faq_copy, "Acupuncture needles are very fine", "Our needles are hair-thin")
    _touch_later(faq_copy)
    with caplog.at_level(logging.WARNING):
        assert [watcher.poll(), watcher.poll()] == [False, True]
    assert "hair-thin" in engine.ask("does acupuncture hurt").text
    assert "could not pass on the live save (RuntimeError)" in caplog.text
    assert record.live.at >= record.started


def test_status_names_the_live_version_the_last_refusal_statistics_and_uptime(faq_copy, tmp_path):
    _, started = last_good.start(faq_copy, tmp_path / "data" / "bot.sqlite3")
    record = SaveLog(replace(started.live, at=T0))
    status = record.status(statistics_line("", False), now=T0 + dt.timedelta(days=1, hours=2, minutes=5))
    assert status.splitlines() == [
        f"Live: faq.yaml, 18 entries, 9 warnings, since 2026-12-02 09:30 UTC, version {record.live.version}",
        "Last refused save: none since the bot started",
        "Statistics: on, daily counts only, no text",
        "Up for 1 d 2 h 5 min (since 2026-12-02 09:30 UTC)",
    ]
    assert len(record.live.version) == 12
    record.record(refused(faq_copy, ["faq.yaml:12: unknown key 'idd'"], T0 + dt.timedelta(minutes=3)))
    status = record.status(statistics_line("cannot open data/bot.sqlite3 (Permission denied)", True))
    assert "Last refused save: 2026-12-02 09:33 UTC, faq.yaml:12: unknown key 'idd'\n" in status
    assert "Statistics: off: cannot open data/bot.sqlite3 (Permission denied)" in status


def test_a_start_on_a_broken_file_is_a_refusal_and_names_the_copy_served(faq_copy, tmp_path):
    db = tmp_path / "data" / "bot.sqlite3"
    _, good = last_good.start(faq_copy, db)  # keeps the good copy
    edit_file(faq_copy, "  - id: cost", "  - idd: cost")
    _, record = last_good.start(faq_copy, db)
    assert record.live.file == "faq.last-good.yaml"
    assert record.live.version == good.live.version  # the same text, the same version
    broken = record.last_refused
    assert broken is not None and broken.at_start
    assert notice(broken).startswith("The bot started while faq.yaml has mistakes, so it is serving the last good")
    assert "unknown key 'idd'" in notice(broken).splitlines()[1]


def test_the_digest_is_the_weekly_report_or_says_there_are_no_statistics(tmp_path, engine):
    db = tmp_path / "data" / "bot.sqlite3"
    assert weekly(db, engine.version.index).startswith("Weekly report: no statistics yet at bot.sqlite3")
    store = Stats.open(db)
    store.record("does acupuncture hurt", engine.ask("does acupuncture hurt"), engine.faq)
    store.close()
    text = weekly(db, engine.version.index)
    assert text.startswith("Weekly report (what `python -m bot report --since 7` prints):\n\nUnanswered questions")
    assert "answer     does-it-hurt" in text


def test_chunks_cut_between_lines_and_fit_any_line():
    text = "\n".join(["a" * 30, "b" * 30, "c" * 95, "", "d"])
    assert chunks(text, limit=64) == ["a" * 30 + "\n" + "b" * 30, "c" * 64, "c" * 31 + "\n\nd"]
    assert all(len(chunk) <= 64 for chunk in chunks(text, limit=64))
