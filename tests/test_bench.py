"""The benchmark's smoke run (tiny sizes), so `make bench` cannot rot."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.process


def test_bench_smoke(tmp_path):
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.read_text())
    assert [row["system"] for row in data["quality"]] == ["this bot", "difflib ratio", "rapidfuzz WRatio"]
    missed, red_flags = data["quality"][0]["red_flags_missed"].split("/")  # a sample: every 12th message
    assert missed == "0" and int(red_flags) > 0
    assert [row["system"] for row in data["quality_blind_held"]] == ["this bot", "difflib ratio", "rapidfuzz WRatio"]
    assert [row["faq"] for row in data["speed"]] == ["shipped", "synthetic 50"]
    assert data["throughput"][0]["updates"] == 12 and data["throughput"][0]["updates_per_s"] > 0
    assert [(row["rate_limiter"], row["worst_case_flood"]) for row in data["throughput"]] == [
        ("off", 0),
        ("off", 20),
        ("on", 0),
    ]
    assert data["startup"][0]["ready_s"] is not None
    assert data["batch_ask"][0]["lines"] == 50
    assert data["longest_message_ms"] > 0
    assert data["reloads"][0]["reloads"] == 5 and data["reloads"][0]["rss_growth_mib"] < 10
    assert len(data["worst_case_ms"]) == 4 and all(0 < ms < 1000 for ms in data["worst_case_ms"].values())
    assert "Answer quality" in result.stdout
