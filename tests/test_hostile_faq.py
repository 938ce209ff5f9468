"""Hostile or accidental faq.yaml files: refused in one line, in bounded memory, by `check`
and by the live watcher, which survives every one and still takes the next valid save."""

from __future__ import annotations

import gc
import logging
import os
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot import cli
from bot.clinic.reload import FaqWatcher, shrinks
from bot.clinic.saves import Save, SaveKind
from bot.engine import Engine
from bot.faq import FaqError, load_faq
from bot.faq.schema import MAX_FILE_BYTES
from tests.conftest import FIXTURE_PATH
from tests.support.edit import edit_file

FIXTURE = FIXTURE_PATH.read_text(encoding="utf-8")
# Far under the 300 MB the issue sets, far over what an honest 1 MB file needs (about 60 MB RSS).
MAX_PEAK_BYTES = 50 * 2**20

_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def _text(content: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(content, encoding="utf-8")


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "alias": (_text(FIXTURE.replace("clinic:\n", "clinic: &c\n", 1) + "\nextra: *c\n"), "'&c' marks a value"),
    "merge key": (_text("base: &base {name: x}\nclinic:\n  <<: *base\n"), "'&base' marks a value"),
    "alias bomb": (_text(_LAUGHS), "'&a' marks a value"),
    "timestamp tag": (_text(FIXTURE.replace("clinic:\n", "when: !!timestamp notadate\nclinic:\n", 1)), "!!timestamp"),
    "python tag": (_text("clinic: !!python/object/apply:os.system ['true']\n"), "!!python/object/apply:os.system"),
    "complex key": (_text("? !!int x\n: 1\n"), "!!int"),
    "sequence key": (_text(FIXTURE + "\n? [a, b]\n: 1\n"), "a key must be plain text"),
    "deep nesting": (_text("faqs: " + "[" * 5000), "nested more than"),
    "oversized": (_text(FIXTURE + "#" * MAX_FILE_BYTES), "over 1 MB"),
    "fifo": (_fifo, "not a regular file"),
    "symlink to /dev/zero": (_dev_zero, "not a regular file"),
    "folder": (_folder, "not a regular file"),
    "not text": (lambda path: path.write_bytes(b"\xff\xfe\x00\x01" * 100), "cannot read the file"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_refuses_in_one_line_without_a_traceback(name, faq_copy, capsys):
    make, message = HOSTILE[name]
    make(faq_copy)
    tracemalloc.start()
    try:
        code = cli.main(["check", str(faq_copy)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    out, err = capsys.readouterr()
    assert code == 1
    lines = (out + err).splitlines()
    (line,) = [x for x in lines if ": warning: " not in x]  # the frozen fixture lacks some newer required topics
    assert line.startswith(f"{faq_copy}:") and message in line, lines
    assert peak < MAX_PEAK_BYTES


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_watcher_refuses_survives_and_takes_the_next_valid_save(name, faq_copy, caplog):
    engine = Engine.from_file(faq_copy)
    told: list[Save] = []  # what the staff chat would be told
    watcher = FaqWatcher(engine, on_save=told.append)
    live = engine.version
    make, message = HOSTILE[name]
    make(faq_copy)
    with caplog.at_level(logging.WARNING):
        assert [watcher.poll(), watcher.poll()] == [False, False]
    assert engine.version is live
    assert message in caplog.text and "still serving the last good version" in caplog.text
    assert all(r.exc_info is None for r in caplog.records)

    if faq_copy.is_dir():
        faq_copy.rmdir()
    else:
        faq_copy.unlink()
    faq_copy.write_text(FIXTURE.replace("Acupuncture needles are very fine", "Our needles are hair-thin"))
    assert [watcher.poll(), watcher.poll()] == [False, True]
    assert "hair-thin" in engine.ask("does acupuncture hurt").text
    assert [save.kind for save in told] == [SaveKind.REFUSED, SaveKind.LIVE]
    assert told[0].problems and all(line.startswith("faq.yaml") for line in told[0].problems)


def test_a_save_goes_live_only_once_it_stops_changing(faq_copy):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)
    live = engine.version
    edited = FIXTURE.replace("Acupuncture needles are very fine", "Our needles are hair-thin")
    half = len(edited) // 2
    with faq_copy.open("w", encoding="utf-8") as file:  # an editor writing in two goes
        file.write(edited[:half])
        file.flush()
        assert watcher.poll() is False
        file.write(edited[half:])
    assert watcher.poll() is False  # changed since the last look: not taken yet
    assert engine.version is live
    assert watcher.poll() is True  # the same size and time twice: settled
    assert "hair-thin" in engine.ask("does acupuncture hurt").text


def test_a_version_losing_most_entries_or_a_required_topic_looks_like_an_accident(faq):
    extra = tuple(replace(e, id=f"{e.id}-copy"[:40], related=()) for e in faq.entries if e.kind == "answer")
    bigger = replace(faq, entries=faq.entries + extra + tuple(replace(e, id=f"{e.id}-more"[:40]) for e in extra))
    assert shrinks(faq, faq) is None
    assert "18 entries where the live version has" in (shrinks(bigger, faq) or "")
    without = replace(faq, entries=tuple(e for e in faq.entries if e.id != "sciatic-nerve"))
    assert "required topic sciatic-nerve" in (shrinks(faq, without) or "")


def test_a_save_that_drops_a_required_topic_is_refused(faq_copy, caplog):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)
    edit_file(faq_copy, "- id: sciatic-nerve", "- id: the-sciatic-nerve")
    with caplog.at_level(logging.ERROR):
        assert [watcher.poll(), watcher.poll()] == [False, False]
    assert "required topic sciatic-nerve" in caplog.text
    assert engine.faq.entry("sciatic-nerve") is not None


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_reloads_do_not_leak(faq_copy):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)

    def reload(times: int) -> int:
        for _ in range(times):
            watcher.request()
            assert watcher.poll() is True
        gc.collect()
        return _rss_bytes()

    before = reload(5)
    after = reload(30)
    assert after - before < 4 * 2**20  # each reload kept about 0.6 MB of this FAQ before: 18 MB for these 30


def test_load_faq_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "faq.yaml"
    os.mkfifo(fifo)
    with pytest.raises(FaqError, match="not a regular file"):
        load_faq(fifo)
