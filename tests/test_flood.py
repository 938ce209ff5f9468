import asyncio
import time

from bot.replies import SLOW_DOWN
from bot.telegram.flood import FloodGuard, FloodVerdict
from tests.conftest import RunningBot
from tests.support.clock import FakeClock
from tests.support.emulator import Emulator


def test_limit_then_one_warning_then_silence_until_window_passes():
    clock = FakeClock()
    guard = FloodGuard(lambda: 3, window=60, clock=clock)
    assert [guard.check(1) for _ in range(3)] == [FloodVerdict.ALLOW] * 3
    assert guard.check(1) is FloodVerdict.WARN
    assert guard.check(1) is FloodVerdict.DROP
    assert guard.check(2) is FloodVerdict.ALLOW  # others unaffected
    clock.now = 61
    assert guard.check(1) is FloodVerdict.ALLOW


def test_limit_is_read_live():
    limit = [1]
    guard = FloodGuard(lambda: limit[0], clock=FakeClock())
    assert guard.check(1) is FloodVerdict.ALLOW
    assert guard.check(1) is FloodVerdict.WARN
    limit[0] = 10
    assert guard.check(1) is FloodVerdict.ALLOW


def test_quiet_users_are_forgotten():
    clock = FakeClock()
    guard = FloodGuard(lambda: 5, window=60, clock=clock)
    for user in range(999):
        guard.check(user)
    clock.now = 120
    guard.check(5000)  # the 1000th check sweeps
    assert len(guard._hits) == 1


async def test_flooding_user_is_slowed_while_others_are_served(running_bot: RunningBot):
    """30 messages from one user, then one from another."""
    emulator: Emulator = running_bot.emulator
    limit = running_bot.engine.faq.limits.messages_per_minute
    for _ in range(30):
        await emulator.send_text("does it hurt", user_id=66)
    started = time.monotonic()
    await emulator.send_text("does it hurt", user_id=77)
    (other,) = await emulator.wait_for_messages(77, 1)
    other_latency = time.monotonic() - started
    await emulator.wait_for_messages(66, limit + 1)
    await asyncio.sleep(0.5)
    flooded = emulator.sent_to(66)
    assert limit + 1 < 30 and len(flooded) == limit + 1  # the answers, one "slow down", then silence
    assert sum(m.text == SLOW_DOWN for m in flooded) == 1
    assert other.text.startswith("Does acupuncture hurt?")
    assert other_latency < 2.0, other_latency  # a generous bound: served, not queued behind the flood
