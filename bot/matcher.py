"""Score a message against every FAQ entry and decide: answer, suggest, or give up.

Each entry is scored by its best phrasing (question or alternative) on two signals:
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

import math
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from bot.faq import Faq, MatchSettings
from bot.normalise import Analyzer, fold, stem

# A message word the FAQ has never seen counts against precision with this share
# of the weight of the rarest FAQ word: enough to sink off-topic messages, not so
# much that personal context in a long message drowns the question.
UNKNOWN_WORD_SHARE = 0.6
# How recall (phrase covered) and precision (message explained) combine.
RECALL_POWER = 0.6
PRECISION_POWER = 0.4
FUZZY_SHARE = 0.2
# Question words shape the score but cannot make a match on their own:
# "who won the football" must not be offered "Who will treat me?".
QUESTION_WORDS = frozenset(stem(w) for w in ("what", "why", "how", "when", "where", "who", "which"))
# Words in more phrasings than this are not used to find candidates on their own.
MAX_POSTINGS = 2000


class Outcome(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Scored:
    faq_id: str
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    outcome: Outcome
    best: Scored | None
    candidates: tuple[Scored, ...]

    @property
    def suggestions(self) -> tuple[str, ...]:
        return tuple(c.faq_id for c in self.candidates)


@dataclass(frozen=True, slots=True)
class _Phrase:
    entry: int
    tokens: frozenset[str]
    text: str
    weight: float


class Index:
    """Everything derived from one FAQ version that matching needs; immutable."""

    def __init__(self, faq: Faq):
        self.faq = faq
        self.analyzer = Analyzer(faq.synonyms)
        raw = [(i, p) for i, entry in enumerate(faq.entries) for p in entry.phrases]
        surface = {w for _, p in raw for w in self.analyzer.surface_words(p)}
        self.analyzer.set_vocabulary(surface)
        tokenised = [(i, self.analyzer.tokens(p, correct=False)) for i, p in raw]

        bags: list[set[str]] = [set() for _ in faq.entries]
        for i, toks in tokenised:
            bags[i].update(toks)
        df: dict[str, int] = defaultdict(int)
        for bag in bags:
            for tok in bag:
                df[tok] += 1
        n = max(len(bags), 1)
        self.idf = {tok: math.log(1 + n / count) for tok, count in df.items()}
        self.unknown_weight = UNKNOWN_WORD_SHARE * math.log(1 + n)
        self.bags = [frozenset(b) for b in bags]

        self.phrases: list[_Phrase] = []
        self.exact: dict[str, int] = {}
        postings: dict[str, list[int]] = defaultdict(list)
        for i, toks in tokenised:
            tokset = frozenset(toks)
            if not tokset:
                continue
            text = " ".join(sorted(tokset))
            self.exact.setdefault(text, i)
            pid = len(self.phrases)
            self.phrases.append(_Phrase(i, tokset, text, self._weight(tokset)))
            for tok in tokset:
                postings[tok].append(pid)
        self.postings = dict(postings)
        talk = [(fold(p), t.reply) for t in faq.smalltalk for p in t.patterns]
        self.smalltalk_patterns = [p for p, _ in talk]
        self.smalltalk_replies = [r for _, r in talk]

    def _weight(self, tokens: frozenset[str] | set[str]) -> float:
        return sum(self.idf.get(t, self.unknown_weight) for t in tokens)

    def _candidates(self, tokens: set[str]) -> set[int]:
        """Phrasings sharing a telling word; very common words only when nothing rarer is there."""
        postings = sorted((self.postings[t] for t in tokens - QUESTION_WORDS if t in self.postings), key=len)
        found: set[int] = set()
        for posting in postings:
            if found and len(posting) > MAX_POSTINGS:
                break
            found.update(posting)
        return found

    def score(self, text: str) -> list[Scored]:
        """Every entry sharing a word with `text`, best first, scores 0-100."""
        tokens = set(self.analyzer.tokens(text))
        if not tokens:
            return []
        key = " ".join(sorted(tokens))
        query_weight = self._weight(tokens)
        best: dict[int, float] = {}
        exact = self.exact.get(key)
        if exact is not None:
            best[exact] = 100.0
        pids = sorted(self._candidates(tokens))
        choices = [self.phrases[p].text for p in pids]
        fuzzy = [0.0] * len(pids)
        for _, value, pos in process.extract(key, choices, scorer=fuzz.ratio, limit=None):
            fuzzy[pos] = value
        for pid, fz in zip(pids, fuzzy, strict=True):
            phrase = self.phrases[pid]
            shared = tokens & phrase.tokens
            recall = self._weight(shared) / phrase.weight
            explained = self._weight(tokens & self.bags[phrase.entry]) / query_weight
            overlap = recall**RECALL_POWER * explained**PRECISION_POWER
            value = 100 * ((1 - FUZZY_SHARE) * overlap + FUZZY_SHARE * fz / 100)
            if value > best.get(phrase.entry, -1.0):
                best[phrase.entry] = value
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Scored(self.faq.entries[i].id, round(s, 1)) for i, s in ranked]


def decide(ranked: list[Scored], settings: MatchSettings) -> Match:
    """Answer only when the best entry is both good enough and clearly ahead."""
    if not ranked or ranked[0].score < settings.suggest_threshold:
        return Match(Outcome.FALLBACK, ranked[0] if ranked else None, ())
    top = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if top.score >= settings.answer_threshold and top.score - runner_up >= settings.margin:
        return Match(Outcome.ANSWER, top, (top,))
    close = [s for s in ranked if s.score >= settings.suggest_threshold]
    return Match(Outcome.SUGGEST, top, tuple(close[: settings.max_suggestions]))


def match(index: Index, text: str, settings: MatchSettings) -> Match:
    return decide(index.score(text), settings)


def match_smalltalk(index: Index, text: str) -> str | None:
    """The small-talk reply when the whole message is chit-chat, else None."""
    folded = fold(text)
    if not folded or len(folded) > 40:
        return None
    found = process.extractOne(folded, index.smalltalk_patterns, scorer=fuzz.ratio, score_cutoff=85, processor=None)
    return index.smalltalk_replies[found[2]] if found else None
