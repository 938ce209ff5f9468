"""Edits to FAQ text that fail loudly: a test must never pass because its edit missed."""

from __future__ import annotations

from pathlib import Path


def replace_or_fail(text: str, old: str, new: str, count: int = -1) -> str:
    """`text.replace(old, new, count)`, but an AssertionError if `old` is not there."""
    if old not in text:
        raise AssertionError(f"edit found nothing to replace: {old!r} is not in the FAQ text")
    return text.replace(old, new, count)


def edit_file(path: Path, old: str, new: str) -> None:
    path.write_text(replace_or_fail(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")
