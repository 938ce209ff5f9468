"""Rendering replies for Telegram, and the emulator's strictness the e2e tests rely on."""

import pytest
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot import markup
from bot.replies import Action, Button, Reply, ReplyKind
from bot.telegram.render import keyboard, parse_callback, render
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


def test_menu_buttons_carry_their_origin_and_old_buttons_still_parse():
    menu = Reply(ReplyKind.INFO, "Pick", (Button("Sciatica", Action.CATEGORY, "sciatica"),), menu=True)
    answer = Reply(ReplyKind.ANSWER, "A", (Button("Sciatica", Action.CATEGORY, "sciatica"),))
    ((_, on_menu),) = render(menu)
    ((_, under_answer),) = render(answer)
    assert parse_callback(on_menu.inline_keyboard[0][0].callback_data) == ("c", "sciatica", True)
    assert parse_callback(under_answer.inline_keyboard[0][0].callback_data) == ("c", "sciatica", False)
    assert parse_callback("f:does-it-hurt") == ("f", "does-it-hurt", False)  # sent before this version
    longest = Reply(ReplyKind.INFO, "x", (Button("x", Action.CATEGORY, "a" * 40),), menu=True)
    ((_, keys),) = render(longest)
    assert len(keys.inline_keyboard[0][0].callback_data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
