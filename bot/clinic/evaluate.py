"""Run a labelled question set through the engine and measure it.

The same function backs `python -m bot eval`, the tests' asserted floors and the
benchmark, so the figures in the README come from one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.replies import Reply, ReplyKind


class LabelError(Exception):
    """The labelled file is unusable; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    expect: tuple[str, ...]

    @property
    def group(self) -> str:
        """on-topic, emergency, smalltalk or off-topic: which figure the case counts in."""
        if set(self.expect) == {"emergency"}:
            return "emergency"
        if set(self.expect) == {"smalltalk"}:
            return "smalltalk"
        if "fallback" in self.expect:
            return "off-topic"
        return "on-topic"


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: Case
    reply_kind: str
    faq_id: str | None
    suggestions: tuple[str, ...]
    ok: bool
    wrong: bool  # a confident answer that is not one of the expected ones


@dataclass
class Report:
    results: list[CaseResult] = field(default_factory=list)

    def _group(self, name: str) -> list[CaseResult]:
        return [v for v in self.results if v.case.group == name]

    def rate(self, name: str, attr: str = "ok") -> float:
        group = self._group(name)
        return sum(getattr(v, attr) for v in group) / len(group) if group else 1.0

    def count(self, name: str) -> int:
        return len(self._group(name))

    @property
    def suggested_right(self) -> float:
        group = self._group("on-topic")
        hits = sum(v.reply_kind == ReplyKind.SUGGEST and bool(set(v.case.expect) & set(v.suggestions)) for v in group)
        return hits / len(group) if group else 0.0

    @property
    def misses(self) -> list[CaseResult]:
        return [v for v in self.results if not v.ok]

    def summary(self) -> dict[str, float | int]:
        return {
            "cases": len(self.results),
            "on_topic": self.count("on-topic"),
            "accuracy": round(self.rate("on-topic"), 4),
            "suggested_right": round(self.suggested_right, 4),
            "wrong_answer_rate": round(self.rate("on-topic", "wrong"), 4),
            "off_topic": self.count("off-topic"),
            "off_topic_answered": round(self.rate("off-topic", "wrong"), 4),
            "emergencies": self.count("emergency"),
            "emergency_recall": round(self.rate("emergency"), 4),
            "smalltalk": round(self.rate("smalltalk"), 4),
        }

    def lines(self) -> list[str]:
        s = self.summary()
        out = [
            f"cases: {s['cases']}",
            f"on-topic accuracy: {s['accuracy']:.1%} of {s['on_topic']}"
            f" (right entry offered in 'did you mean': {s['suggested_right']:.1%})",
            f"wrong answers: {s['wrong_answer_rate']:.1%}",
            f"off-topic answered confidently: {s['off_topic_answered']:.1%} of {s['off_topic']}",
            f"emergency recall: {s['emergency_recall']:.1%} of {s['emergencies']}",
            f"small talk recognised: {s['smalltalk']:.1%}",
        ]
        if self.misses:
            out.append("misses:")
            for v in self.misses:
                got = v.faq_id or ",".join(v.suggestions) or "-"
                out.append(f"  {v.case.text!r}: expected {'|'.join(v.case.expect)}, got {v.reply_kind} {got}")
        return out


def load_cases(path: str | Path) -> list[Case]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabelError(f"{path}: file not found") from None
    except yaml.YAMLError as error:
        raise LabelError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    items = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise LabelError(f"{path}: expected a 'questions:' list")
    cases = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "expect" not in item:
            raise LabelError(f"{path}: question {n} needs 'text' and 'expect'")
        expect = item["expect"]
        cases.append(Case(item["text"], tuple(expect) if isinstance(expect, list) else (str(expect),)))
    return cases


def judge(case: Case, reply: Reply) -> CaseResult:
    kind = str(reply.kind)
    answered = reply.kind in (ReplyKind.ANSWER, ReplyKind.EMERGENCY)
    if reply.kind is ReplyKind.EMERGENCY:
        ok = "emergency" in case.expect
    elif reply.kind is ReplyKind.ANSWER:
        ok = reply.faq_id in case.expect
    elif reply.kind is ReplyKind.SMALLTALK:
        ok = "smalltalk" in case.expect
    else:
        ok = "fallback" in case.expect
    return CaseResult(case, kind, reply.faq_id, reply.suggestions, ok, answered and not ok)


def evaluate(cases: Iterable[Case], ask: Callable[[str], Reply]) -> Report:
    return Report([judge(case, ask(case.text)) for case in cases])
