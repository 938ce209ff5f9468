import asyncio
import time
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.flood import FloodGuard, Verdict
from bot.replies import SLOW_DOWN
from bot.telegram_app import build_application
from tests.telegram_emulator import Emulator, polling


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_limit_then_one_warning_then_silence_until_window_passes():
    clock = Clock()
    guard = FloodGuard(lambda: 3, window=60, clock=clock)
    assert [guard.check(1) for _ in range(3)] == [Verdict.ALLOW] * 3
    assert guard.check(1) is Verdict.WARN
    assert guard.check(1) is Verdict.DROP
    assert guard.check(2) is Verdict.ALLOW  # others unaffected
    clock.now = 61
    assert guard.check(1) is Verdict.ALLOW


def test_limit_is_read_live():
    limit = [1]
    guard = FloodGuard(lambda: limit[0], clock=Clock())
    assert guard.check(1) is Verdict.ALLOW
    assert guard.check(1) is Verdict.WARN
    limit[0] = 10
    assert guard.check(1) is Verdict.ALLOW


def test_quiet_users_are_forgotten():
    clock = Clock()
    guard = FloodGuard(lambda: 5, window=60, clock=clock)
    for user in range(999):
        guard.check(user)
    clock.now = 120
    guard.check(5000)  # the 1000th check sweeps
    assert len(guard._hits) == 1


@pytest.mark.e2e
async def test_flooding_user_is_slowed_while_others_are_served(faq_copy: Path):
    emulator = Emulator("1:flood")
    await emulator.start()
    try:
        async with polling(build_application(Engine.from_file(faq_copy), "1:flood", emulator.url)):
            await _flood_one_user(emulator)
    finally:
        await emulator.stop()


async def _flood_one_user(emulator: Emulator) -> None:
    """30 messages from one user, then one from another."""
    for _ in range(30):
        await emulator.send_text("does it hurt", user_id=66)
    started = time.monotonic()
    await emulator.send_text("does it hurt", user_id=77)
    (other,) = await emulator.wait_for_messages(77, 1)
    other_latency = time.monotonic() - started
    await emulator.wait_for_messages(66, 21)
    await asyncio.sleep(0.5)
    flooded = emulator.sent_to(66)
    assert len(flooded) == 21  # 20 answers, one "slow down", then silence
    assert sum(m.text == SLOW_DOWN for m in flooded) == 1
    assert other.text.startswith("Does acupuncture hurt?")
    assert other_latency < 2.0, other_latency  # a generous bound: served, not queued behind the flood
