from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.faq import load_faq

ROOT = Path(__file__).resolve().parent.parent
FAQ_PATH = ROOT / "faq.yaml"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def faq():
    loaded, _ = load_faq(FAQ_PATH)
    return loaded


@pytest.fixture(scope="session")
def engine(faq):
    return Engine(faq)


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    """A copy of the shipped faq.yaml that a test may break."""
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    return path
