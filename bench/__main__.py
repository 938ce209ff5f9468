"""Run every benchmark, print a table, write bench/results.json. `--smoke` runs tiny sizes."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
from pathlib import Path

import yaml

from bench import e2e, quality, speed
from bot.clinic.evaluate import load_cases
from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
FAQ = ROOT / "faq.yaml"
LABELS = ROOT / "tests" / "data" / "questions.yaml"
BLIND = ROOT / "tests" / "data" / "blind"
SMOKE_CASES = 15  # per quality table in `--smoke`: enough to run every path, fast enough for `make test`


def _table(title: str, rows: list[dict]) -> str:
    if not rows:
        return ""
    columns = list(rows[0])
    widths = [max(len(str(c)), *(len(str(r[c])) for r in rows)) for c in columns]
    lines = [f"\n{title}", "  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(str(r[c]).ljust(w) for c, w in zip(columns, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def machine() -> dict:
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "machine": platform.machine(),
            "system": platform.system()}  # fmt: skip


def _sample(cases: list) -> list:
    """Every kind of case, spread through the file (red flags come last in the labelled set)."""
    return cases[:: max(1, len(cases) // SMOKE_CASES)]


def run(smoke: bool) -> dict:
    engine = Engine.from_file(FAQ)
    cases = load_cases(LABELS)
    messages = [c.text for c in cases]
    results: dict = {"machine": machine(), "smoke": smoke}
    # the difflib baseline compares every message with every phrasing: the smoke run keeps it small
    results["quality"] = [q.row() for q in quality.compare(engine, _sample(cases) if smoke else cases)]
    for half in ("dev", "held"):
        blind = quality.blind_cases(BLIND, half)
        picked = _sample(blind) if smoke else blind
        results[f"quality_blind_{half}"] = [q.row() for q in quality.compare(engine, picked)]
    sizes = [50] if smoke else [100, 1000, 10000]
    scale = [{"faq": "shipped", **speed.measure(engine.faq, messages, builds=1 if smoke else 5)}]
    results["longest_message_ms"] = speed.longest_message_ms(engine.faq)
    red_flags = [i["text"] for f in sorted(BLIND.glob("redflags_*.yaml")) for i in yaml.safe_load(f.read_text("utf-8"))]
    results["triage"] = [speed.triage_ms(red_flags[:40] if smoke else red_flags)]
    results["worst_case_ms"] = speed.worst_case_ms(engine.faq)
    results["reloads"] = [speed.reload_growth(FAQ, 5 if smoke else 100)]
    for size in sizes:
        faq = speed.synthetic_faq(engine.faq, size)
        scale.append(
            {
                "faq": f"synthetic {size}",
                **speed.measure(faq, messages[:40] if smoke else messages, 1, 1 if smoke else 3),
            }
        )
    results["speed"] = scale
    users, per_user = (4, 3) if smoke else (50, 20)
    settings = ((False, 0), (False, 20), (True, 0))  # (production rate limiter, worst-case flood)
    results["throughput"] = [
        asyncio.run(e2e.throughput(FAQ, users, per_user, messages, flood=flood, rate_limit=limit))
        for limit, flood in settings
    ]
    results["startup"] = [asyncio.run(e2e.startup(FAQ))]
    results["batch_ask"] = [asyncio.run(e2e.batch_ask(50 if smoke else 1000, messages))]
    return results


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for the test suite")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()
    results = run(args.smoke)
    print(f"machine: {results['machine']}")
    print(_table("Answer quality, own labelled set (baselines at their best threshold)", results["quality"]))
    for half, title in (("dev", "development half (tuned on)"), ("held", "held-out half (never tuned on)")):
        rows = results[f"quality_blind_{half}"]
        print(_table(f"Answer quality, blind FAQ sets, {title}; baselines' thresholds picked on it", rows))
    print(_table("Speed and scale (time per message, index build, index memory)", results["speed"]))
    print(_table("Triage alone, blind-set messages (budget: well under 1 ms median)", results["triage"]))
    print(f"\nLongest allowed message (4,096 characters of unseen words): {results['longest_message_ms']} ms")
    worst = ", ".join(f"{name} {ms} ms" for name, ms in results["worst_case_ms"].items())
    print(f"Worst-case messages (NFKD expanders, fresh index each, budget 50 ms): {worst}")
    print(_table("Live reloads of faq.yaml (RSS growth; target under 10 MiB per 100)", results["reloads"]))
    print(_table("End-to-end through python-telegram-bot", results["throughput"]))
    print(_table("Start-up", results["startup"]))
    print(_table("Batch ask --json", results["batch_ask"]))
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
