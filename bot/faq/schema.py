"""Load faq.yaml into frozen values, and explain every mistake in it by line.

Clinic staff edit this file by hand, so loading never raises on bad content: it
collects `Problem`s (errors refuse the file, warnings do not) in words an editor
can act on, each with the line it is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

from bot import markup

REQUIRED_IDS = (
    "what-is-sciatica",
    "sciatic-nerve",
    "sciatica-causes",
    "sciatica-symptoms",
    "usual-treatments",
    "how-acupuncture-works",
    "acupuncture-for-sciatica",
    "balance-method",
    "what-to-expect",
    "does-it-hurt",
    "how-many-sessions",
    "safety",
    "limits",
    "pregnancy",
    "practitioners",
    "cost",
    "booking",
    "emergency",
)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 40  # keeps Telegram's 64-byte callback_data comfortable
REVIEW_EVERY_DAYS = 365
KINDS = ("answer", "emergency")

DEFAULT_TEXTS = {
    "welcome": "Welcome to {clinic}! I can answer common questions about sciatica, "
    "acupuncture and what to expect at a visit. Type a question, or pick a topic.",
    "disclaimer": "This is general information, not a diagnosis or medical advice. In an emergency, call 999.",
    "fallback": "Sorry, I don't know the answer to that one. You could ask it in a "
    "different way, pick a topic, or ask the clinic directly.",
    "suggest": "I'm not sure I understood. Did you mean one of these?",
}


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str
    warning: bool = False

    def format(self, path: str) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{path}:{self.line}: {prefix}{self.message}"


@dataclass(frozen=True, slots=True)
class Clinic:
    name: str
    phone: str
    website: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    category: str
    question: str
    answer: str
    alternatives: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    kind: str = "answer"
    source: str | None = None
    reviewed: dt.date | None = None

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.question, *self.alternatives)


@dataclass(frozen=True, slots=True)
class SmallTalk:
    id: str
    patterns: tuple[str, ...]
    reply: str


@dataclass(frozen=True, slots=True)
class MatchSettings:
    answer_threshold: float = 65.0
    suggest_threshold: float = 45.0
    margin: float = 6.0
    max_suggestions: int = 3


@dataclass(frozen=True, slots=True)
class Privacy:
    record_unanswered: bool = False
    retention_days: int = 90


@dataclass(frozen=True, slots=True)
class Limits:
    messages_per_minute: int = 20


@dataclass(frozen=True, slots=True)
class Faq:
    clinic: Clinic
    categories: tuple[Category, ...]
    entries: tuple[Entry, ...]
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    smalltalk: tuple[SmallTalk, ...] = ()
    texts: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TEXTS))
    settings: MatchSettings = MatchSettings()
    privacy: Privacy = Privacy()
    limits: Limits = Limits()
    # Where each (entry id, phrasing) stands in the file, for messages to editors.
    lines: Mapping[tuple[str, str], int] = field(default_factory=dict, compare=False, repr=False)
    _by_id: Mapping[str, Entry] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})  # looked up on every answer

    def entry(self, faq_id: str) -> Entry | None:
        return self._by_id.get(faq_id)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def in_category(self, category_id: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.category == category_id)

    def text(self, name: str) -> str:
        return self.texts.get(name, DEFAULT_TEXTS[name]).strip().replace("{clinic}", self.clinic.name)


class FaqError(Exception):
    """The file cannot be used; `problems` says why, line by line."""

    def __init__(self, path: str, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(p.format(path) for p in problems))


# ---------------------------------------------------------------- YAML with lines


class _Node:
    """A parsed YAML value with the line it starts on (1-based)."""

    __slots__ = ("key_lines", "line", "value")

    def __init__(self, value: Any, line: int, key_lines: dict[str, int] | None = None):
        self.value = value
        self.line = line
        self.key_lines = key_lines or {}


_constructor = yaml.constructor.SafeConstructor()


def _convert(node: yaml.Node, problems: list[Problem]) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        items: dict[str, _Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(_constructor.construct_object(key_node))
            key_line = key_node.start_mark.line + 1
            if key in items:
                problems.append(Problem(key_line, f"'{key}' appears twice here; keep only one"))
            items[key] = _convert(value_node, problems)
            key_lines[key] = key_line
        return _Node(items, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_convert(item, problems) for item in node.value], line)
    try:
        return _Node(_constructor.construct_object(node), line)
    except (yaml.YAMLError, ValueError):
        return _Node(node.value, line)


def _syntax_hint(error: yaml.MarkedYAMLError, lines: list[str]) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    problem = (error.problem or "").lower()
    context = (error.context or "").lower()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in text or "'\\t'" in problem:
        msg = "this line has a Tab character: use spaces to indent instead"
    elif "mapping values are not allowed" in problem:
        msg = "unexpected colon: put text that contains ': ' inside quotes, or check the indent"
    elif "could not find expected ':'" in problem or "simple key" in context:
        msg = "a key is missing its colon (write it as  name: value)"
    elif "expected <block end>" in problem or "expected <block mapping start>" in problem:
        msg = "the indentation does not line up with the lines around it"
    elif "found unexpected end of stream" in problem or "found unexpected" in problem:
        msg = "a quote or bracket is opened but never closed"
    else:
        msg = f"the file cannot be read here ({error.problem or error.context})"
    return Problem(line, f"YAML syntax: {msg}")


def _parse(text: str) -> tuple[_Node | None, list[Problem]]:
    problems: list[Problem] = []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_hint(error, text.splitlines())]
    except yaml.YAMLError as error:
        return None, [Problem(1, f"YAML syntax: {error}")]
    if root is None:
        return None, [Problem(1, "the file is empty")]
    return _convert(root, problems), problems


# ---------------------------------------------------------------- schema checks


class _Checker:
    """Walks the parsed file, building values and collecting problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message, warning=True))

    def mapping(self, node: _Node, where: str, known: tuple[str, ...], required: tuple[str, ...] = ()):
        if not isinstance(node.value, dict):
            self.error(node.line, f"{where} should be a set of 'name: value' lines")
            return {}
        for key, line in node.key_lines.items():
            if key not in known:
                guess = process.extractOne(key, known, score_cutoff=60)
                hint = f"; did you mean '{guess[0]}'?" if guess else f" (known: {', '.join(known)})"
                self.error(line, f"unknown key '{key}' in {where}{hint}")
        for key in required:
            if key not in node.value:
                self.error(node.line, f"{where} is missing '{key}'")
        return {k: v for k, v in node.value.items() if k in known}

    def text(self, node: _Node | None, where: str) -> str | None:
        if node is None:
            return None
        value = node.value
        if isinstance(value, bool | int | float | dt.date):
            value = str(value)
        if not isinstance(value, str):
            self.error(node.line, f"{where} should be text")
            return None
        if not value.strip():
            self.error(node.line, f"{where} is empty")
            return None
        return value.strip()

    def texts(self, node: _Node | None, where: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if node.value is None:
            return ()
        if not isinstance(node.value, list):
            self.error(node.line, f"{where} should be a list (each item on its own line starting with '- ')")
            return ()
        out = [self.text(item, f"an item of {where}") for item in node.value]
        return tuple(t for t in out if t)

    def number(self, node: _Node | None, where: str, low: float, high: float, default, kind=float):
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

    def flag(self, node: _Node | None, where: str, default: bool) -> bool:
        if node is None:
            return default
        if not isinstance(node.value, bool):
            self.error(node.line, f"{where} should be true or false")
            return default
        return node.value


_ENTRY_KEYS = ("id", "category", "question", "alternatives", "answer", "related", "kind", "source", "reviewed")


def _clinic(c: _Checker, node: _Node | None) -> Clinic:
    if node is None:
        c.error(1, "the file needs a 'clinic:' section with name, phone and website")
        return Clinic("the clinic", "", "")
    fields = c.mapping(node, "clinic", ("name", "phone", "website"), ("name", "phone", "website"))
    website = c.text(fields.get("website"), "the clinic's website") or ""
    if website and not website.startswith(("https://", "http://")):
        c.error(fields["website"].line, "the website should start with https://")
    return Clinic(
        c.text(fields.get("name"), "the clinic's name") or "the clinic",
        c.text(fields.get("phone"), "the clinic's phone") or "",
        website,
    )


def _categories(c: _Checker, node: _Node | None) -> tuple[Category, ...]:
    if node is None or not isinstance(node.value, list) or not node.value:
        c.error(node.line if node else 1, "'categories:' should list at least one category")
        return ()
    out: list[Category] = []
    for item in node.value:
        fields = c.mapping(item, "a category", ("id", "title"), ("id", "title"))
        cid, title = c.text(fields.get("id"), "a category id"), c.text(fields.get("title"), "a category title")
        if cid and title:
            if any(x.id == cid for x in out):
                c.error(fields["id"].line, f"the category id '{cid}' is used twice")
            elif not ID_PATTERN.match(cid) or len(cid) > MAX_ID_LENGTH:
                c.error(fields["id"].line, f"the category id '{cid}' should be short lowercase words joined by dashes")
            else:
                out.append(Category(cid, title))
    return tuple(out)


def _reviewed(c: _Checker, node: _Node | None, entry_id: str, line: int, today: dt.date) -> dt.date | None:
    if node is None:
        c.warn(line, f"'{entry_id}' has no 'reviewed:' date; add the date someone last checked it (YYYY-MM-DD)")
        return None
    value = node.value
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        c.error(node.line, f"'reviewed' of '{entry_id}' should be a date like 2026-01-31")
        return None
    if (today - value).days > REVIEW_EVERY_DAYS:
        c.warn(node.line, f"'{entry_id}' was last reviewed on {value}, over a year ago: please check it")
    return value


def _answer(c: _Checker, node: _Node | None, entry_id: str) -> str | None:
    answer = c.text(node, f"the answer of '{entry_id}'")
    if answer is None or node is None:
        return None
    for problem in markup.problems(answer):
        c.error(node.line, f"the answer of '{entry_id}': {problem}")
    return markup.reflow(answer)


def _entry(c: _Checker, node: _Node, categories: set[str], today: dt.date) -> tuple[Entry | None, dict[str, int]]:
    fields = c.mapping(node, "an entry", _ENTRY_KEYS, ("id", "category", "question", "answer"))
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
    category = c.text(fields.get("category"), f"the category of '{name}'")
    if category and categories and category not in categories:
        guess = process.extractOne(category, sorted(categories), score_cutoff=60)
        hint = f"; did you mean '{guess[0]}'?" if guess else ""
        c.error(
            fields["category"].line, f"'{name}' is in category '{category}', which is not listed under categories{hint}"
        )
    question = c.text(fields.get("question"), f"the question of '{name}'")
    alternatives = c.texts(fields.get("alternatives"), f"the alternatives of '{name}'")
    answer = _answer(c, fields.get("answer"), name)
    related = c.texts(fields.get("related"), f"'related' of '{name}'")
    kind = c.text(fields.get("kind"), f"the kind of '{name}'") or "answer"
    if kind not in KINDS:
        c.error(fields["kind"].line, f"the kind of '{name}' should be 'answer' or 'emergency'")
        kind = "answer"
    if kind == "emergency" and answer and "999" not in answer:
        c.error(fields["answer"].line, f"the emergency answer of '{name}' must tell people to call 999")
    source = c.text(fields.get("source"), f"the source of '{name}'")
    reviewed = _reviewed(c, fields.get("reviewed"), name, node.line, today)
    if not (entry_id and category and question and answer):
        return None, lines
    entry = Entry(entry_id, category, question, answer, alternatives, related, kind, source, reviewed)
    return entry, lines


def _entries(
    c: _Checker, node: _Node | None, categories: set[str], today: dt.date, phrase_lines: dict[tuple[str, str], int]
) -> tuple[Entry, ...]:
    if node is None or not isinstance(node.value, list) or not node.value:
        c.error(node.line if node else 1, "'faqs:' should list at least one entry")
        return ()
    entries: list[Entry] = []
    related_lines: dict[str, int] = {}
    declared: set[str] = set()  # ids of broken entries too, so one mistake is reported once
    for item in node.value:
        entry, lines = _entry(c, item, categories, today)
        if isinstance(item.value, dict) and isinstance(getattr(item.value.get("id"), "value", None), str):
            declared.add(item.value["id"].value)
        if entry is None:
            continue
        if any(e.id == entry.id for e in entries):
            c.error(lines["id"], f"the id '{entry.id}' is used by two entries; ids must be unique")
            continue
        entries.append(entry)
        related_lines[entry.id] = lines.get("related", item.line)
        phrase_lines[(entry.id, entry.question)] = lines["question"]
        for alternative in entry.alternatives:
            phrase_lines[(entry.id, alternative)] = lines.get("alt:" + alternative, lines["question"])
    known = {e.id for e in entries} | declared
    for entry in entries:
        for rid in entry.related:
            if rid == entry.id:
                c.error(related_lines[entry.id], f"'{entry.id}' lists itself under 'related'")
            elif rid not in known:
                guess = process.extractOne(rid, sorted(known), score_cutoff=60)
                hint = f"; did you mean '{guess[0]}'?" if guess else ""
                c.error(
                    related_lines[entry.id], f"'related' of '{entry.id}' names '{rid}', which is not an entry id{hint}"
                )
    for rid in REQUIRED_IDS:
        if rid not in known:
            c.warn(node.line, f"the required topic '{rid}' has no entry (see the editing guide)")
    return tuple(entries)


def _synonyms(c: _Checker, node: _Node | None) -> dict[str, tuple[str, ...]]:
    if node is None:
        return {}
    if not isinstance(node.value, dict):
        c.error(node.line, "'synonyms:' should be lines like  word: [other, words]")
        return {}
    return {key: c.texts(value, f"the synonyms of '{key}'") for key, value in node.value.items()}


def _smalltalk(c: _Checker, node: _Node | None) -> tuple[SmallTalk, ...]:
    if node is None or node.value is None:
        return ()
    if not isinstance(node.value, list):
        c.error(node.line, "'smalltalk:' should be a list of topics")
        return ()
    out = []
    for item in node.value:
        fields = c.mapping(item, "a small-talk topic", ("id", "patterns", "reply"), ("id", "patterns", "reply"))
        tid = c.text(fields.get("id"), "a small-talk id")
        patterns = c.texts(fields.get("patterns"), f"the patterns of '{tid}'")
        reply = c.text(fields.get("reply"), f"the reply of '{tid}'")
        if reply:
            for problem in markup.problems(reply):
                c.error(fields["reply"].line, f"the reply of '{tid}': {problem}")
        if tid and patterns and reply:
            out.append(SmallTalk(tid, patterns, markup.reflow(reply)))
    return tuple(out)


def _texts(c: _Checker, node: _Node | None) -> dict[str, str]:
    texts = dict(DEFAULT_TEXTS)
    if node is None:
        return texts
    fields = c.mapping(node, "texts", tuple(DEFAULT_TEXTS))
    for key, value in fields.items():
        text = c.text(value, f"the text '{key}'")
        if text:
            for problem in markup.problems(text):
                c.error(value.line, f"the text '{key}': {problem}")
            texts[key] = markup.reflow(text)
    return texts


def _settings(c: _Checker, node: _Node | None) -> MatchSettings:
    if node is None:
        return MatchSettings()
    d = MatchSettings()
    f = c.mapping(node, "settings", ("answer_threshold", "suggest_threshold", "margin", "max_suggestions"))
    settings = MatchSettings(
        c.number(f.get("answer_threshold"), "answer_threshold", 1, 100, d.answer_threshold),
        c.number(f.get("suggest_threshold"), "suggest_threshold", 1, 100, d.suggest_threshold),
        c.number(f.get("margin"), "margin", 0, 50, d.margin),
        c.number(f.get("max_suggestions"), "max_suggestions", 1, 5, d.max_suggestions, int),
    )
    if settings.suggest_threshold > settings.answer_threshold:
        c.error(node.line, "suggest_threshold should not be higher than answer_threshold")
    return settings


def _privacy(c: _Checker, node: _Node | None) -> Privacy:
    if node is None:
        return Privacy()
    d = Privacy()
    f = c.mapping(node, "privacy", ("record_unanswered", "retention_days"))
    return Privacy(
        c.flag(f.get("record_unanswered"), "record_unanswered", d.record_unanswered),
        c.number(f.get("retention_days"), "retention_days", 1, 3650, d.retention_days, int),
    )


def _limits(c: _Checker, node: _Node | None) -> Limits:
    if node is None:
        return Limits()
    f = c.mapping(node, "limits", ("messages_per_minute",))
    return Limits(c.number(f.get("messages_per_minute"), "messages_per_minute", 1, 1000, 20, int))


_TOP_KEYS = ("clinic", "categories", "faqs", "synonyms", "smalltalk", "texts", "settings", "privacy", "limits")


def parse_faq(text: str, today: dt.date | None = None) -> tuple[Faq | None, list[Problem]]:
    """Build a Faq from YAML text; the Faq is None when any problem is an error."""
    root, problems = _parse(text)
    if root is None:
        return None, problems
    c = _Checker(problems)
    top = c.mapping(root, "the file", _TOP_KEYS, ("clinic", "categories", "faqs"))
    clinic = _clinic(c, top.get("clinic"))
    categories = _categories(c, top.get("categories"))
    phrase_lines: dict[tuple[str, str], int] = {}
    entries = _entries(c, top.get("faqs"), {x.id for x in categories}, today or dt.date.today(), phrase_lines)
    faq = Faq(
        clinic=clinic,
        categories=categories,
        entries=entries,
        synonyms=_synonyms(c, top.get("synonyms")),
        smalltalk=_smalltalk(c, top.get("smalltalk")),
        texts=_texts(c, top.get("texts")),
        settings=_settings(c, top.get("settings")),
        privacy=_privacy(c, top.get("privacy")),
        limits=_limits(c, top.get("limits")),
        lines=phrase_lines,
    )
    for entry in entries:
        problem = markup.too_long(markup.answer_length(faq, entry))
        if problem:
            c.error(_line_of_entry(root, entry.id), f"the answer of '{entry.id}' {problem}")
    problems.sort(key=lambda p: p.line)
    if any(not p.warning for p in problems):
        return None, problems
    return faq, problems


def _line_of_entry(root: _Node, entry_id: str) -> int:
    faqs = root.value.get("faqs") if isinstance(root.value, dict) else None
    for item in faqs.value if faqs and isinstance(faqs.value, list) else ():
        if isinstance(item.value, dict) and item.value.get("id") and item.value["id"].value == entry_id:
            return item.value["answer"].line if "answer" in item.value else item.line
    return 1


def load_faq(path: str | Path) -> tuple[Faq, list[Problem]]:
    """Read and validate a FAQ file; raise FaqError (never a traceback) when it cannot be used."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FaqError(str(path), [Problem(0, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise FaqError(str(path), [Problem(0, f"cannot read the file ({error.__class__.__name__})")]) from None
    faq, problems = parse_faq(text)
    if faq is None:
        raise FaqError(str(path), problems)
    return faq, problems
