"""Chaos: the real `python -m bot` through the fault proxy, as patients would see it.
Random faults (on menu edits too), a SIGKILL mid-burst and a SIGTERM with a backlog; each test prints its
figures (run with -s) and asserts what a patient sees: answered, at worst twice."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.process import BotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.process]

FAULTY = ("getupdates", "sendmessage", "answercallbackquery")
QUESTION = "does acupuncture hurt"
FIRST_USER = 10_000  # a user per message, so no one reaches the flood limit


def answered(emulator: Emulator, users: Iterable[int]) -> int:
    return sum(1 for user in users if emulator.sent_to(user))


async def wait_answered(emulator: Emulator, users: list[int], count: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while (done := answered(emulator, users)) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return done


async def burst(emulator: Emulator, size: int) -> dict[int, int]:
    """`size` patients each send one question; user id -> update id."""
    users = range(FIRST_USER, FIRST_USER + size)
    return {user: (await emulator.send_text(QUESTION, user_id=user))["update_id"] for user in users}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("chance", [0.15, 0.30])
async def test_random_faults_lose_no_message_and_no_press(emulator, proxy, chance, faq_copy: Path, tmp_path: Path):
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    try:
        await bot.wait_log("is running")
        proxy.chance = dict.fromkeys(FAULTY, chance)
        ids = await burst(emulator, 60)
        users = list(ids)
        assert await wait_answered(emulator, users, len(users), timeout=20) == len(users)
        pressers = users[:40]
        for user in pressers:
            await emulator.press(emulator.sent_to(user)[0], "f:does-it-hurt", user_id=user)
        deadline = time.monotonic() + 20
        while sum(len(emulator.sent_to(u)) >= 2 for u in pressers) < len(pressers) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
    finally:
        code = await bot.stop()
    faults = sum(1 for method, fault in proxy.seen if method in FAULTY and fault != "ok")
    sorry = sum(1 for m in emulator.sent if m.text.startswith("Sorry"))
    lost_presses = sum(1 for u in pressers if len(emulator.sent_to(u)) < 2)
    print(f"\nchaos p={chance}: {faults} faults; messages lost {len(users) - answered(emulator, users)}/60, "
          f"presses lost {lost_presses}/40, 'Sorry' replies {sorry}")  # fmt: skip
    assert code == 0
    assert answered(emulator, users) == len(users) and lost_presses == 0 and sorry == 0
    assert faults >= 50 * chance  # the faults really happened: the three methods carry well over 50 requests
    assert "Traceback" not in bot.output()


@pytest.mark.timeout(60)
async def test_random_faults_on_menu_edits_still_show_every_patient_the_next_menu(
    emulator, proxy, faq_copy: Path, tmp_path: Path
):
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    users = list(range(FIRST_USER, FIRST_USER + 30))
    try:
        await bot.wait_log("is running")
        for user in users:
            await emulator.send_text("/topics", user_id=user)
        assert await wait_answered(emulator, users, len(users), timeout=20) == len(users)
        menus = [emulator.sent_to(user)[0] for user in users]
        proxy.chance = dict.fromkeys((*FAULTY, "editmessagetext"), 0.30)
        for user, menu in zip(users, menus, strict=True):
            await emulator.press(menu, menu.button("acupuncture")["callback_data"], user_id=user)
        with contextlib.suppress(TimeoutError):  # counted below
            await emulator.wait_until(lambda: all(m.text == "About acupuncture" for m in menus), timeout=25)
    finally:
        code = await bot.stop()
    faults = sum(1 for method, fault in proxy.seen if method == "editmessagetext" and fault != "ok")
    shown = sum(1 for m in menus if m.text == "About acupuncture")
    sorry = sum(1 for m in emulator.sent if m.text.startswith("Sorry"))
    print(f"\nmenu edits at p=0.30: {faults} edit faults; next menu shown {shown}/30, 'Sorry' replies {sorry}")
    assert code == 0 and shown == len(users) and sorry == 0
    assert faults >= 3  # the faults really happened (about 9 expected on 30 edits)
    assert all(len(emulator.sent_to(user)) == 1 for user in users)  # changed in place, never a new message
    assert "Traceback" not in bot.output()


def _confirmed_unanswered(emulator, ids: dict) -> int:
    """Updates Telegram has been told are handled whose patient got no reply: what a crash would lose."""
    return sum(1 for user, uid in ids.items() if uid < emulator.confirmed and not emulator.sent_to(user))


@pytest.mark.timeout(60)
async def test_sigkill_mid_burst_then_restart_loses_at_most_the_replies_in_flight(
    emulator, proxy, faq_copy: Path, tmp_path: Path
):
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    await bot.wait_log("is running")
    ids = await burst(emulator, 200)
    users = list(ids)
    await wait_answered(emulator, users, 40, timeout=20)
    await bot.stop(sig=signal.SIGKILL)
    at_kill = answered(emulator, users)
    confirmed_unanswered = _confirmed_unanswered(emulator, ids)
    await bot.start()
    try:
        await bot.wait_log("is running", count=2)
        await wait_answered(emulator, users, len(users), timeout=25)
    finally:
        assert await bot.stop() == 0
    lost = len(users) - answered(emulator, users)
    twice = sum(1 for u in users if len(emulator.sent_to(u)) > 1)
    print(f"\nSIGKILL after {at_kill}/200 answered: {confirmed_unanswered} confirmed but unanswered at the kill; "
          f"after restart lost {lost}/200, answered twice {twice}")  # fmt: skip
    assert confirmed_unanswered == 0 and lost == 0  # the bound asked for was 5 %; nothing unanswered is confirmed
    assert twice <= 32  # at worst the batch in hand (getUpdates limit, app.CONCURRENCY) is answered again


@pytest.mark.timeout(60)
async def test_sigterm_with_a_backlog_exits_in_the_grace_with_nothing_confirmed_and_unanswered(
    emulator, proxy, faq_copy: Path, tmp_path: Path
):
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    await bot.wait_log("is running")
    ids = await burst(emulator, 1000)
    users = list(ids)
    await wait_answered(emulator, users, 30, timeout=20)
    started = time.monotonic()
    code = await bot.stop(timeout=45)
    took = time.monotonic() - started
    confirmed_unanswered = _confirmed_unanswered(emulator, ids)
    print(f"\nSIGTERM with a backlog of 1000: exit {code} after {took:.1f}s, {answered(emulator, users)} answered, "
          f"{confirmed_unanswered} confirmed but unanswered")  # fmt: skip
    assert code == 0 and took < 10
    assert confirmed_unanswered == 0
