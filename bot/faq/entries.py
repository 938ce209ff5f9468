"""The `faqs:` section: each entry, its id, category, answer, related ids and review date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot import markup
from bot.faq.checker import Checker, did_you_mean
from bot.faq.model import Entry, EntryKind
from bot.faq.yaml_lines import Node

REQUIRED_IDS = (
    "what-is-sciatica",
    "sciatic-nerve",
    "sciatica-causes",
    "sciatica-symptoms",
    "how-long-sciatica-lasts",
    "self-help",
    "prevention",
    "see-a-doctor",
    "usual-treatments",
    "other-therapies",
    "how-acupuncture-works",
    "acupuncture-for-sciatica",
    "balance-method",
    "before-your-visit",
    "what-to-expect",
    "does-it-hurt",
    "after-treatment",
    "how-many-sessions",
    "safety",
    "with-other-treatment",
    "limits",
    "pregnancy",
    "practitioners",
    "other-conditions",
    "cost",
    "booking",
    "emergency",
)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 40  # keeps Telegram's 64-byte callback_data comfortable
REVIEW_EVERY_DAYS = 365
# A line inside an answer that starts like one of the entry's own settings was
# probably meant as that setting, indented one level too deep.
_SETTING_LINE = re.compile(r"^\s*(id|category|question|alternatives|answer|related|kind|source|reviewed):(\s|$)")


_ENTRY_KEYS = ("id", "category", "question", "alternatives", "answer", "related", "kind", "source", "reviewed")


def _reviewed(c: Checker, node: Node | None, entry_id: str, line: int, today: dt.date) -> dt.date | None:
    if node is None:
        c.warn(line, f"'{entry_id}' has no 'reviewed:' date; add the date someone last checked it (YYYY-MM-DD)")
        return None
    value = node.value
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        c.warn(node.line, f"'reviewed' of '{entry_id}' should be a date like 2026-01-31 (year-month-day)")
        return None
    if value > today:
        c.warn(node.line, f"'{entry_id}' says it was reviewed on {value}, which is in the future: use today's date")
    elif (today - value).days > REVIEW_EVERY_DAYS:
        c.warn(node.line, f"'{entry_id}' was last reviewed on {value}, over a year ago: please check it")
    return value


def _answer(c: Checker, node: Node | None, entry_id: str) -> str | None:
    answer = c.text(node, f"the answer of '{entry_id}'")
    if answer is None or node is None:
        return None
    for fragment, problem in markup.located_problems(answer):
        c.error(c.line_of(fragment, node.line), f"the answer of '{entry_id}': {problem}")
    for raw in answer.splitlines():
        setting = _SETTING_LINE.match(raw)
        if setting:
            c.warn(
                c.line_of(raw.strip(), node.line),
                f"'{raw.strip()}' is inside the answer of '{entry_id}', so patients will see it; if it is the "
                f"entry's '{setting.group(1)}', move it left so it lines up with 'answer:'",
            )
    return markup.reflow(answer)


def _entry(c: Checker, node: Node, categories: set[str], today: dt.date) -> tuple[Entry | None, dict[str, int]]:
    fields = c.mapping(node, "an entry", _ENTRY_KEYS)
    lines: dict[str, int] = {k: v.line for k, v in fields.items()}
    alternatives_node = fields.get("alternatives")
    if alternatives_node is not None and isinstance(alternatives_node.value, list):
        for item in alternatives_node.value:
            if isinstance(item.value, str):
                lines.setdefault("alt:" + item.value.strip(), item.line)
    entry_id = c.text(fields.get("id"), "an entry's id")
    if entry_id and (not ID_PATTERN.match(entry_id) or len(entry_id) > MAX_ID_LENGTH):
        c.error(
            fields["id"].line,
            f"the id '{entry_id}' should be up to {MAX_ID_LENGTH} lowercase letters, digits and dashes",
        )
        entry_id = None
    name = entry_id or "this entry"
    for key in ("id", "category", "question", "answer"):
        if isinstance(node.value, dict) and key not in node.value:
            where = f"the entry '{entry_id}'" if entry_id else "the entry starting here"
            c.error(node.line, f"{where} is missing '{key}'; add a line  {key}: …  lined up with the others")
    category = c.text(fields.get("category"), f"the category of '{name}'")
    if category and categories and category not in categories:
        guess = did_you_mean(category, sorted(categories))
        hint = f"; did you mean '{guess}'?" if guess else ""
        c.error(
            fields["category"].line, f"'{name}' is in category '{category}', which is not listed under categories{hint}"
        )
    question = c.text(fields.get("question"), f"the question of '{name}'")
    alternatives = c.texts(fields.get("alternatives"), f"the alternatives of '{name}'")
    answer = _answer(c, fields.get("answer"), name)
    related = c.texts(fields.get("related"), f"'related' of '{name}'")
    kind_text = c.text(fields.get("kind"), f"the kind of '{name}'") or EntryKind.ANSWER
    if kind_text not in tuple(EntryKind):
        c.error(fields["kind"].line, f"the kind of '{name}' should be 'answer' or 'emergency'")
        kind_text = EntryKind.ANSWER
    kind = EntryKind(kind_text)
    if kind is EntryKind.EMERGENCY and answer and "999" not in answer:
        c.error(fields["answer"].line, f"the emergency answer of '{name}' must tell people to call 999")
    source = c.text(fields.get("source"), f"the source of '{name}'")
    reviewed = _reviewed(c, fields.get("reviewed"), name, node.line, today)
    if not (entry_id and category and question and answer):
        return None, lines
    entry = Entry(entry_id, category, question, answer, alternatives, related, kind, source, reviewed)
    return entry, lines


def check_entries(
    c: Checker, node: Node | None, categories: set[str], today: dt.date, phrase_lines: dict[tuple[str, str], int]
) -> tuple[Entry, ...]:
    if node is None or not isinstance(node.value, list) or not node.value:
        c.error(node.line if node else 1, "'faqs:' should list at least one entry")
        return ()
    entries: list[Entry] = []
    related_lines: dict[str, int] = {}
    declared: dict[str, int] = {}  # ids of broken entries too, so one mistake is reported once
    for item in node.value:
        entry, lines = _entry(c, item, categories, today)
        first = None
        if isinstance(item.value, dict) and isinstance(getattr(item.value.get("id"), "value", None), str):
            first = declared.get(item.value["id"].value)
            declared.setdefault(item.value["id"].value, item.value["id"].line)
        if entry is None:
            continue
        if first is not None:
            c.error(
                lines["id"],
                f"the id '{entry.id}' is already used by the entry on line {first}; give this entry a new id",
            )
            continue
        entries.append(entry)
        related_lines[entry.id] = lines.get("related", item.line)
        phrase_lines[(entry.id, entry.question)] = lines["question"]
        for alternative in entry.alternatives:
            phrase_lines[(entry.id, alternative)] = lines.get("alt:" + alternative, lines["question"])
    known = {e.id for e in entries} | set(declared)
    for position, entry in enumerate(entries):
        kept = []
        for rid in entry.related:
            if rid == entry.id:
                c.warn(related_lines[entry.id], f"'{entry.id}' lists itself under 'related'; it is left out")
            elif rid not in known:
                guess = did_you_mean(rid, sorted(known))
                hint = f"; did you mean '{guess}'?" if guess else ""
                c.warn(
                    related_lines[entry.id],
                    f"'related' of '{entry.id}' names '{rid}', which is not an entry id, so it is left out{hint}",
                )
            else:
                kept.append(rid)
        if len(kept) != len(entry.related):  # served without the broken link, so one slip blocks nothing
            entries[position] = dataclasses.replace(entry, related=tuple(kept))
    for rid in REQUIRED_IDS:
        if rid not in known:
            c.warn(node.line, f"the required topic '{rid}' has no entry (see the editing guide)")
    return tuple(entries)
