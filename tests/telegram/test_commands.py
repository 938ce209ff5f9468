"""Commands and the words patients type instead: unknown commands point to /help, bare
command words get their command, and a deep link /start <entry-id> opens that answer."""

from __future__ import annotations

import pytest

from tests.conftest import RunningBot
from tests.support.emulator import BOT_USERNAME
from tests.telegram.patient import replies_to

PATIENT = 1001


async def test_unknown_command_points_to_help(running_bot: RunningBot):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text("/foo"))
    assert "don't know that command" in reply.text and "/help" in reply.text


@pytest.mark.parametrize(
    ("typed", "starts"),
    [("/menu", "Pick a topic"), ("menu", "Pick a topic"), ("Topics", "Pick a topic"), ("help", "Type a question"),
     ("Help!", "Type a question"), ("start", "Welcome to"), ("/Menu", "Pick a topic"), ("book", "How do I book")],
)  # fmt: skip
async def test_bare_command_words_get_their_command(running_bot: RunningBot, typed: str, starts: str):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text(typed))
    assert reply.text.startswith(starts)


async def test_a_deep_link_opens_that_answer(running_bot: RunningBot):
    emu = running_bot.emulator
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("/start pregnancy"))
    entry = running_bot.engine.faq.entry("pregnancy")
    assert answer.text.startswith(entry.question) and answer.button("📞 Book")


async def test_a_deep_link_to_an_unknown_entry_welcomes(running_bot: RunningBot):
    emu = running_bot.emulator
    (welcome,) = await replies_to(emu, PATIENT, emu.send_text("/start no-such-entry"))
    assert welcome.text.startswith("Welcome to")


async def test_an_edited_command_is_answered_again(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = await emu.send_text("/foo")
    await emu.wait_for_messages(PATIENT, 1)
    (reply,) = await replies_to(emu, PATIENT, emu.edit(sent, "/topics"))
    assert reply.text.startswith("Pick a topic")


async def test_a_deep_link_in_a_group_opens_the_answer_quoting_the_command(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = emu.send_text(f"/start@{BOT_USERNAME} pregnancy", chat_id=-5001, chat_type="group")
    (answer,) = await replies_to(emu, -5001, sent)
    assert answer.text.startswith(running_bot.engine.faq.entry("pregnancy").question)
    assert "In this group" not in answer.text and answer.reply_to is not None
