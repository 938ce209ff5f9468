"""Shared fixtures. Behaviour tests use a FROZEN copy of the FAQ (tests/data/faq_fixture.yaml),
so a clinic's edit of faq.yaml never turns them red; only the tests of the shipped content
(tests/test_shipped_faq.py, the eval floors in tests/test_evaluate.py) read the live file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.clinic.stats import Stats
from bot.engine import Engine
from bot.faq import Faq, load_faq
from tests.support.emulator import Emulator
from tests.support.fault_proxy import FaultProxy
from tests.support.harness import TOKEN, running

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LIVE_FAQ_PATH = ROOT / "faq.yaml"  # the clinic's file: only content tests read it
FIXTURE_PATH = DATA / "faq_fixture.yaml"  # frozen: edit it only on purpose, with the tests that rely on it


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that start a server or a process are `e2e`; `make test-fast` skips them."""
    for item in items:
        if "emulator" in getattr(item, "fixturenames", ()) or "running_bot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def faq() -> Faq:
    loaded, _ = load_faq(FIXTURE_PATH)
    return loaded


@pytest.fixture(scope="session")
def engine(faq: Faq) -> Engine:
    return Engine(faq)


@pytest.fixture(scope="session")
def live_faq() -> Faq:
    loaded, _ = load_faq(LIVE_FAQ_PATH)
    return loaded


@pytest.fixture(scope="session")
def live_engine(live_faq: Faq) -> Engine:
    return Engine(live_faq)


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    """A copy of the frozen fixture FAQ that a test may edit or break."""
    path = tmp_path / "faq.yaml"
    path.write_text(FIXTURE_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
async def emulator():
    """A strict Bot API emulator on 127.0.0.1 that knows the suite's TOKEN."""
    emu = Emulator(TOKEN)
    await emu.start()
    yield emu
    await emu.stop()


@dataclass
class RunningBot:
    emulator: Emulator
    app: Application
    engine: Engine
    stats: Stats


@pytest.fixture
async def proxy(emulator: Emulator):
    """The fault-injecting proxy in front of the emulator (faults off until a test sets them)."""
    fault_proxy = FaultProxy(emulator.url.removesuffix("/bot"), hang_seconds=1.0)
    await fault_proxy.start()
    yield fault_proxy
    await fault_proxy.stop()


@pytest.fixture
async def running_bot(emulator: Emulator, faq_copy: Path, tmp_path: Path):
    """The real Application polling the emulator, over a copy of the fixture FAQ, recording statistics."""
    stats = Stats.open(tmp_path / "stats.sqlite3")
    engine = Engine.from_file(faq_copy, recorder=stats)
    async with running(engine, emulator.url) as app:
        yield RunningBot(emulator, app, engine, stats)
    stats.close()
