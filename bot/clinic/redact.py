"""Strip contact details and identifiers from text before it is stored.

Runs on the text already cut to its stored length, and every pattern is linear: each
can start only at the beginning of a run of the characters it repeats (a lookbehind),
so no input makes it rescan the text from every position. Phone numbers in any format
are found by Google's libphonenumber (the `phonenumbers` package), as a UK number first.
"""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatcher

# Numbers are read as British unless they start with +country. POSSIBLE (right length for
# the region) rather than VALID, so numbers in ranges not yet issued are removed too.
REGION = "GB"
_PHONE_LENIENCY = Leniency.POSSIBLE
# Removing one number can expose another beside it; each pass is linear, and a few suffice.
_PASSES = 4
# POSSIBLE accepts 4-digit UK numbers, which would take years and counts ("since 2019");
# every dialable UK number has 7 digits or more, and shorter digit runs of 5+ go anyway.
MIN_PHONE_DIGITS = 7

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PATTERNS = (
    (re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (
        re.compile(r"(?:https?://|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|co\.uk|uk|org|net|io)\b\S*", re.IGNORECASE),
        "[link]",
    ),
    (re.compile(r"(?<![\w@])@\w+"), "[handle]"),
    # a full UK postcode: outward code (MK9, SW1A) and inward code (3AB), space optional
    (re.compile(r"(?<![a-z0-9])[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}(?![a-z0-9])", re.IGNORECASE), "[postcode]"),
    # dates with a year, as a date of birth is written: 12/03/1985, 1985-03-12, 12th March 1985, March 12, 1985
    (
        re.compile(
            rf"(?<!\d)(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{2,4}}"
            rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}})(?!\d)"
            r"|\b(?:born|dob|d\.o\.b\.?)(?:\s+(?:on|in))?\s*:?\s*\d{4}\b",
            re.IGNORECASE,
        ),
        "[date]",
    ),
)
_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[\s-]?\d){4,}")  # any other run of 5+ digits


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _numbers(text: str) -> str:
    """Phone numbers, then other digit runs, until neither finds more (a removal can expose another)."""
    for _ in range(_PASSES):
        possible = PhoneNumberMatcher(text, REGION, leniency=_PHONE_LENIENCY)
        found = [m for m in possible if _digits(m.raw_string) >= MIN_PHONE_DIGITS]
        pieces, at = [], 0
        for match in found:
            pieces += [text[at : match.start], "[number]"]
            at = match.end
        redacted = _DIGIT_RUN.sub("[number]", "".join([*pieces, text[at:]]))
        if redacted == text:
            break
        text = redacted
    return text


def redact(text: str) -> str:
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return _numbers(text)
