"""A look at faq.yaml as raw text, before YAML reads it.

The commonest beginner mistakes (Word's non-breaking spaces and long dashes, Tabs, a
forgotten '- ', an entry pasted without its '- ', an apostrophe inside single quotes,
curly quotes, a file saved as ANSI or UTF-16) make the YAML parser stumble a line or
two later with advice that misleads. Seen as text they are plain, so this module names
the real line and the real fix; the YAML parser only sees files that pass it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.faq.model import Problem

RESAVE = "in Notepad: File > Save As, set 'Encoding' to 'UTF-8', then Save"
# Spaces that look like spaces but are not to YAML (Word, e-mail and web pages paste them).
ODD_SPACES = "\u00a0\u2002\u2003\u2007\u2009\u202f\u3000"
LONG_DASHES = "–—‒−•"  # en dash, em dash, figure dash, minus sign, bullet
CURLY_OPEN = "“‘„"
# UTF-16 text is mostly ASCII with a zero byte beside each letter; a real UTF-8 file has none.
UTF16_ZERO_SHARE = 0.3

_BLOCK_START = re.compile(r"^(\s*(?:- )*)[^\s#'\"][^:#]*:\s*[|>][-+0-9]*\s*(?:#.*)?$")
_KEY = re.compile(r"^(?:- )*([A-Za-z_][\w-]*)\s*:(?:\s|$)")
_VALUE = re.compile(r"^(?:- |[A-Za-z_][\w-]*\s*:\s+)+(.*)$")


@dataclass
class Scan:
    """What the raw text says: problems to report, and better words for YAML errors."""

    problems: list[Problem] = field(default_factory=list)
    hints: dict[int, str] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]


NOT_TEXT_SHARE = 0.01  # a text file has hardly any characters that cannot be shown; a binary, many


def decode(data: bytes) -> tuple[str | None, list[Problem]]:
    """The file's text, whatever Notepad saved it as; a warning says how to re-save it."""
    text, problems = _decode(data)
    if text is not None:
        odd = sum(1 for ch in text if not ch.isprintable() and ch not in "\t\n\r\ufeff\xa0")
        odd += text.count("\ufeff") - text.startswith("\ufeff")  # a byte-order mark belongs only at the start
        if odd > NOT_TEXT_SHARE * len(text):
            return None, [Problem(0, "cannot read the file: it does not look like text; is it the right file?")]
    return text, problems


def _decode(data: bytes) -> tuple[str | None, list[Problem]]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    zeros = data[:2000].count(0) / max(1, len(data[:2000]))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or zeros > UTF16_ZERO_SHARE:
        codec = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_order(data)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None, [Problem(1, f"the file is saved as UTF-16 and is damaged; {RESAVE}")]
        return text.lstrip("\ufeff"), [
            Problem(1, f"the file is saved as UTF-16 ('Unicode'); it was read, but please re-save it: {RESAVE}", True)
        ]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, [Problem(line, f"this line has characters that are not UTF-8 text; {RESAVE}")]
    return text, [
        Problem(line, f"the file is saved as ANSI (Windows-1252), first seen on this line; it was read, {RESAVE}", True)
    ]


def _utf16_order(data: bytes) -> str:
    return "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"


@dataclass
class _Block:
    """An `answer: |` text: its lines are the editor's words, not YAML structure."""

    key_column: int
    content_indent: int | None = None


def scan(text: str) -> Scan:
    """Every raw-text mistake in `text`, each on its own line with its fix."""
    result = Scan()
    lines = text.splitlines()
    block: _Block | None = None
    items: list[tuple[int, int, set[str]]] = []  # open mapping items: (dash column, line, keys seen)
    previous: tuple[int, str] | None = None  # (indent, stripped) of the last structural line
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip(" \t" + ODD_SPACES)
        lead = raw[: len(raw) - len(raw.lstrip(" \t" + ODD_SPACES))]
        if block is not None:
            if not stripped:
                continue
            spaces = len(lead) - len(lead.lstrip(" "))
            if spaces > block.key_column or (block.content_indent is not None and len(lead) > block.key_column):
                if block.content_indent is None:
                    block.content_indent = spaces
                if spaces < block.content_indent and lead[spaces : spaces + 1] in ("\t", *ODD_SPACES):
                    _bad_indent(result, number, lead[spaces])
                continue
            block = None
        if not stripped or stripped.startswith("#"):
            continue
        if any(ch != " " for ch in lead):
            _bad_indent(result, number, next(ch for ch in lead if ch != " "))
            continue
        indent = len(lead)
        if stripped[0] in LONG_DASHES:
            message = f"this line starts with '{stripped[0]}' (a long dash or bullet from Word); a list item needs"
            result.problems.append(Problem(number, message + " the short dash '-' from the keyboard, then a space"))
            continue
        _list_item(result, number, indent, stripped, previous, lines)
        _pasted_entry(result, number, indent, stripped, items)
        _quotes(result, number, stripped)
        start = _BLOCK_START.match(raw)
        if start:
            block = _Block(len(start.group(1)))
        previous = (indent, stripped)
    return result


