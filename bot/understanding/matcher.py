"""Score a message against every FAQ entry (`decide` then answers, suggests or gives up).

Each entry is scored by its best phrasing (question or alternative), pulled a little towards its
second best (`SECOND_PHRASE_SHARE`), on two signals:
- weighted word overlap, where a word's weight is how rare it is across entries
  (IDF): "hurt" tells entries apart, "acupuncture" hardly does. It is measured both
  ways: how much of the phrasing the message covers, and how much of the message
  the entry explains, so long messages with personal context still land while
  off-topic words pull the score down;
- rapidfuzz's ratio on the processed (sorted, stemmed) words, for near-misses the word
  overlap cannot see.
Only phrasings sharing a word with the message are scored (an inverted index), so
time per message grows with the matches, not with the size of the FAQ.
"""

from __future__ import annotations

import gc
import heapq
import math
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot.faq import Faq
from bot.understanding.normalise import Analyzer, fold, stem

# A message word the FAQ has never seen counts against precision with this share
# of the weight of the rarest FAQ word: enough to sink off-topic messages ("book an
# MOT for my car"), not so much that personal context in a long message drowns the question.
UNKNOWN_WORD_SHARE = 0.6
# In a short message an unknown word is most of what it says ("how much is a flu jab at Boots",
# "cost of a train to london"): up to this many content words, it weighs this much more.
# Tuned on the blind development halves (off-topic answered 5.5 -> 3.0 %, right -0.1 points).
SHORT_MESSAGE_TOKENS = 5
SHORT_UNKNOWN_FACTOR = 1.5
# How recall (phrase covered) and precision (message explained) combine.
RECALL_POWER = 0.6
PRECISION_POWER = 0.4
FUZZY_SHARE = 0.2
# A phrasing that comes down to one common word ("can it go wrong" is just "wrong") is weak
# evidence: it is covered as if it weighed at least this much, so "sorry, wrong number" is not
# "is it safe?". About one word found in three entries; tuned on the blind development halves.
MIN_PHRASE_WEIGHT = 2.0
# Question words shape the score but cannot make a match on their own:
# "who won the football" must not be offered "Who will treat me?".
QUESTION_WORDS = frozenset(stem(w) for w in ("what", "why", "how", "when", "where", "who", "which"))
# Candidate pruning: a word's postings are sorted most focused phrasing first (least
# other weight), and a word in more phrasings than this contributes only its first
# MAX_POSTINGS as candidates, or none when a rarer word already found some. The shipped FAQ has
# about 3,400 phrasings; a word in more than 400 of them ("acupuncture", "sciatica") tells
# entries apart little (1,000 -> 400: scoring 1.0 -> 0.65 ms median, dev right -0.2 points).
MAX_POSTINGS = 400
# How many of the best candidates by word overlap rapidfuzz then refines.
FUZZY_CANDIDATES = 64
# Words the message shares with an entry's answer (but no phrasing) explain the
# message this much as well as phrasing words do: "are the needles clean" finds the
# safety answer's "single-use, sterile needles". Tuned on the blind development set.
ANSWER_SHARE = 0.5


# An entry is scored by its best phrasing, pulled this share of the way towards its second
# best: a weak second phrasing costs, so an entry two of whose phrasings fit the message beats
# one that a single phrasing fits slightly better (an entry with one candidate phrasing keeps its
# score). Tuned on the blind development halves of nineteen writers, where 0.2 to 0.3 gave the
# same figures: wrong answers 16 -> 12 of 1,740, right +4.
SECOND_PHRASE_SHARE = 0.25


# The id the off-topic examples score under: no entry can have it (ids are lowercase words and dashes).
OFF_TOPIC = "(off-topic)"


@dataclass(frozen=True, slots=True)
class Scored:
    faq_id: str
    score: float
    phrase: int = -1  # which phrasing of the entry scored best (an index into Index.phrases)


