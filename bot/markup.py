"""The tiny text markup editors may use (plain text, **bold**), and its renderings.

Editors never write HTML: everything is escaped, and only **bold** becomes a tag,
so no FAQ text or patient text can produce a message Telegram would reject.
"""

from __future__ import annotations

import html
import re

# Telegram's longest message, in characters after entity parsing (its
# telegram.constants.MessageLimit.MAX_TEXT_LENGTH). Written here because the engine
# side never imports telegram; tests/test_markup.py checks the two agree.
MESSAGE_LIMIT = 4096
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def problems(text: str) -> list[str]:
    """What in `text` would show wrongly to a patient."""
    found = []
    tag = _TAG.search(text)
    if tag:
        found.append(f"'{tag.group(0)}' would be shown as typed; write plain text, and **like this** for bold")
    if text.count("**") % 2:
        found.append("a '**' is not closed; bold text needs ** before and after it")
    return found


_LIST_ITEM = re.compile(r"^\s*(?:[•*-]|\d+[.)])\s")


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of a YAML block into paragraphs and list items,
    so phones wrap the text themselves."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if lines and not _LIST_ITEM.match(raw) and not line.startswith("**"):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def to_html(text: str) -> str:
    """Telegram HTML: everything escaped, **bold** as <b>."""
    return _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def to_plain(text: str) -> str:
    return _BOLD.sub(r"\1", text)


def join(*parts: str | None) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def booking_line(phone: str, website: str) -> str:
    return f"📞 To book or ask: call {phone} or visit {website}"


def answer_text(question: str, answer: str, footer: str | None) -> str:
    """One answer as a message: the question as its bold title, the answer, then the footer."""
    return join(f"**{question}**", answer, footer)


def html_length(text: str) -> int:
    return len(to_html(text))


def too_long(length: int) -> str | None:
    if length > MESSAGE_LIMIT:
        return f"is {length} characters with its title and booking line; Telegram allows {MESSAGE_LIMIT}: shorten it"
    return None


def split(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split markup text into chunks whose HTML fits `limit`, at paragraph, line or word
    boundaries, closing and reopening bold across a cut."""
    chunks: list[str] = []
    rest = text
    while len(to_html(rest)) > limit:
        cut = _cut_point(rest, limit)
        head, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        if head.count("**") % 2:
            head, rest = head + "**", "**" + rest
        chunks.append(head)
    if rest:
        chunks.append(rest)
    return chunks


def _cut_point(text: str, limit: int) -> int:
    # HTML escaping can grow text up to 5x (& -> &amp;); find the longest prefix that fits.
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if len(to_html(text[:mid])) + 4 <= limit:  # +4 leaves room for a closing "**"
            low = mid
        else:
            high = mid - 1
    window = text[:low]
    for sep in ("\n\n", "\n", " "):
        pos = window.rfind(sep)
        if pos > low // 2:
            return pos
    return low
