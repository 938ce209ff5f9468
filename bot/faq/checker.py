"""The primitives every section check is built from: each reads one value and says,
in an editor's words and on its line, what is wrong with it."""

from __future__ import annotations

import datetime as dt

from rapidfuzz import process

from bot.faq.model import Problem
from bot.faq.yaml_lines import Node

# How close a misspelt key or id must be (rapidfuzz WRatio, 0-100) to suggest the real one.
DID_YOU_MEAN_CUTOFF = 60


def did_you_mean(word: str, choices) -> str | None:
    """The known name `word` is probably a typo of, if any."""
    guess = process.extractOne(word, choices, score_cutoff=DID_YOU_MEAN_CUTOFF)
    return guess[0] if guess else None


class Checker:
    """Walks the parsed file, building values and collecting problems."""

    def __init__(self, problems: list[Problem], lines: list[str] | None = None):
        self.problems = problems
        self.lines = lines or []

    def line_of(self, fragment: str, start: int) -> int:
        """The first line from `start` on that holds `fragment`: a problem inside an answer
        is reported where it is, not at its 'answer: |' line."""
        for number in range(max(start, 1), len(self.lines) + 1):
            if fragment in self.lines[number - 1]:
                return number
        return start

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message, warning=True))

    def mapping(self, node: Node, where: str, known: tuple[str, ...], required: tuple[str, ...] = ()):
        if not isinstance(node.value, dict):
            self.error(node.line, f"{where} should be a set of 'name: value' lines")
            return {}
        for key, line in node.key_lines.items():
            if key not in known:
                guess = did_you_mean(key, known)
                hint = f"; did you mean '{guess}'?" if guess else f" (known: {', '.join(known)})"
                self.error(line, f"unknown key '{key}' in {where}{hint}")
        for key in required:
            if key not in node.value:
                self.error(node.line, f"{where} is missing '{key}'")
        return {k: v for k, v in node.value.items() if k in known}

    def text(self, node: Node | None, where: str) -> str | None:
        if node is None:
            return None
        value = node.value
        if isinstance(value, bool | int | float | dt.date):
            value = str(value)
        if value is None:
            self.error(node.line, f"{where} is empty: write it after the colon, or on indented lines below")
            return None
        if not isinstance(value, str):
            self.error(node.line, f"{where} should be text")
            return None
        if not value.strip():
            self.error(node.line, f"{where} is empty: write it after the colon, or on indented lines below")
            return None
        return value.strip()

    def texts(self, node: Node | None, where: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if node.value is None:
            return ()
        if not isinstance(node.value, list):
            self.error(node.line, f"{where} should be a list (each item on its own line starting with '- ')")
            return ()
        out = [self.text(item, f"an item of {where}") for item in node.value]
        return tuple(t for t in out if t)

    def number(self, node: Node | None, where: str, low: float, high: float, default, kind=float):
        if node is None:
            return default
        value = node.value
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind is int and not isinstance(value, int))
        ):
            self.error(node.line, f"{where} should be a {'whole ' if kind is int else ''}number")
            return default
        if not low <= value <= high:
            self.error(node.line, f"{where} should be between {low:g} and {high:g}")
            return default
        return kind(value)

    def flag(self, node: Node | None, where: str, default: bool) -> bool:
        if node is None:
            return default
        if not isinstance(node.value, bool):
            self.error(node.line, f"{where} should be true or false")
            return default
        return node.value
