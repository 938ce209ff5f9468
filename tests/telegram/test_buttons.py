"""Buttons never lose content: an answer is never edited into a menu, double taps and
"message is not modified" are harmless, a removed entry says so, browsing is not flooding."""

from __future__ import annotations

from dataclasses import replace

from bot.faq.model import Limits
from bot.replies import SORRY
from tests.conftest import RunningBot
from tests.support.emulator import NOT_MODIFIED
from tests.telegram.patient import nothing_more, replies_to

PATIENT = 1001


async def test_back_under_an_answer_opens_a_new_menu_and_keeps_the_answer(running_bot: RunningBot):
    emu = running_bot.emulator
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("does acupuncture hurt"))
    kept = answer.text
    (menu,) = await replies_to(emu, PATIENT, emu.press(answer, answer.button("⬅️")["callback_data"]))
    assert menu.text == "About acupuncture" and menu.button("Does acupuncture hurt?")
    await emu.press(menu, menu.button("Back")["callback_data"])
    await emu.wait_until(lambda: menu.edited == 1)
    assert menu.text.startswith("Pick a topic")  # a menu changes in place
    assert answer.edited == 0 and answer.text == kept and running_bot.engine.faq.clinic.phone in answer.text
    assert emu.errors == []


async def test_topics_under_the_fallback_opens_a_new_message(running_bot: RunningBot):
    emu = running_bot.emulator
    (fallback,) = await replies_to(emu, PATIENT, emu.send_text("who won the football"))
    (menu,) = await replies_to(emu, PATIENT, emu.press(fallback, fallback.button("Topics")["callback_data"]))
    assert menu.text.startswith("Pick a topic") and fallback.edited == 0


async def test_double_tap_on_a_menu_is_harmless(running_bot: RunningBot):
    emu = running_bot.emulator
    (menu,) = await replies_to(emu, PATIENT, emu.send_text("/topics"))
    data = menu.button("acupuncture")["callback_data"]
    first, second = await emu.press(menu, data), await emu.press(menu, data)
    await emu.wait_for_answer(first)
    await emu.wait_for_answer(second)
    await emu.wait_until(lambda: menu.edited == 1)
    await nothing_more(emu, PATIENT, 1)  # no "Sorry, something went wrong"
    assert menu.text == "About acupuncture"
    assert set(emu.errors) <= {f"editMessageText: {NOT_MODIFIED}"}  # at most Telegram refusing the repeat


async def test_double_tap_on_a_question_sends_the_answer_once(running_bot: RunningBot):
    emu = running_bot.emulator
    (menu,) = await replies_to(emu, PATIENT, emu.send_text("/topics"))
    await emu.press(menu, menu.button("acupuncture")["callback_data"])
    await emu.wait_until(lambda: menu.edited == 1)
    data = menu.button("Does acupuncture hurt?")["callback_data"]
    first, second = await emu.press(menu, data), await emu.press(menu, data)
    (answer,) = (await emu.wait_for_messages(PATIENT, 2))[1:]
    await emu.wait_for_answer(first)
    await emu.wait_for_answer(second)
    assert answer.text.startswith("Does acupuncture hurt?")
    await nothing_more(emu, PATIENT, 2)


async def test_an_unchanged_menu_is_not_an_error(running_bot: RunningBot):
    emu = running_bot.emulator
    (menu,) = await replies_to(emu, PATIENT, emu.send_text("/topics"))
    query = await emu.press(menu, "t:/m")  # an old keyboard's "Topics" on the topics menu itself
    await emu.wait_for_answer(query)
    await emu.wait_until(lambda: emu.errors != [])
    assert emu.errors == [f"editMessageText: {NOT_MODIFIED}"]  # Telegram refused the edit...
    await nothing_more(emu, PATIENT, 1)  # ...and the patient saw nothing go wrong
    assert all(m.text != SORRY for m in emu.sent_to(PATIENT))


async def test_a_button_for_a_removed_entry_says_so_and_offers_the_topics(running_bot: RunningBot):
    emu = running_bot.emulator
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("does acupuncture hurt"))
    related = answer.button("What happens")
    faq = running_bot.engine.faq
    running_bot.engine.swap(replace(faq, entries=tuple(e for e in faq.entries if e.id != related["callback_data"][2:])))
    (reply,) = await replies_to(emu, PATIENT, emu.press(answer, related["callback_data"]))
    assert "no longer in my list" in reply.text
    assert [b["text"] for b in reply.buttons()] == [c.title for c in faq.categories]


async def test_browsing_menus_does_not_count_against_the_flood_limit(running_bot: RunningBot):
    emu = running_bot.emulator
    faq = running_bot.engine.faq
    running_bot.engine.swap(replace(faq, limits=Limits(messages_per_minute=3)))
    (menu,) = await replies_to(emu, PATIENT, emu.send_text("/topics"))
    for n, category in enumerate(c for c in faq.categories * 4):
        await emu.press(menu, menu.button(category.title)["callback_data"])
        await emu.wait_until(lambda n=n: menu.edited == 2 * n + 1)
        await emu.press(menu, menu.button("Back")["callback_data"])
        await emu.wait_until(lambda n=n: menu.edited == 2 * n + 2)
    assert menu.edited == 2 * 3 * 4  # 24 taps, every one obeyed
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("does acupuncture hurt"))
    assert answer.text.startswith("Does acupuncture hurt?")  # and the patient can still ask


async def test_an_answer_never_offers_booking_twice(running_bot: RunningBot):
    emu = running_bot.emulator
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("what happens in a session"))
    labels = [b["text"] for b in answer.buttons()]
    assert "📞 Book" in labels and "How do I book an appointment?" not in labels  # it is in the FAQ's related list
