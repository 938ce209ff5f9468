"""Rendering replies for Telegram, and the emulator's strictness the e2e tests rely on."""

import pytest
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot import markup
from bot.replies import Action, Button, Reply, ReplyKind
from bot.telegram.render import keyboard, render
from tests.support.emulator import ApiError, parse_html


def test_emulator_is_strict():
    with pytest.raises(ApiError, match="end tag"):
        parse_html("<b>bold")
    with pytest.raises(ApiError, match="Unsupported start tag"):
        parse_html("<script>x</script>")
    with pytest.raises(ApiError, match="entity"):
        parse_html("A & E")
    assert parse_html("<b>A&amp;E</b>") == "A&E"


def test_render_keyboard_callback_data_fits():
    reply = Reply(
        ReplyKind.ANSWER, "hi", (Button("x" * 200, Action.FAQ, "a" * 40), Button("Site", Action.URL, "https://x.y/"))
    )
    ((_text, markup),) = render(reply)
    rows = markup.inline_keyboard
    assert len(rows[0][0].callback_data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
    assert len(rows[0][0].text) <= 64
    assert rows[1][0].url == "https://x.y/"
    assert keyboard(()) is None


def test_engine_side_limit_is_telegrams():
    assert markup.MESSAGE_LIMIT == MessageLimit.MAX_TEXT_LENGTH
