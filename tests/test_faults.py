"""Bot API faults, end to end: the Application talks to the emulator through a fault proxy."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.engine import Engine
from tests.support.emulator import Emulator
from tests.support.fault_proxy import FaultProxy
from tests.support.harness import running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def rig(emulator: Emulator, faq_copy: Path):
    """The running bot, talking to the emulator through a fault proxy with short timeouts."""
    proxy = FaultProxy(emulator.url.removesuffix("/bot"), hang_seconds=3.0)
    await proxy.start()
    engine = Engine.from_file(faq_copy)
    async with running(engine, proxy.url, timeout=1.0):
        yield emulator, proxy, engine.faq.clinic
    await proxy.stop()


async def test_get_updates_outage_then_every_message_answered(rig):
    emulator, proxy, clinic = rig
    # a stretch of several seconds in which every poll fails, one way or another
    proxy.inject("getUpdates", "502", "502", "drop", "drop", "500", "hang")
    await emulator.send_text("does it hurt", user_id=1)
    await emulator.send_text("how many sessions will I need", user_id=2)
    await asyncio.sleep(1.0)
    await emulator.send_text("is acupuncture safe", user_id=3)
    for user in (1, 2, 3):
        (reply,) = await emulator.wait_for_messages(user, 1, timeout=30)
        assert clinic.phone in reply.text
    counts = {fault: proxy.count("getUpdates", fault) for fault in ("502", "drop", "500", "hang")}
    assert counts == {"502": 2, "drop": 2, "500": 1, "hang": 1}


@pytest.mark.parametrize("faults", [("500",), ("502", "500"), ("drop",), ("hang",)])
async def test_failed_send_is_retried_and_delivered_once(rig, faults):
    emulator, proxy, _ = rig
    proxy.inject("sendMessage", *faults)
    await emulator.send_text("does it hurt", user_id=7)
    await emulator.wait_for_messages(7, 1, timeout=20)
    await asyncio.sleep(0.5)
    assert len(emulator.sent_to(7)) == 1
    assert proxy.count("sendMessage", faults[0]) == 1


async def test_lost_answer_may_duplicate_but_never_loses(rig):
    emulator, proxy, _ = rig
    proxy.inject("sendMessage", "lose-answer")
    await emulator.send_text("does it hurt", user_id=8)
    await emulator.wait_for_messages(8, 2, timeout=20)
    # the documented choice: Telegram got it, the answer was lost, the retry sends it again
    first, second = emulator.sent_to(8)[:2]
    assert first.text == second.text


async def test_429_waits_retry_after_then_delivers(rig):
    emulator, proxy, _ = rig
    proxy.inject("sendMessage", "429")
    started = time.monotonic()
    await emulator.send_text("does it hurt", user_id=9)
    (reply,) = await emulator.wait_for_messages(9, 1, timeout=20)
    assert time.monotonic() - started >= 1.0  # retry_after honoured
    assert proxy.count("sendMessage", "429") == 1 and reply.text.startswith("Does acupuncture hurt?")


async def test_four_429s_in_a_row_are_waited_out_and_the_reply_delivered_once(rig):
    emulator, proxy, _ = rig
    proxy.inject("sendMessage", "429", "429", "429", "429")
    await emulator.send_text("does it hurt", user_id=10)
    (reply,) = await emulator.wait_for_messages(10, 1, timeout=30)
    await asyncio.sleep(0.5)
    assert proxy.count("sendMessage", "429") == 4 and len(emulator.sent_to(10)) == 1
    assert reply.text.startswith("Does acupuncture hurt?")


@pytest.mark.parametrize("fault", ["500", "drop", "429"])
async def test_a_failed_callback_answer_never_costs_the_patient_their_answer(rig, fault):
    emulator, proxy, _ = rig
    await emulator.send_text("does it hurt", user_id=11)
    (answer,) = await emulator.wait_for_messages(11, 1)
    proxy.inject("answerCallbackQuery", fault)
    await emulator.press(answer, "f:how-many-sessions", user_id=11)
    _, reply = await emulator.wait_for_messages(11, 2, timeout=20)
    assert reply.text.startswith("How many sessions")
    assert not any(m.text.startswith("Sorry") for m in emulator.sent_to(11))


async def test_a_press_too_old_to_answer_still_gets_its_reply(rig):
    emulator, _, _ = rig
    await emulator.send_text("does it hurt", user_id=12)
    (answer,) = await emulator.wait_for_messages(12, 1)
    stale = {"id": "expired-query", "from": {"id": 12, "is_bot": False, "first_name": "P"}, "data": "b:"}
    stale.update(message=emulator._message_json(answer), chat_instance="ci12")  # handled after a restart
    await emulator.push({"callback_query": stale})
    _, reply = await emulator.wait_for_messages(12, 2, timeout=10)
    assert "query is too old" in " ".join(emulator.errors)
    assert not reply.text.startswith("Sorry")


async def test_a_long_poll_lost_on_the_way_costs_seconds_not_the_whole_read_timeout(rig):
    emulator, proxy, _ = rig
    proxy.hang_seconds = 14.0  # the connection stays open and silent, as a dead NAT mapping leaves it
    proxy.inject("getUpdates", "hang")
    while proxy.count("getUpdates", "hang") == 0:
        await asyncio.sleep(0.05)
    started = time.monotonic()
    await emulator.send_text("does it hurt", user_id=13)
    await emulator.wait_for_messages(13, 1, timeout=20)
    assert time.monotonic() - started < 9  # the poll's 1 s plus 5 s of slack, then a new poll


@pytest.mark.parametrize("faults", [("500",), ("502", "drop"), ("hang",), ("lose-answer",)])
async def test_a_menu_edit_that_fails_in_transit_still_shows_the_patient_the_next_menu(rig, faults):
    emulator, proxy, _ = rig
    await emulator.send_text("/topics", user_id=14)
    (menu,) = await emulator.wait_for_messages(14, 1)
    proxy.inject("editMessageText", *faults)
    await emulator.press(menu, menu.button("acupuncture")["callback_data"], user_id=14)
    await emulator.wait_until(lambda: menu.text == "About acupuncture", timeout=20)
    await asyncio.sleep(1.0)
    assert len(emulator.sent_to(14)) == 1  # changed in place: no new message, no "Sorry"
    assert proxy.count("editMessageText", faults[0]) == 1 and menu.edited == 1
