"""YAML with the line number of every value, so each problem can name its line.

Only the YAML a FAQ needs is read: plain mappings, lists and text. Anchors and
aliases (`&a`, `*a`, `<<: *a`), explicit tags (`!!timestamp`, `!!python/...`),
complex keys (`? [a, b]`) and nesting deeper than any FAQ are refused with their
line, before any value is built, so a hostile file costs neither memory nor a crash.
"""

from __future__ import annotations

from typing import Any

import yaml

from bot.faq.model import Problem


class Node:
    """A parsed YAML value with the line it starts on (1-based)."""

    __slots__ = ("key_lines", "line", "value")

    def __init__(self, value: Any, line: int, key_lines: dict[str, int] | None = None):
        self.value = value
        self.line = line
        self.key_lines = key_lines or {}


# A FAQ nests five levels (faqs > entry > alternatives > text); twenty leaves room for
# any honest layout and stops 5,000 "[" long before Python's recursion limit.
MAX_DEPTH = 20


class _Refused(Exception):
    """YAML that is valid but not allowed in a FAQ; `line` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _FaqLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, anchors, tags and deep nesting as it composes."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(line, f"'*{event.anchor}' repeats a value by reference; write the text out in full")
        if event.anchor is not None:
            raise _Refused(line, f"'&{event.anchor}' marks a value for repeating; remove it and write the text out")
        if event.tag is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(line, f"'{tag}' is a YAML tag, which a FAQ does not use; remove it")
        if self._depth >= MAX_DEPTH:
            raise _Refused(line, f"lists and sections are nested more than {MAX_DEPTH} deep here")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _scalar(node: yaml.Node) -> Any:
    """The value of a plain scalar; text as written when YAML's guess fails ('2026-13-45').

    A constructor per value: one shared constructor remembers every node it has built
    (and through its marks the whole file), which leaked the file on every reload."""
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value


def _convert(node: yaml.Node, problems: list[Problem]) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        items: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(key_line, "a key must be plain text followed by a colon, not a list or '? '"))
                continue
            key = str(_scalar(key_node))
            if key in items:
                problems.append(Problem(key_line, f"'{key}' appears twice here; keep only one"))
            items[key] = _convert(value_node, problems)
            key_lines[key] = key_line
        return Node(items, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, problems) for item in node.value], line)
    return Node(_scalar(node), line)


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


def parse(text: str) -> tuple[Node | None, list[Problem]]:
    problems: list[Problem] = []
    loader: _FaqLoader | None = None
    try:
        loader = _FaqLoader(text)
        root = loader.get_single_node()
    except _Refused as refused:
        return None, [Problem(refused.line, f"not allowed in a FAQ: {refused.message}")]
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_hint(error, text.splitlines())]
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        return None, [
            Problem(line, f"YAML syntax: the invisible character U+{error.character:04X} is not allowed; delete it")
        ]
    except yaml.YAMLError as error:
        return None, [Problem(1, f"YAML syntax: {' '.join(str(error).split())}")]
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        return None, [Problem(1, "the file is empty")]
    return _convert(root, problems), problems
