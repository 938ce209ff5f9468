"""Every way a patient sends text reaches triage: typed, edited, captioned. Media without
text still points to 999 / A&E. Played as a patient would, against the emulator."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import RunningBot
from tests.telegram.patient import URGENT, is_emergency, nothing_more, replies_to

RED_FLAG = "since yesterday I can't feel anything around my bum and I can't pee"
PATIENT = 1001


async def test_typed_red_flag_gets_the_999_reply_alone(running_bot: RunningBot):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text(f"does acupuncture hurt? {RED_FLAG}"))
    assert is_emergency(reply)
    await nothing_more(emu, PATIENT, 1)


async def test_red_flag_added_by_editing_gets_the_999_reply_quoting_the_edit(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = await emu.send_text("does acupuncture hurt?")
    (answer,) = await emu.wait_for_messages(PATIENT, 1)
    assert answer.text.startswith("Does acupuncture hurt?")
    (urgent,) = await replies_to(emu, PATIENT, emu.edit(sent, f"does acupuncture hurt? {RED_FLAG}"))
    assert is_emergency(urgent)
    assert urgent.reply_to == sent["message"]["message_id"]  # the patient sees which message it answers
    assert answer.edited == 0  # the first answer stays as it was
    await nothing_more(emu, PATIENT, 2)


async def test_a_typo_fixed_by_editing_gets_the_answer(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = await emu.send_text("who won the football")
    (fallback,) = await emu.wait_for_messages(PATIENT, 1)
    assert "don't know" in fallback.text
    (answer,) = await replies_to(emu, PATIENT, emu.edit(sent, "does acupuncture hurt"))
    assert answer.text.startswith("Does acupuncture hurt?") and answer.reply_to == sent["message"]["message_id"]


@pytest.mark.parametrize("kind", ["photo", "document", "video"])
async def test_red_flag_in_a_caption_gets_the_999_reply(running_bot: RunningBot, kind: str):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_other(kind, caption=f"my MRI. {RED_FLAG}"))
    assert is_emergency(reply)
    await nothing_more(emu, PATIENT, 1)


async def test_a_question_in_a_caption_is_answered(running_bot: RunningBot):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_other("photo", caption="how many sessions will I need?"))
    assert reply.text.startswith("How many sessions")


async def test_red_flag_added_to_a_caption_by_editing(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = await emu.send_other("photo", caption="my scan")
    await emu.wait_for_messages(PATIENT, 1)
    (urgent,) = await replies_to(emu, PATIENT, emu.edit(sent, f"my scan. {RED_FLAG}"))
    assert is_emergency(urgent)


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "video", "location", "document"])
async def test_media_without_text_says_so_and_points_to_999(running_bot: RunningBot, kind: str):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_other(kind))
    assert "only read text" in reply.text
    assert "if this is urgent, call 999 or go to a&e" in reply.text.lower()
    assert reply.button("Topics")


async def test_shared_contact_is_told_the_bot_cannot_call_back(running_bot: RunningBot):
    emu = running_bot.emulator
    clinic = running_bot.engine.faq.clinic
    (reply,) = await replies_to(emu, PATIENT, emu.send_other("contact"))
    assert "can't arrange call-backs" in reply.text
    assert clinic.phone in reply.text and clinic.website in reply.text
    assert "+447700900123" not in reply.text


@pytest.mark.parametrize("text", ["call me back please", "can someone ring me?", "please phone me back"])
async def test_call_back_request_is_told_how_to_reach_the_clinic(running_bot: RunningBot, text: str):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text(text))
    assert "can't arrange call-backs" in reply.text and running_bot.engine.faq.clinic.phone in reply.text


async def test_call_back_request_with_a_red_flag_gets_the_999_reply(running_bot: RunningBot):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text(f"{RED_FLAG}, please call me back"))
    assert is_emergency(reply)


async def test_blocked_user_is_logged_at_info(running_bot: RunningBot, caplog: pytest.LogCaptureFixture):
    emu = running_bot.emulator
    emu.blocked.add(PATIENT)
    with caplog.at_level(logging.INFO, logger="bot"):
        await emu.send_text("does acupuncture hurt")
        await emu.wait_until(lambda: any("Forbidden" in e for e in emu.errors))
        await nothing_more(emu, PATIENT, 0)
    ours = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [r.levelname for r in ours] == ["INFO"] and "blocked" in ours[0].getMessage()
    assert URGENT not in ours[0].getMessage()


@pytest.mark.parametrize(("text", "expected"), [("👍", "anything else"), ("😭😭😭", "call 999")])
async def test_a_lone_emoji_gets_a_short_reply_and_distress_the_999_line(running_bot: RunningBot, text, expected):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, PATIENT, emu.send_text(text))
    assert expected in reply.text.lower() and "don't know" not in reply.text
