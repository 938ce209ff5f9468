"""The tiny text markup editors may use, and its renderings.

Plain text, **bold**, lines starting with '- ' or '* ' as bullets, and links written
[words](https://address). Editors never write HTML: everything is escaped and only
bold and links become tags, so no FAQ text or patient text can produce a message
Telegram would reject.
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
# The one link syntax: [words](https://address); the address may hold no spaces or quotes.
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^\s()<>\"]+)\)")
_LINK_LIKE = re.compile(r"\[[^\[\]\n]+\]\([^)\n]*\)")
BULLET = "•"


def located_problems(text: str) -> list[tuple[str, str]]:
    """What in `text` would show wrongly to a patient, each with the text it is about."""
    found = []
    tag = _TAG.search(text)
    if tag:
        found.append(
            (tag.group(0), f"'{tag.group(0)}' would be shown as typed; write plain text, and **like this** for bold")
        )
    if text.count("**") % 2:
        line = next((x for x in text.splitlines() if x.count("**") % 2), "**")
        found.append((line.strip(), "a '**' is not closed; bold text needs ** before and after it"))
    for link in _LINK_LIKE.finditer(text):
        if not _LINK.fullmatch(link.group(0)):
            found.append(
                (link.group(0), f"the link '{link.group(0)}' needs an address starting with https:// and no spaces")
            )
    return found


def problems(text: str) -> list[str]:
    """What in `text` would show wrongly to a patient."""
    return [message for _, message in located_problems(text)]


_LIST_ITEM = re.compile(r"^\s*(?:[•*-]|\d+[.)])\s")
_EDITOR_BULLET = re.compile(r"^\s*[*-]\s+")
# A line ending a sentence keeps its line break; one that stops mid-sentence was wrapped
# by the editor's window and is joined, so phones wrap it. A line indented under a bullet
# continues that bullet.
_ENDS_SENTENCE = re.compile(r"[.!?]['\")”’]*$")
_WHOLE_BOLD = re.compile(r"^\*\*.+\*\*$")


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def reflow(text: str) -> str:
    """Lines as the editor meant them: paragraphs, kept line breaks, bullets, no Tabs."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\t", " ").strip("\n")):
        lines: list[str] = []
        item_indent: int | None = None  # the raw indent of the bullet the last line belongs to
        for raw in block.splitlines():
            line = _EDITOR_BULLET.sub(BULLET + " ", raw).strip() if not raw.lstrip().startswith("**") else raw.strip()
            line = re.sub(" {2,}", " ", line)
            starts = not lines or _LIST_ITEM.match(line) or line.startswith("**")
            under_item = item_indent is not None and _indent(raw) > item_indent and not starts
            if not under_item and (starts or _ENDS_SENTENCE.search(lines[-1]) or _WHOLE_BOLD.match(lines[-1])):
                lines.append(line)
                item_indent = _indent(raw) if _LIST_ITEM.match(line) else None
            else:
                lines[-1] += " " + line
        paragraphs.append("\n".join(lines))
    return "\n\n".join(p for p in paragraphs if p)


def to_html(text: str) -> str:
    """Telegram HTML: everything escaped, **bold** as <b>, [words](https://…) as a link."""
    escaped = _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))
    return _LINK.sub(r'<a href="\2">\1</a>', escaped)


def to_plain(text: str) -> str:
    """The console's text: bold marks dropped, links as 'words (address)'."""
    return _LINK.sub(r"\1 (\2)", _BOLD.sub(r"\1", text))


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
            return _outside_links(text, pos)
    return _outside_links(text, low)


def _outside_links(text: str, cut: int) -> int:
    """Move a cut that falls inside a link to just before it, so the link stays whole."""
    for link in _LINK.finditer(text):
        if link.start() < cut < link.end() and link.start() > 0:
            return link.start()
    return cut
