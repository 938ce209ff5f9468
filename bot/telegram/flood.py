"""Per-user flood limit: one polite warning, then silence until the window passes.

User ids live only in memory for the length of the window; they are never stored.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum

WINDOW_SECONDS = 60.0  # faq.yaml's limits: messages_per_minute counts over this window
SWEEP_EVERY = 1000  # checks between sweeps of quiet users


class FloodVerdict(Enum):
    """What to do with one user's message under the flood limit."""

    ALLOW = "allow"
    WARN = "warn"  # the first message over the limit: say "please slow down"
    DROP = "drop"  # further messages in the same window: ignore


class FloodGuard:
    def __init__(
        self, limit: Callable[[], int], window: float = WINDOW_SECONDS, clock: Callable[[], float] = time.monotonic
    ):
        self._limit = limit  # read on every check, so a FAQ reload can change it
        self._window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self._checks = 0

    def check(self, user_id: int) -> FloodVerdict:
        now = self._clock()
        self._sweep(now)
        hits = self._hits.setdefault(user_id, deque())
        while hits and now - hits[0] >= self._window:
            hits.popleft()
        if len(hits) < self._limit():
            hits.append(now)
            self._warned.discard(user_id)
            return FloodVerdict.ALLOW
        if user_id in self._warned:
            return FloodVerdict.DROP
        self._warned.add(user_id)
        return FloodVerdict.WARN

    def _sweep(self, now: float) -> None:
        """Forget users who have been quiet for a whole window, so memory stays small."""
        self._checks += 1
        if self._checks % SWEEP_EVERY:
            return
        for user_id in [u for u, h in self._hits.items() if not h or now - h[-1] >= self._window]:
            del self._hits[user_id]
            self._warned.discard(user_id)
