"""Property tests: whatever a patient sends, the engine answers safely."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import markup
from bot.replies import ReplyKind
from tests.support.emulator import parse_html

# The six kinds a patient's message can get (README: `ask --json`'s kind); URGENT is the GP/111-today reply.
PATIENT_KINDS = {
    ReplyKind.ANSWER,
    ReplyKind.SUGGEST,
    ReplyKind.FALLBACK,
    ReplyKind.SMALLTALK,
    ReplyKind.EMERGENCY,
    ReplyKind.URGENT,
}
NASTY = ["<b>", "</a>", "&", "&amp;", "**", "__", "`", "\u200d", "\u200b", "\u202e", "\u0000", "\ud800",
         "👨‍👩‍👧‍👦", "🇬🇧", "ﷺ", "שלום", "مرحبا", "numb", "groin", "does it hurt", " ", "\n"]  # fmt: skip
any_unicode = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=4096)
pieces = st.lists(st.sampled_from(NASTY), max_size=200).map("".join)
messages = st.one_of(any_unicode, pieces, st.tuples(any_unicode, pieces).map("".join))


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(messages)
def test_any_message_gets_one_of_the_patient_reply_kinds(engine, text):
    reply = engine.ask(text)
    assert reply.kind in PATIENT_KINDS
    assert reply.text.strip()
    for chunk in markup.split(reply.text):
        parse_html(markup.to_html(chunk))  # Telegram would accept it


@settings(max_examples=200, deadline=2000)
@given(pieces)
def test_user_text_is_escaped_when_rendered(text):
    html = markup.to_html(text)
    assert "<" not in html.replace("<b>", "").replace("</b>", "")
    assert parse_html(html) == markup.to_plain(text)  # what was typed; only bold markers vanish


def test_longest_message_is_answered(engine):
    reply = engine.ask(("my back hurts & <b>numb</b> " * 200)[:4096])
    assert reply.kind in PATIENT_KINDS
