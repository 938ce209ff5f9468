"""Rendering replies for Telegram, and the emulator's strictness the e2e tests rely on."""

import pytest
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot import feedback, markup
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


def test_a_pick_with_the_longest_ids_drops_the_others_offered_to_fit():
    a, b, c = "a" * 40, "b" * 40, "c" * 40
    reply = feedback.offer_picks(
        Reply(ReplyKind.SUGGEST, "Did you mean", (Button("A", Action.FAQ, a),), suggestions=(a, b, c))
    )
    ((_, keys),) = render(reply)
    data = keys.inline_keyboard[0][0].callback_data
    assert len(data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
    assert parse_callback(data) == ("p", a, False)  # the entry itself always fits; the others did not
    short = feedback.offer_picks(
        Reply(ReplyKind.SUGGEST, "x", (Button("A", Action.FAQ, "cost"),), suggestions=("cost", b))
    )
    ((_, keys),) = render(short)
    assert keys.inline_keyboard[0][0].callback_data == f"p:cost,{b}"  # 47 bytes: kept whole


def test_did_this_help_sits_on_one_row_under_the_answer_and_fits():
    entry = "e" * 40
    reply = feedback.ask(Reply(ReplyKind.ANSWER, "A", (Button("📞 Book", Action.BOOK),), faq_id=entry))
    ((_, keys),) = render(reply)
    rows = [[b.text for b in row] for row in keys.inline_keyboard]
    assert rows == [["📞 Book"], ["👍 This helped", "👎 It didn't"]]
    assert all(
        len(b.callback_data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA for b in keys.inline_keyboard[1]
    )


def test_a_picks_reference_to_its_question_always_fits_beside_the_longest_id():
    a, b = "a" * 40, "b" * 40
    reply = feedback.offer_picks(Reply(ReplyKind.SUGGEST, "x", (Button("A", Action.FAQ, a),), suggestions=(a, b)))
    ((_, keys),) = render(feedback.refer(reply, "0123abcd"))
    data = keys.inline_keyboard[0][0].callback_data
    assert data == f"p:{a},~0123abcd" and len(data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