class _Phrase(NamedTuple):  # a tuple, not a frozen dataclass: 100,000s are built per reload
    entry: int
    tokens: frozenset[str]
    text: str
    weight: float


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The index is 100,000s of small acyclic objects; the cyclic collector rescanning
    them during the build more than doubles its time. One collection at the end, while
    building, so the first patient's message after a start or a reload does not pay for it
    (the longest message took 65 ms instead of 30 ms when it did)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect()


class Index:
    """Everything derived from one FAQ version that matching needs; immutable."""

    def __init__(self, faq: Faq):
        with _gc_paused():
            self._build(faq)

    def _build(self, faq: Faq) -> None:
        self.faq = faq
        self.analyzer = Analyzer(faq.synonyms)
        # The emergency entry is the triage's reply, sent only by triage: never matched.
        self.entries = tuple(e for e in faq.entries if e.kind != "emergency")
        surface = [(i, self.analyzer.surface_words(p)) for i, entry in enumerate(self.entries) for p in entry.phrases]
        # the off-topic examples are one more entry, scored like the others and never answered
        self._off_topic_entry = len(self.entries)
        surface += [(self._off_topic_entry, self.analyzer.surface_words(p)) for p in faq.off_topic]
        answers = [self.analyzer.surface_words(entry.answer) for entry in self.entries] + [[]]
        self.sources = [entry.phrases for entry in self.entries] + [faq.off_topic]  # staff's texts, by entry
        self.analyzer.set_vocabulary({w for _, words in surface for w in words})
        tokenised = [(i, frozenset(self.analyzer.tokens_of(words, correct=False))) for i, words in surface]

        bags: list[set[str]] = [set() for _ in range(self._off_topic_entry + 1)]
        for i, toks in tokenised:
            bags[i] |= toks
        df: dict[str, int] = defaultdict(int)
        for bag in bags:
            for tok in bag:
                df[tok] += 1
        n = max(len(bags), 1)
        self.idf = {tok: math.log(1 + n / count) for tok, count in df.items()}
        self.unknown_weight = UNKNOWN_WORD_SHARE * math.log(1 + n)
        self.bags = [frozenset(b) for b in bags]
        self.answer_bags = [
            frozenset(self.analyzer.tokens_of(words, correct=False)) - bag
            for words, bag in zip(answers, bags, strict=True)
        ]

        idf = self.idf
        self.phrases: list[_Phrase] = [
            _Phrase(i, toks, " ".join(sorted(toks)), sum(idf[t] for t in toks)) for i, toks in tokenised if toks
        ]
        self.exact: dict[str, int] = {}  # sorted tokens -> the first phrasing with exactly those
        postings: dict[str, list[int]] = defaultdict(list)
        for pid, phrase in enumerate(self.phrases):
            self.exact.setdefault(phrase.text, pid)
            for tok in phrase.tokens:
                postings[tok].append(pid)
        weight = [p.weight for p in self.phrases]
        self._entry_of = [p.entry for p in self.phrases]
        self._denominators = [max(w, MIN_PHRASE_WEIGHT) for w in weight]
        self.postings = {t: sorted(p, key=weight.__getitem__) for t, p in postings.items()}
        talk = [(fold(p), t.reply) for t in faq.smalltalk for p in t.patterns]
        self.smalltalk_patterns = [p for p, _ in talk]
        self.smalltalk_replies = [r for _, r in talk]
        self.smalltalk_words = frozenset(w for p in self.smalltalk_patterns for w in p.split())

    def _shared_weights(self, weights: dict[str, float]) -> dict[int, float]:
        """Weight each candidate phrasing shares with the message.

        Candidates come from the postings of the message's rarer words. A very common
        word only adds to phrasings found otherwise; if nothing rarer is there, its most
        focused phrasings become the candidates. Question words never find candidates."""
        findable = sorted((t for t in weights if t in self.postings and t not in QUESTION_WORDS), key=self._df)
        later = [t for t in weights if t in QUESTION_WORDS and t in self.postings]
        shared: dict[int, float] = defaultdict(float)
        for tok in findable:
            posting = self.postings[tok]
            if len(posting) > MAX_POSTINGS:
                later.append(tok)
                if not shared:
                    shared.update(dict.fromkeys(posting[:MAX_POSTINGS], 0.0))
                continue
            weight = weights[tok]
            for pid in posting:
                shared[pid] += weight
        if later:
            for pid in shared:
                tokens = self.phrases[pid].tokens
                shared[pid] += sum(weights[t] for t in later if t in tokens)
        return shared

    def _df(self, token: str) -> int:
        return len(self.postings[token])

    def score(self, text: str) -> list[Scored]:
        """Entries sharing a word with `text`, best first, scores 0-100."""
        tokens = set(self.analyzer.tokens(text))
        if not tokens:
            return []
        unknown = self.unknown_weight * (SHORT_UNKNOWN_FACTOR if len(tokens) <= SHORT_MESSAGE_TOKENS else 1.0)
        weights = {t: self.idf.get(t, unknown) for t in tokens}
        query_weight = sum(weights.values())
        explained: dict[int, float] = {}
        lift: dict[int, float] = {}  # explained ** (PRECISION_POWER / RECALL_POWER), once per entry
        covered: dict[int, float] = {}  # how much of each candidate phrasing the message covers
        ranking: dict[int, float] = {}
        entry_of, denominators = self._entry_of, self._denominators
        for pid, shared in self._shared_weights(weights).items():
            entry = entry_of[pid]
            if entry not in explained:
                bag, answer = self.bags[entry], self.answer_bags[entry]
                shared_weight = sum(
                    w if t in bag else ANSWER_SHARE * w for t, w in weights.items() if t in bag or t in answer
                )
                explained[entry] = shared_weight / query_weight
                lift[entry] = explained[entry] ** (PRECISION_POWER / RECALL_POWER)
            covered[pid] = shared / denominators[pid]
            # ordered as covered ** RECALL_POWER * explained ** PRECISION_POWER, without a power per phrasing
            ranking[pid] = covered[pid] * lift[entry]
        # rapidfuzz refines only the strongest candidates: it can move a score by FUZZY_SHARE at most
        top = heapq.nlargest(FUZZY_CANDIDATES, ranking, key=ranking.__getitem__)
        overlap = {pid: covered[pid] ** RECALL_POWER * explained[entry_of[pid]] ** PRECISION_POWER for pid in top}
        key = " ".join(sorted(tokens))
        fuzzy = dict.fromkeys(top, 0.0)
        for _, value, pos in process.extract(key, [self.phrases[p].text for p in top], scorer=fuzz.ratio, limit=None):
            fuzzy[top[pos]] = value
        found: dict[int, list[tuple[float, int]]] = defaultdict(list)  # each entry's phrasings, as scored
        for pid in top:
            value = 100 * ((1 - FUZZY_SHARE) * overlap[pid] + FUZZY_SHARE * fuzzy[pid] / 100)
            found[entry_of[pid]].append((value, pid))
        best = {entry: (_entry_score(scored), max(scored, key=lambda s: s[0])[1]) for entry, scored in found.items()}
        exact = self.exact.get(key)
        if exact is not None:  # the message is one of the staff's phrasings, word for word
            best[self.phrases[exact].entry] = (100.0, exact)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))
        return [Scored(self._id(i), round(s, 1), pid) for i, (s, pid) in ranked]

    def _id(self, entry: int) -> str:
        return OFF_TOPIC if entry == self._off_topic_entry else self.entries[entry].id


def _entry_score(phrasings: list[tuple[float, int]]) -> float:
    values = sorted((v for v, _ in phrasings), reverse=True)
    second = values[1] if len(values) > 1 else values[0]
    return values[0] - SECOND_PHRASE_SHARE * (values[0] - second)
