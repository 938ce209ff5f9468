"""The one fake clock: returns whatever `now` is set to (a float or a datetime)."""

from __future__ import annotations

from typing import Any


class FakeClock:
    def __init__(self, now: Any = 0.0):
        self.now = now

    def __call__(self) -> Any:
        return self.now
