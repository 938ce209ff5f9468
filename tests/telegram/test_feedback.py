"""Did this help? 👍 👎 over real HTTP: under answers only, side by side, counted once per
message in the statistics file, then taken off the keyboard; 👎 offers the clinic."""

from __future__ import annotations

import logging

from bot import feedback
from tests.conftest import RunningBot
from tests.support.emulator import Emulator, SentMessage
from tests.telegram.patient import is_emergency, nothing_more, replies_to

PATIENT = 1001
RED_FLAG = "I suddenly can't feel my bottom and can't control my bladder"


def _votes(message: SentMessage) -> list[dict]:
    return [b for b in message.buttons() if b["text"][:1] in "👍👎"]


async def _answer(emu: Emulator, text: str = "does acupuncture hurt") -> SentMessage:
    (answer,) = await replies_to(emu, PATIENT, emu.send_text(text))
    return answer


async def test_the_pair_sits_side_by_side_under_an_answer(running_bot: RunningBot):
    answer = await _answer(running_bot.emulator)
    last_row = answer.reply_markup["inline_keyboard"][-1]
    assert [b["text"] for b in last_row] == ["👍 This helped", "👎 It didn't"]
    assert [b["callback_data"] for b in last_row] == ["y:does-it-hurt", "n:does-it-hurt"]


async def test_not_under_the_999_reply_a_fallback_or_did_you_mean(running_bot: RunningBot):
    emu = running_bot.emulator
    (urgent,) = await replies_to(emu, PATIENT, emu.send_text(RED_FLAG))
    (fallback,) = await replies_to(emu, PATIENT, emu.send_text("who won the football"))
    (suggest,) = await replies_to(emu, PATIENT, emu.send_text("how long is a session"))
    assert is_emergency(urgent) and _votes(urgent) == []
    assert _votes(fallback) == [] and _votes(suggest) == [] and suggest.button("Topics")


async def test_thumbs_up_is_counted_thanked_and_taken_off_the_keyboard(running_bot: RunningBot):
    emu = running_bot.emulator
    answer = await _answer(emu)
    kept_text, others = answer.text, [b for b in answer.buttons() if b not in _votes(answer)]
    query = await emu.press(answer, answer.button("👍")["callback_data"])
    await emu.wait_until(lambda: answer.edited == 1)
    await emu.wait_for_answer(query)
    assert emu.callback_answers[query]["text"] == feedback.THANKS  # Telegram shows it over the chat
    assert _votes(answer) == [] and answer.buttons() == others and answer.text == kept_text
    await nothing_more(emu, PATIENT, 1)  # no new message for a 👍
    assert running_bot.stats.votes(30) == [("does-it-hurt", 1, 0)]
    assert emu.errors == []


async def test_thumbs_down_is_counted_and_offered_the_clinic_and_the_topics(running_bot: RunningBot):
    emu = running_bot.emulator
    answer = await _answer(emu)
    (offer,) = await replies_to(emu, PATIENT, emu.press(answer, answer.button("👎")["callback_data"]))
    assert running_bot.engine.faq.clinic.phone in offer.text and "Sorry that didn't help" in offer.text
    assert offer.button("Topics") and offer.button("website")["url"] == running_bot.engine.faq.clinic.website
    await emu.wait_until(lambda: answer.edited == 1)
    assert _votes(answer) == [] and answer.button("Book")  # the answer keeps its own buttons
    assert running_bot.stats.votes(30) == [("does-it-hurt", 0, 1)]


async def test_a_double_tap_or_both_in_a_hurry_counts_once(running_bot: RunningBot):
    emu = running_bot.emulator
    answer = await _answer(emu)
    up, down = answer.button("👍")["callback_data"], answer.button("👎")["callback_data"]
    queries = [await emu.press(answer, up), await emu.press(answer, up), await emu.press(answer, down)]
    for query in queries:
        await emu.wait_for_answer(query)  # every press stops its spinner
    await emu.wait_until(lambda: answer.edited >= 1)
    await nothing_more(emu, PATIENT, 1)
    assert running_bot.stats.votes(30) == [("does-it-hurt", 1, 0)]
    assert emu.errors == []


async def test_each_answer_gets_its_own_vote(running_bot: RunningBot):
    emu = running_bot.emulator
    first, second = await _answer(emu), await _answer(emu, "what is sciatica")
    await emu.press(first, first.button("👍")["callback_data"])
    await emu.press(second, second.button("👎")["callback_data"])
    await emu.wait_until(lambda: first.edited == 1 and second.edited == 1)
    await emu.wait_for_messages(PATIENT, 3)
    assert sorted(running_bot.stats.votes(30)) == [("does-it-hurt", 1, 0), ("what-is-sciatica", 0, 1)]


async def test_a_picked_suggestion_is_counted_and_its_answer_asks_too(running_bot: RunningBot):
    emu = running_bot.emulator
    (suggest,) = await replies_to(emu, PATIENT, emu.send_text("how long is a session"))
    pick = suggest.button("How many sessions")
    assert pick["callback_data"].startswith("p:how-many-sessions,")
    (answer,) = await replies_to(emu, PATIENT, emu.press(suggest, pick["callback_data"]))
    assert answer.text.startswith("How many sessions") and _votes(answer)
    (picked,) = running_bot.stats.picks(30)
    assert picked[0] == "how-many-sessions" and set(picked[1]) == {"what-to-expect", "cost"}
    assert ("button", "how-many-sessions", 1) in running_bot.stats.counts(30)


async def test_an_answer_opened_from_the_topic_menu_is_counted_and_asks(running_bot: RunningBot):
    emu = running_bot.emulator
    (menu,) = await replies_to(emu, PATIENT, emu.send_text("/topics"))
    await emu.press(menu, menu.button("acupuncture")["callback_data"])
    await emu.wait_until(lambda: menu.edited == 1)
    (answer,) = await replies_to(emu, PATIENT, emu.press(menu, menu.button("Does acupuncture hurt?")["callback_data"]))
    assert _votes(answer)
    assert running_bot.stats.counts(30) == [("button", "does-it-hurt", 1)]


async def test_when_telegram_refuses_to_take_the_pair_off_the_vote_still_counts(running_bot: RunningBot, caplog):
    caplog.set_level(logging.INFO, logger="bot.telegram.feedback")
    emu = running_bot.emulator
    answer = await _answer(emu)
    del emu.messages[(answer.chat_id, answer.message_id)]  # Telegram no longer lets the bot edit it
    query = await emu.press(answer, answer.button("👍")["callback_data"])
    await emu.wait_for_answer(query)
    await emu.wait_until(lambda: emu.errors != [])
    assert emu.errors == ["editMessageReplyMarkup: Bad Request: message to edit not found"]
    await nothing_more(emu, PATIENT, 1)  # no "Sorry, something went wrong"
    assert running_bot.stats.votes(30) == [("does-it-hurt", 1, 0)]
    assert "could not take the feedback buttons off an answer (BadRequest)" in caplog.text
    assert "Traceback" not in caplog.text
