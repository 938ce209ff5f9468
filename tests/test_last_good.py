"""The last good FAQ on disk: kept when a version goes live, served when the bot starts with a broken file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.clinic import last_good
from bot.clinic.reload import FaqWatcher
from bot.faq import FaqError
from tests.conftest import FIXTURE_PATH
from tests.support.edit import edit_file
from tests.support.emulator import Emulator

FIXTURE = FIXTURE_PATH.read_text(encoding="utf-8")


def test_a_good_start_keeps_a_copy_beside_the_statistics(faq_copy, tmp_path):
    db = tmp_path / "data" / "bot.sqlite3"
    engine = last_good.start_engine(faq_copy, db)
    assert engine.path == faq_copy
    assert (tmp_path / "data" / "faq.last-good.yaml").read_text(encoding="utf-8") == FIXTURE


def test_each_version_that_goes_live_is_kept(faq_copy, tmp_path):
    db = tmp_path / "data" / "bot.sqlite3"
    watcher = FaqWatcher(last_good.start_engine(faq_copy, db))
    edit_file(faq_copy, "Acupuncture needles are very fine", "Our needles are hair-thin")
    assert [watcher.poll(), watcher.poll()] == [False, True]
    assert "hair-thin" in last_good.beside(db).read_text(encoding="utf-8")
    edit_file(faq_copy, "  - id: cost", "  - idd: cost")  # refused: the copy stays the last good one
    assert [watcher.poll(), watcher.poll()] == [False, False]
    assert "  - id: cost" in last_good.beside(db).read_text(encoding="utf-8")
    assert [p.name for p in last_good.beside(db).parent.iterdir()] == ["faq.last-good.yaml"]  # no temporary left


def test_a_broken_file_at_start_serves_the_last_good_version_loudly(faq_copy, tmp_path, caplog):
    db = tmp_path / "data" / "bot.sqlite3"
    last_good.start_engine(faq_copy, db)
    faq_copy.write_text("faqs: [\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        engine = last_good.start_engine(faq_copy, db)
    assert engine.ask("does acupuncture hurt").faq_id == "does-it-hurt"
    (critical,) = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert "SERVING THE LAST GOOD VERSION" in critical.getMessage()
    assert "YAML syntax" in caplog.text  # what is wrong with faq.yaml, by line

    watcher = FaqWatcher(engine)
    faq_copy.write_text(FIXTURE.replace("Acupuncture needles are very fine", "Our needles are hair-thin"))
    assert [watcher.poll(), watcher.poll()] == [False, True]  # the fixed file goes live as usual
    assert "hair-thin" in engine.ask("does acupuncture hurt").text


def test_a_broken_file_and_no_copy_is_the_files_error(faq_copy, tmp_path):
    faq_copy.write_text("faqs: [\n", encoding="utf-8")
    with pytest.raises(FaqError) as caught:
        last_good.start_engine(faq_copy, tmp_path / "data" / "bot.sqlite3")
    assert caught.value.path == str(faq_copy)


async def test_the_bot_restarted_with_a_broken_file_answers_from_the_last_good_one(
    emulator: Emulator, faq_copy: Path, tmp_path: Path
):
    from tests.test_process import BotProcess

    first = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    await first.wait_log("is running")
    assert await first.stop() == 0
    faq_copy.write_text("faqs: [\n", encoding="utf-8")  # a bad save while the bot was down

    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    await bot.answers_and_stops(emulator)
    assert "CRITICAL" in bot.output() and "SERVING THE LAST GOOD VERSION" in bot.output()
    assert "Traceback" not in bot.output()
