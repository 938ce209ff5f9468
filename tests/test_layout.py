"""The house rules of the layout (docs/developing.md): small modules, no import cycle,
the engine side free of Telegram, and the Telegram package imported one way only."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

BOT = ROOT / "bot"
MAX_LINES = 250
ENGINE_SIDE = (
    "bot.faq",
    "bot.understanding",
    "bot.engine",
    "bot.conversation",
    "bot.replies",
    "bot.markup",
    "bot.console",
    "bot.clinic",
)
TELEGRAM_ORDER = (
    "bot.telegram.run",
    "bot.telegram.app",
    "bot.telegram.staff",
    "bot.telegram.handlers",
    "bot.telegram.buttons",
    "bot.telegram.inline",
    "bot.telegram.shared",
    "bot.telegram.chat",
    "bot.telegram.render",
)


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(BOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


MODULES = _modules()
GRAPH = {name: {m for m in _imports(path) if m in MODULES and m != name} for name, path in MODULES.items()}


def test_every_module_is_small():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_no_import_cycle():
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name in done:
            return
        for imported in GRAPH[name]:
            visit(imported, (*path, name))
        done.add(name)

    for name in GRAPH:
        visit(name, ())


def test_engine_side_never_imports_telegram():
    for name, path in MODULES.items():
        if name.startswith(ENGINE_SIDE):
            telegram = {m for m in _imports(path) if m == "telegram" or m.startswith(("telegram.", "bot.telegram"))}
            assert telegram == set(), name


def test_telegram_package_imports_one_way():
    for position, name in enumerate(TELEGRAM_ORDER):
        above = set(TELEGRAM_ORDER[:position])
        assert GRAPH[name] & above == set(), name


def test_markup_imports_nothing_of_the_project():
    assert GRAPH["bot.markup"] == set()
