"""Strip contact details and identifiers from text before it is stored."""

from __future__ import annotations

import re

_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|co\.uk|uk|org|net|io)\S*", re.IGNORECASE), "[link]"),
    # phone numbers: +44 / 0 followed by 9-10 digits, spaces, dashes or brackets allowed
    (re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?0?\d{2,5}\)?(?:[\s-]?\d){6,}"), "[number]"),
    (re.compile(r"\d(?:[\s-]?\d){4,}"), "[number]"),  # any other run of 5+ digits
)


def redact(text: str) -> str:
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return text
