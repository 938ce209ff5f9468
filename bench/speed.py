"""Speed and scale: time per message and index build for the shipped and synthetic FAQs."""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from bot.clinic.reload import FaqWatcher
from bot.engine import Engine, FaqVersion, reply_to
from bot.faq import Entry, Faq
from bot.understanding.triage import triage

# Made-up words give each synthetic copy its own vocabulary, as a bigger real FAQ would have.
_SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sha", "vo", "pel", "dri", "nux", "bo", "zen"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3))


def _vary(text: str, extra: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 3 and rng.random() < 0.5:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    words.insert(rng.randrange(len(words) + 1), extra)
    return " ".join(words)


# Alternatives copied per synthetic entry: about what a typical clinic FAQ has (the first
# shipped FAQ had 11 phrasings an entry; the current one about 40), so the synthetic sizes
# measure scale, not how many alternatives the shipped file has grown.
SYNTHETIC_ALTERNATIVES = 10


def synthetic_faq(faq: Faq, size: int, seed: int = 7) -> Faq:
    """`size` entries made from the real ones, each copy with its own distinguishing word."""
    rng = random.Random(seed)
    entries: list[Entry] = []
    base = [e for e in faq.entries if e.kind == "answer"]
    copy = 0
    while len(entries) < size:
        for entry in base:
            if len(entries) >= size:
                break
            extra = _word(rng)
            entries.append(
                replace(
                    entry,
                    id=f"{entry.id}-{copy}"[:40],
                    question=_vary(entry.question, extra, rng),
                    alternatives=tuple(_vary(a, extra, rng) for a in entry.alternatives[:SYNTHETIC_ALTERNATIVES]),
                    related=(),
                )
            )
        copy += 1
    return replace(faq, entries=tuple(entries))


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


def longest_message_ms(faq: Faq, seed: int = 11) -> float:
    """The worst case: 4,096 characters of words never seen before, so every one is typo-checked."""
    rng = random.Random(seed)
    version = FaqVersion.build(faq)
    words = []
    while sum(len(w) + 1 for w in words) < 4096:
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10))))
    message = " ".join(words)[:4096]
    started = time.perf_counter()
    reply_to(version, message)
    return round((time.perf_counter() - started) * 1000, 2)


def triage_ms(messages: list[str]) -> dict[str, float]:
    """Triage alone (the rules and the second reader), per message after one warm-up pass: its
    budget is well under 1 ms median, since every message pays it before anything else."""
    for message in messages:
        triage(message)
    times = []
    for message in messages:
        started = time.perf_counter()
        triage(message)
        times.append(time.perf_counter() - started)
    return {"messages": len(messages), "triage_ms_median": round(statistics.median(times) * 1000, 3),
            "triage_ms_p99": round(_percentile(times, 99) * 1000, 3)}  # fmt: skip


# Characters NFKD expands into many letters: one 4,096-character message becomes one huge word.
WORST_CASES = {"U+3389 x4096": "\u3389", "U+FB03 x4096": "\ufb03", "U+FDFA x4096": "\ufdfa", "'a' x4096": "a"}


def worst_case_ms(faq: Faq) -> dict[str, float]:
    """Each hostile 4,096-character message on a fresh version (no memo helps): ms, budget 50."""
    out = {}
    for name, char in WORST_CASES.items():
        version = FaqVersion.build(faq)
        started = time.perf_counter()
        reply_to(version, char * 4096)
        out[name] = round((time.perf_counter() - started) * 1000, 2)
    return out


def _rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def reload_growth(path: Path, reloads: int) -> dict:
    """RSS before and after `reloads` live reloads of the file, through the real watcher (target: +10 MiB per 100)."""
    watcher = FaqWatcher(Engine.from_file(path))
    for _ in range(3):  # warm: the first reloads fill caches once
        watcher.request()
        watcher.poll()
    gc.collect()
    before = _rss_mib()
    started = time.perf_counter()
    for _ in range(reloads):
        watcher.request()
        watcher.poll()
    elapsed = time.perf_counter() - started
    gc.collect()
    return {"reloads": reloads, "rss_before_mib": round(before, 1), "rss_growth_mib": round(_rss_mib() - before, 1),
            "reload_ms_median": round(elapsed / reloads * 1000, 1)}  # fmt: skip


def measure(faq: Faq, messages: list[str], builds: int = 3, rounds: int = 3) -> dict:
    build_times = []
    for _ in range(builds):
        started = time.perf_counter()
        version = FaqVersion.build(faq)
        build_times.append(time.perf_counter() - started)
    tracemalloc.start()
    FaqVersion.build(faq)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    for message in messages:  # warm the typo memo, as a running bot would be
        reply_to(version, message)
    times = []
    for _ in range(rounds):
        for message in messages:
            started = time.perf_counter()
            reply_to(version, message)
            times.append(time.perf_counter() - started)
    return {
        "entries": len(faq.entries),
        "phrasings": sum(len(e.phrases) for e in faq.entries),
        "build_s_median": round(statistics.median(build_times), 4),
        "answer_ms_median": round(statistics.median(times) * 1000, 3),
        "answer_ms_p99": round(_percentile(times, 0.99) * 1000, 3),
        "index_peak_mib": round(peak / 2**20, 1),
    }
