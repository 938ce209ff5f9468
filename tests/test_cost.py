"""What one message costs: linear in its length and bounded in memory, whatever the text.

The worst cases are characters NFKD expands (U+3389 "㎉" becomes "kcal", U+FB03 "ﬃ"
becomes "ffi", U+FDFA becomes 18 characters), so one 4,096-character message folds into a
word of 16,384 letters or more. Each measurement uses a fresh FAQ version and a word not
seen before, so no memo hides the cost a new message pays.
"""

from __future__ import annotations

import itertools
import string
import time
import tracemalloc

import pytest

from bot.engine import FaqVersion, reply_to
from bot.faq import Faq
from bot.understanding import lexicon, normalise

WORST = {"kcal": "\u3389", "ffi": "\ufb03", "salawat": "\ufdfa", "letter": "a"}
# The brief's budget per worst-case message; measured about 6 ms on the 2-core development machine.
BUDGET_SECONDS = 0.050
# 8x the text: linear is about 8x the time, the old quadratic suffix regex was about 60x.
MAX_RATIO = 24
# Bytes all memo caches together may keep per distinct long word: about 1.1 KiB now, 8.7 KiB before the cap.
MAX_BYTES_PER_WORD = 2048
_fresh = itertools.count()


def _unseen_prefix() -> str:
    """Three letters no earlier measurement in this run used, so no memo (even a global one) helps."""
    n = next(_fresh)
    return "".join(string.ascii_lowercase[n // 26**k % 26] for k in range(3))


def _cold_seconds(faq: Faq, char: str, length: int, rounds: int = 3) -> float:
    """Fastest of a few runs, each on a fresh version with a word it has never seen."""
    best = float("inf")
    for _ in range(rounds):
        version = FaqVersion.build(faq)
        text = (_unseen_prefix() + char * length)[:length]
        started = time.perf_counter()
        reply_to(version, text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("name", ["kcal", "ffi", "letter"])
def test_worst_case_message_costs_under_50ms(faq, name):
    assert _cold_seconds(faq, WORST[name], 4096) < BUDGET_SECONDS


@pytest.mark.parametrize("name", sorted(WORST))
def test_cost_grows_linearly_with_length(faq, name):
    short = _cold_seconds(faq, WORST[name], 512, rounds=5)
    long = _cold_seconds(faq, WORST[name], 4096, rounds=5)
    assert long / max(short, 1e-4) < MAX_RATIO, (short, long)


def test_memo_caches_stay_small_for_long_unseen_words(faq):
    # Emptied first, so what is measured is what each new word costs, not the resize of a cache that
    # earlier tests happened to leave nearly full (which made this fail after the blind-set tests).
    for memo in (lexicon.correct, lexicon._prefix_tags, normalise.stem):
        memo.cache_clear()
    # PyStemmer keeps its own cache of 10,000 words, which purges itself when full: setting its size
    # empties it (it filled up once the blind sets passed 11,000 messages)
    size = normalise._stemmer.maxCacheSize
    normalise._stemmer.maxCacheSize = 0
    normalise._stemmer.maxCacheSize = size
    version = FaqVersion.build(faq)
    reply_to(version, "warm up " + "a" * 4096)
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    words = 200
    for i in range(words):
        reply_to(version, (_unseen_prefix() + "abcdefghij"[i % 10] * 4096)[:4096])
    after, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert after - before < words * MAX_BYTES_PER_WORD
