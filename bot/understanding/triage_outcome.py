"""What triage decides: how urgent a message is, and the rule that said so."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    """How urgent a message is; higher wins when a message has several clauses."""

    NONE = 0
    SAFETY_NET = 1  # normal answer, plus "if you have any of these now, call 999"
    URGENT = 2  # "contact your GP today or call NHS 111" first, then the answer
    EMERGENCY = 3  # the 999 / A&E reply alone


@dataclass(frozen=True, slots=True)
class Triage:
    """The decision and the rule behind it (a rule name, never the patient's text)."""

    level: Level = Level.NONE
    rule: str | None = None
    # the second reader's P(red flag now), for `explain`; None before it has read the message
    probability: float | None = None

    @property
    def emergency(self) -> bool:
        return self.level is Level.EMERGENCY