def _bad_indent(result: Scan, number: int, char: str) -> None:
    if char == "\t":
        message = "this line is indented with the Tab key; YAML needs spaces: delete the Tab and type spaces"
    else:
        message = (
            "the spaces at the start of this line are non-breaking spaces (pasted from Word or an e-mail); "
            "delete them and type ordinary spaces"
        )
    result.problems.append(Problem(number, message + ", lined up with the line above"))


def _list_item(
    result: Scan, number: int, indent: int, stripped: str, previous: tuple[int, str] | None, lines: list[str]
) -> None:
    """A line in a list of alternatives that forgot its '- '."""
    if previous is None or stripped.startswith(("- ", "-\t")) or stripped == "-" or _KEY.match(stripped):
        return
    prev_indent, prev = previous
    if not prev.startswith("- ") or _KEY.match(prev[2:]):
        return
    if indent == prev_indent:
        owner = _owner(lines, number, indent)
        message = f"this line is in the list{owner} but does not start with '- ': add a dash and a space before it"
        result.problems.append(Problem(number, f"{message}, so it reads  - {stripped}"))
    elif indent > prev_indent:
        message = f"this line is joined to the item above ({prev[2:].strip()} {stripped}); if it is another way"
        result.problems.append(Problem(number, message + " of asking, start it with '- ' like the line above", True))


def _owner(lines: list[str], number: int, indent: int) -> str:
    for raw in reversed(lines[: number - 1]):
        text = raw.strip()
        if text and not text.startswith("#") and len(raw) - len(raw.lstrip()) < indent:
            key = _KEY.match(text)
            return f" of '{key.group(1)}'" if key else ""
    return ""


def _pasted_entry(result: Scan, number: int, indent: int, stripped: str, items: list[tuple[int, int, set[str]]]):
    """A second 'id:' inside one entry: the new entry was pasted without its '- '."""
    while items and items[-1][0] >= indent:
        items.pop()
    if stripped.startswith("- "):
        key = _KEY.match(stripped)
        if key:
            items.append((indent, number, {key.group(1)}))
        return
    key = _KEY.match(stripped)
    if not items or not key or indent != items[-1][0] + 2:
        return
    dash, first, seen = items[-1]
    if key.group(1) == "id" and "id" in seen:
        message = f"a second 'id:' inside the entry that starts on line {first}: a new entry must start with '- ',"
        result.problems.append(Problem(number, f"{message} so write  - {stripped}  with the dash under line {first}'s"))
        items[-1] = (dash, number, {"id"})  # the pasted entry counts as its own from here on
        return
    seen.add(key.group(1))


def _quotes(result: Scan, number: int, stripped: str) -> None:
    """An apostrophe that ends single-quoted text early; curly quotes YAML does not know."""
    found = _VALUE.match(stripped)
    value = found.group(1).strip() if found else stripped
    if value.startswith("'"):
        end = _closing_quote(value)
        if end is not None and value[end + 1 :].strip() and not value[end + 1 :].strip().startswith("#"):
            word = re.findall(r"\w+'\w*", value)
            example = word[0] if word else value[: end + 2]
            text = value[1:-1] if value.endswith("'") else value[1:]
            result.problems.append(
                Problem(
                    number,
                    f"the apostrophe in {example} ends the quoted text early: write it twice "
                    f'({example.replace(chr(39), chr(39) * 2)}), or use double quotes: "{text}"',
                )
            )
    elif value[:1] in CURLY_OPEN:
        result.hints[number] = (
            f"this text starts with a curly quote {value[0]} (typed by Word), which YAML does not treat as a quote: "
            'use straight quotes " " from the keyboard, or no quotes'
        )
        closing = "”" if value[0] in "“„" else "’"
        if value.endswith(closing):
            result.problems.append(
                Problem(
                    number,
                    f"the curly quotes {value[0]}…{closing} will be shown to patients as part of the text; "
                    'remove them, or use straight quotes " "',
                    warning=True,
                )
            )


def _closing_quote(value: str) -> int | None:
    i = 1
    while i < len(value):
        if value[i] == "'":
            if value[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def explain(problems: list[Problem], found: Scan) -> list[Problem]:
    """Replace a YAML syntax message with the pre-scan's plainer one for the same spot."""
    out = []
    for problem in problems:
        hint = next((found.hints[n] for n in (problem.line, problem.line - 1) if n in found.hints), None)
        if hint and problem.message.startswith("YAML syntax"):
            line = problem.line if problem.line in found.hints else problem.line - 1
            out.append(Problem(line, hint))
        else:
            out.append(problem)
    return out
