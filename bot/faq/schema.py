"""Load faq.yaml into frozen values, and explain every mistake in it by line.

Clinic staff edit this file by hand, so loading never raises on bad content: it
collects `Problem`s (errors refuse the file, warnings do not) in words an editor
can act on, each with the line it is about.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import bot.faq.prescan as prescan
from bot import markup
from bot.faq.checker import Checker
from bot.faq.entries import ID_PATTERN, MAX_ID_LENGTH, check_entries
from bot.faq.model import (
    DEFAULT_TEXTS,
    Category,
    Clinic,
    EntryKind,
    Faq,
    FaqError,
    Limits,
    MatchSettings,
    Privacy,
    Problem,
    SmallTalk,
)
from bot.faq.yaml_lines import Node, parse


def _clinic(c: Checker, node: Node | None) -> Clinic:
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


def _categories(c: Checker, node: Node | None) -> tuple[Category, ...]:
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


def _synonyms(c: Checker, node: Node | None) -> dict[str, tuple[str, ...]]:
    if node is None:
        return {}
    if not isinstance(node.value, dict):
        c.error(node.line, "'synonyms:' should be lines like  word: [other, words]")
        return {}
    return {key: c.texts(value, f"the synonyms of '{key}'") for key, value in node.value.items()}


def _smalltalk(c: Checker, node: Node | None) -> tuple[SmallTalk, ...]:
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
            for fragment, problem in markup.located_problems(reply):
                c.error(c.line_of(fragment, fields["reply"].line), f"the reply of '{tid}': {problem}")
        if tid and patterns and reply:
            out.append(SmallTalk(tid, patterns, markup.reflow(reply)))
    return tuple(out)


def _texts(c: Checker, node: Node | None) -> dict[str, str]:
    texts = dict(DEFAULT_TEXTS)
    if node is None:
        return texts
    fields = c.mapping(node, "texts", tuple(DEFAULT_TEXTS))
    for key, value in fields.items():
        text = c.text(value, f"the text '{key}'")
        if text:
            for fragment, problem in markup.located_problems(text):
                c.error(c.line_of(fragment, value.line), f"the text '{key}': {problem}")
            texts[key] = markup.reflow(text)
    return texts


def _settings(c: Checker, node: Node | None) -> MatchSettings:
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


def _privacy(c: Checker, node: Node | None) -> Privacy:
    if node is None:
        return Privacy()
    d = Privacy()
    f = c.mapping(node, "privacy", ("record_unanswered", "retention_days"))
    return Privacy(
        c.flag(f.get("record_unanswered"), "record_unanswered", d.record_unanswered),
        c.number(f.get("retention_days"), "retention_days", 1, 3650, d.retention_days, int),
    )


def _limits(c: Checker, node: Node | None) -> Limits:
    if node is None:
        return Limits()
    f = c.mapping(node, "limits", ("messages_per_minute",))
    d = Limits()
    return Limits(c.number(f.get("messages_per_minute"), "messages_per_minute", 1, 1000, d.messages_per_minute, int))


_TOP_KEYS = ("clinic", "categories", "faqs", "synonyms", "smalltalk", "off_topic", "texts", "settings", "privacy")
_TOP_KEYS += ("limits",)


def parse_faq(text: str, today: dt.date | None = None) -> tuple[Faq | None, list[Problem]]:
    """Build a Faq from YAML text; the Faq is None when any problem is an error."""
    found = prescan.scan(text)
    if found.errors:  # YAML would misreport these a line or two later
        return None, sorted(found.problems, key=lambda p: p.line)
    root, problems = parse(text)
    if root is None:
        return None, prescan.explain(problems, found)
    problems.extend(found.problems)
    c = Checker(problems, text.splitlines())
    top = c.mapping(root, "the file", _TOP_KEYS, ("clinic", "categories", "faqs"))
    clinic = _clinic(c, top.get("clinic"))
    categories = _categories(c, top.get("categories"))
    phrase_lines: dict[tuple[str, str], int] = {}
    entries = check_entries(c, top.get("faqs"), {x.id for x in categories}, today or dt.date.today(), phrase_lines)
    faq = Faq(
        clinic=clinic,
        categories=categories,
        entries=entries,
        synonyms=_synonyms(c, top.get("synonyms")),
        smalltalk=_smalltalk(c, top.get("smalltalk")),
        off_topic=c.texts(top.get("off_topic"), "'off_topic:'"),
        texts=_texts(c, top.get("texts")),
        settings=_settings(c, top.get("settings")),
        privacy=_privacy(c, top.get("privacy")),
        limits=_limits(c, top.get("limits")),
        lines=phrase_lines,
    )
    for entry in entries:
        # measured as bot.replies.answer_text composes it: emergencies carry no booking line
        footer = None if entry.kind == EntryKind.EMERGENCY else markup.booking_line(clinic.phone, clinic.website)
        problem = markup.too_long(markup.html_length(markup.answer_text(entry.question, entry.answer, footer)))
        if problem:
            c.error(_line_of_entry(root, entry.id), f"the answer of '{entry.id}' {problem}")
    problems.sort(key=lambda p: p.line)
    if any(not p.warning for p in problems):
        return None, problems
    return faq, problems


def _line_of_entry(root: Node, entry_id: str) -> int:
    faqs = root.value.get("faqs") if isinstance(root.value, dict) else None
    for item in faqs.value if faqs and isinstance(faqs.value, list) else ():
        if isinstance(item.value, dict) and item.value.get("id") and item.value["id"].value == entry_id:
            return item.value["answer"].line if "answer" in item.value else item.line
    return 1


# About 18 times the shipped FAQ (56 KB): room for hundreds of entries. Parsing 1 MB takes a
# few seconds and about 60 MB; anything bigger is a mistake (a pasted log, a binary) or an attack.
MAX_FILE_BYTES = 1_000_000


def read_text(path: str | Path) -> tuple[str, list[Problem]]:
    """The file's text, refusing (FaqError) what cannot be a FAQ before reading much of it.

    Opened without blocking and checked on the open file itself, so a FIFO cannot hang us
    and a symlink to /dev/zero or a huge file is refused, not read into memory."""
    path = Path(path)

    def refuse(message: str) -> FaqError:
        return FaqError(str(path), [Problem(0, message)])

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise refuse("file not found") from None
    except OSError as error:
        raise refuse(f"cannot open the file ({error.strerror or error.__class__.__name__})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise refuse("not a regular file (a folder, a device or a pipe); save the FAQ as an ordinary file")
    with os.fdopen(fd, "rb") as file:
        try:
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise refuse(f"cannot read the file ({error.strerror or error.__class__.__name__})") from None
    if len(data) > MAX_FILE_BYTES:
        raise refuse(f"the file is over {MAX_FILE_BYTES // 1_000_000} MB; a FAQ is far smaller, is it the right file?")
    text, read_problems = prescan.decode(data)  # UTF-8, or Notepad's ANSI / UTF-16 with a warning
    if text is None:
        raise FaqError(str(path), read_problems)
    return text, read_problems


def read_faq(path: str | Path) -> tuple[Faq, list[Problem], str]:
    """`load_faq` plus the text it was built from (what `clinic.last_good` keeps)."""
    text, read_problems = read_text(path)
    faq, problems = parse_faq(text)
    problems = read_problems + problems
    if faq is None:
        raise FaqError(str(path), problems)
    return faq, problems, text


def load_faq(path: str | Path) -> tuple[Faq, list[Problem]]:
    """Read and validate a FAQ file; raise FaqError (never a traceback) when it cannot be used."""
    faq, problems, _ = read_faq(path)
    return faq, problems
