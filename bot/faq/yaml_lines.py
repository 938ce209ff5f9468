"""YAML with the line number of every value, so each problem can name its line."""

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


_constructor = yaml.constructor.SafeConstructor()


def _convert(node: yaml.Node, problems: list[Problem]) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        items: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(_constructor.construct_object(key_node))
            key_line = key_node.start_mark.line + 1
            if key in items:
                problems.append(Problem(key_line, f"'{key}' appears twice here; keep only one"))
            items[key] = _convert(value_node, problems)
            key_lines[key] = key_line
        return Node(items, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, problems) for item in node.value], line)
    try:
        return Node(_constructor.construct_object(node), line)
    except (yaml.YAMLError, ValueError):
        return Node(node.value, line)


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
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_hint(error, text.splitlines())]
    except yaml.YAMLError as error:
        return None, [Problem(1, f"YAML syntax: {error}")]
    if root is None:
        return None, [Problem(1, "the file is empty")]
    return _convert(root, problems), problems
