"""`python -m bot review`: which answers are due a check, soonest first.

Each entry's `reviewed:` date says when someone last confirmed it; an answer is due
again a year later (the same period `check` warns about), and one with no date is due now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.faq import Faq
from bot.faq.entries import REVIEW_EVERY_DAYS


@dataclass(frozen=True, slots=True)
class Due:
    entry_id: str
    question: str
    reviewed: dt.date | None
    due: dt.date | None  # None: never reviewed, so due now

    def days_left(self, today: dt.date) -> int | None:
        return None if self.due is None else (self.due - today).days


def due_list(faq: Faq) -> list[Due]:
    """Every entry with its next review date: never reviewed first, then the soonest due."""
    period = dt.timedelta(days=REVIEW_EVERY_DAYS)
    items = [Due(e.id, e.question, e.reviewed, e.reviewed + period if e.reviewed else None) for e in faq.entries]
    return sorted(items, key=lambda d: (d.due is not None, d.due or dt.date.min, d.entry_id))


def lines(items: list[Due], today: dt.date) -> list[str]:
    out = [f"Entries by review date, due soonest first (an answer is due {REVIEW_EVERY_DAYS} days after its review):"]
    for item in items:
        left = item.days_left(today)
        if left is None:
            when = "due now (no 'reviewed:' date)"
        elif left < 0:
            when = f"overdue by {-left} days (reviewed {item.reviewed})"
        else:
            when = f"due {item.due}, in {left} days (reviewed {item.reviewed})"
        out.append(f"  {item.entry_id:<28} {when}")
    return out
