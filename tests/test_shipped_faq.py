"""The shipped faq.yaml itself, as the clinic last saved it: the only tests (with the eval
floors) that read the live file. They read its values, never copies of its wording."""

from bot import markup
from bot.clinic.check import check_file, overlaps
from bot.faq import REQUIRED_IDS, EntryKind
from bot.replies import ReplyKind
from tests.conftest import LIVE_FAQ_PATH


def test_shipped_file_is_valid_with_no_warnings():
    result = check_file(LIVE_FAQ_PATH)
    assert result.ok, result.lines()
    assert not [p for p in result.problems if p.warning], result.lines()


def test_every_required_topic_is_there(live_faq):
    assert set(REQUIRED_IDS) <= {e.id for e in live_faq.entries}
    assert live_faq.entry("emergency").kind == EntryKind.EMERGENCY


def test_no_phrasing_lands_on_another_entry(live_faq):
    assert overlaps(live_faq) == []


def test_every_answer_ends_with_the_files_own_booking_details(live_faq, live_engine):
    booking = markup.booking_line(live_faq.clinic.phone, live_faq.clinic.website)
    for entry in live_faq.entries:
        reply = live_engine.press("f", entry.id)
        if entry.kind == EntryKind.EMERGENCY:
            assert reply.kind is ReplyKind.EMERGENCY and booking not in reply.text
        else:
            assert reply.text.rstrip().endswith(booking), entry.id
