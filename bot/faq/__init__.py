"""The clinic's content: faq.yaml read into frozen values (`model`), with every
mistake reported by line (`schema`, over `yaml_lines`, `checker` and `entries`)."""

from bot.faq.entries import REQUIRED_IDS
from bot.faq.model import (
    DEFAULT_TEXTS,
    Category,
    Clinic,
    Entry,
    EntryKind,
    Faq,
    FaqError,
    Limits,
    MatchSettings,
    Privacy,
    Problem,
    SmallTalk,
)
from bot.faq.schema import load_faq, parse_faq, read_faq

__all__ = [
    "DEFAULT_TEXTS",
    "REQUIRED_IDS",
    "Category",
    "Clinic",
    "Entry",
    "EntryKind",
    "Faq",
    "FaqError",
    "Limits",
    "MatchSettings",
    "Privacy",
    "Problem",
    "SmallTalk",
    "load_faq",
    "parse_faq",
    "read_faq",
]
