"""Answer quality side by side: this bot against difflib and plain rapidfuzz WRatio.

Baselines get each one's best threshold on the set (which flatters them) and no
triage: a red flag counts as caught only if they pick the emergency entry.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

from bot.clinic.evaluate import Case
from bot.engine import Engine
from bot.faq import Faq
from bot.replies import ReplyKind

Scorer = Callable[[str], tuple[str, float]]  # message -> (best entry id, score 0-100)


@dataclass(frozen=True)
class Quality:
    name: str
    threshold: float | None
    right: int
    suggested_right: int
    wrong: int
    on_topic: int
    off_topic_answered: int
    off_topic: int
    red_flags_missed: int
    red_flags: int

    def row(self) -> dict:
        return {
            "system": self.name,
            "threshold": self.threshold,
            "right": f"{self.right}/{self.on_topic} ({self.right / self.on_topic:.1%})",
            "did_you_mean_right": self.suggested_right,
            "wrong": f"{self.wrong} ({self.wrong / self.on_topic:.1%})",
            "off_topic_answered": f"{self.off_topic_answered}/{self.off_topic}",
            "red_flags_missed": f"{self.red_flags_missed}/{self.red_flags}",
        }


def _phrases(faq: Faq) -> tuple[list[str], list[str]]:
    texts, ids = [], []
    for entry in faq.entries:
        for phrase in entry.phrases:
            texts.append(phrase)
            ids.append(entry.id)
    return texts, ids


DIFFLIB_CANDIDATES = 50  # phrasings difflib compares, picked by rapidfuzz's ratio


def difflib_scorer(faq: Faq) -> Scorer:
    texts, ids = _phrases(faq)
    prepared = [utils.default_process(t) for t in texts]

    def score(message: str) -> tuple[str, float]:
        """The best difflib ratio among the phrasings closest by rapidfuzz's ratio (a similar
        measure): difflib over all 3,000-odd phrasings takes 0.4 s a message, too slow for the
        blind sets. The message is difflib's cached second sequence, and phrasings whose cheap
        upper bounds cannot beat the best so far are skipped."""
        query = utils.default_process(message)
        nearest = process.extract(query, prepared, scorer=fuzz.ratio, processor=None, limit=DIFFLIB_CANDIDATES)
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(query)
        best, best_ratio = 0, -1.0
        for _, _, i in nearest:
            text = prepared[i]
            matcher.set_seq1(text)
            if matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio:
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = i, ratio
        return ids[best], 100 * best_ratio

    return score


def wratio_scorer(faq: Faq) -> Scorer:
    texts, ids = _phrases(faq)

    def score(message: str) -> tuple[str, float]:
        found = process.extractOne(message, texts, scorer=fuzz.WRatio, processor=utils.default_process)
        return (ids[found[2]], found[1]) if found else ("", 0.0)

    return score


def _tally(name: str, threshold: float | None, cases: list[Case], outcomes: list[tuple[str, str | None, tuple]]):
    """outcomes: (kind, answered id, suggestions) per case."""
    right = suggested = wrong = off_answered = flags_missed = 0
    on_topic = off_topic = flags = 0
    for case, (kind, faq_id, suggestions) in zip(cases, outcomes, strict=True):
        answered = kind in ("answer", "emergency")
        if case.group == "emergency":
            flags += 1
            flags_missed += kind != "emergency"
        elif case.group == "off-topic":
            off_topic += 1
            off_answered += answered and faq_id not in case.expect
        elif case.group == "on-topic":
            on_topic += 1
            hit = answered and (faq_id in case.expect or (kind == "emergency" and "emergency" in case.expect))
            right += hit
            wrong += answered and not hit
            suggested += kind == "suggest" and bool(set(case.expect) & set(suggestions))
    return Quality(name, threshold, right, suggested, wrong, on_topic, off_answered, off_topic, flags_missed, flags)


def baseline(name: str, scorer: Scorer, faq: Faq, cases: list[Case]) -> Quality:
    """Pick the threshold that maximises right - wrong - off-topic answered on this set."""
    scored = [scorer(case.text) for case in cases]
    best: Quality | None = None
    for threshold in range(0, 101, 2):
        outcomes = []
        for faq_id, score in scored:
            if score < threshold:
                outcomes.append(("fallback", None, ()))
            else:
                kind = "emergency" if faq.entry(faq_id) and faq.entry(faq_id).kind == "emergency" else "answer"
                outcomes.append((kind, faq_id, ()))
        quality = _tally(name, threshold, cases, outcomes)
        if best is None or _objective(quality) > _objective(best):
            best = quality
    assert best is not None
    return best


def _objective(q: Quality) -> int:
    return q.right - q.wrong - q.off_topic_answered - q.red_flags_missed


def blind_cases(folder: Path, half: str) -> list[Case]:
    """One half of the blind FAQ sets (even items: development, odd: held-out) as cases."""
    expect = {"off-topic": ("fallback",), "smalltalk": ("smalltalk",)}
    cases = []
    for path in sorted(folder.glob("faq_*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))[0 if half == "dev" else 1 :: 2]
        cases += [Case(i["text"], expect.get(i["expect"], (i["expect"], *(i.get("also") or [])))) for i in items]
    return cases


def this_bot(engine: Engine, cases: list[Case]) -> Quality:
    outcomes = []
    for case in cases:
        reply = engine.ask(case.text)
        kind = str(reply.kind) if reply.kind is not ReplyKind.SMALLTALK else "smalltalk"
        outcomes.append((kind, reply.faq_id, reply.suggestions))
    return _tally("this bot", None, cases, outcomes)


def compare(engine: Engine, cases: list[Case]) -> list[Quality]:
    faq = engine.faq
    return [
        this_bot(engine, cases),
        baseline("difflib ratio", difflib_scorer(faq), faq, cases),
        baseline("rapidfuzz WRatio", wratio_scorer(faq), faq, cases),
    ]
