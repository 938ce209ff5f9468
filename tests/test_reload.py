import logging
import os

from bot.clinic.reload import FaqWatcher
from bot.engine import Engine
from tests.support.edit import edit_file


def _touch_later(path):
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_valid_edit_goes_live_broken_edit_is_refused(faq_copy, caplog):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)
    assert watcher.poll() is False  # nothing changed
    edit_file(faq_copy, "Acupuncture needles are very fine", "Our needles are hair-thin")
    _touch_later(faq_copy)
    assert watcher.poll() is False  # seen changing: taken once it has settled
    assert watcher.poll() is True
    assert "hair-thin" in engine.ask("does acupuncture hurt").text

    live = engine.version
    faq_copy.write_text("faqs: [\n", encoding="utf-8")
    _touch_later(faq_copy)
    with caplog.at_level(logging.ERROR):
        assert [watcher.poll(), watcher.poll()] == [False, False]
    assert engine.version is live
    assert "YAML syntax" in caplog.text and "last good version" in caplog.text


def test_sighup_request_reloads_even_without_a_change(faq_copy):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)
    before = engine.version
    watcher.request()
    assert watcher.poll() is True and engine.version is not before


def test_missing_file_keeps_serving(faq_copy, caplog):
    engine = Engine.from_file(faq_copy)
    watcher = FaqWatcher(engine)
    faq_copy.unlink()
    with caplog.at_level(logging.ERROR):
        assert [watcher.poll(), watcher.poll()] == [False, False]
    assert "cannot read" in caplog.text
    assert engine.ask("does it hurt").faq_id == "does-it-hurt"
