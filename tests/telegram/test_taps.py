"""The double-tap guard, on the one fake clock."""

from bot.telegram.shared import DOUBLE_TAP_SECONDS, TapGuard
from tests.support.clock import FakeClock


def test_a_second_tap_within_the_window_is_ignored_then_allowed_again():
    clock = FakeClock()
    guard = TapGuard(clock=clock)
    assert guard.first((1, 10, "f:does-it-hurt"))
    assert not guard.first((1, 10, "f:does-it-hurt"))
    assert guard.first((1, 10, "f:cost"))  # another button
    assert guard.first((1, 11, "f:does-it-hurt"))  # the same button on another message
    clock.now = DOUBLE_TAP_SECONDS
    assert guard.first((1, 10, "f:does-it-hurt"))
