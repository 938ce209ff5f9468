"""`python -m bot preview DRAFT`: try an edit before it goes live.

Saving faq.yaml is publishing it, so an edit is tried first: everyday questions (a
labelled set shipped inside the package) and, where the clinic records them, the
questions patients could not get answered are asked of the live file and of the draft,
and every question whose reply would change is listed. Adding "how do i book" to the
parking entry then shows up as the booking question now answered by parking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from bot.clinic.evaluate import Case, judge, load_cases
from bot.engine import Engine
from bot.replies import Reply, ReplyKind

COMMON_QUESTIONS = "common_questions.yaml"
RECORDED_DAYS = 90  # the default retention: every unanswered question still kept


class Verdict(StrEnum):
    """What the change means for a patient asking this question."""

    WORSE = "now wrong"  # was the expected answer, no longer is
    BETTER = "now right"
    CHANGED = "changed"  # no label, or wrong both before and after


@dataclass(frozen=True, slots=True)
class Change:
    question: str
    before: str
    after: str
    verdict: Verdict


def common_questions() -> list[Case]:
    """The labelled everyday questions shipped with the package (bot/data/)."""
    with resources.as_file(resources.files("bot.data") / COMMON_QUESTIONS) as path:
        return load_cases(path)


def describe(reply: Reply) -> str:
    """A reply in a few words: which entry answers, or what else happens."""
    if reply.kind is ReplyKind.ANSWER:
        return f"answered by '{reply.faq_id}'"
    if reply.kind is ReplyKind.SUGGEST:
        return "'did you mean' " + ", ".join(f"'{s}'" for s in reply.suggestions)
    if reply.kind is ReplyKind.FALLBACK:
        return "not answered (fallback)"
    return str(reply.kind)


def _key(reply: Reply) -> tuple[str, str | None, tuple[str, ...]]:
    return (str(reply.kind), reply.faq_id, reply.suggestions)


def compare(live: Engine, draft: Engine, cases: Iterable[Case]) -> list[Change]:
    """Every question whose reply differs between the two files, the ones made worse first."""
    changes = []
    for case in cases:
        before, after = live.ask(case.text), draft.ask(case.text)
        if _key(before) == _key(after):
            continue
        verdict = Verdict.CHANGED
        if case.expect:
            was, now = judge(case, before).ok, judge(case, after).ok
            verdict = Verdict.WORSE if was and not now else Verdict.BETTER if now and not was else Verdict.CHANGED
        changes.append(Change(case.text, describe(before), describe(after), verdict))
    order = list(Verdict)
    return sorted(changes, key=lambda c: order.index(c.verdict))


def right_answers(engine: Engine, cases: Iterable[Case]) -> tuple[int, int]:
    """(right, labelled): how many labelled questions get their expected reply."""
    labelled = [case for case in cases if case.expect]
    return sum(judge(case, engine.ask(case.text)).ok for case in labelled), len(labelled)


def recorded(texts: Iterable[str]) -> list[Case]:
    """Questions patients asked that went unanswered: no label, so any change is listed."""
    seen: dict[str, Case] = {}
    for text in texts:
        seen.setdefault(text.casefold().strip(), Case(text, ()))
    return list(seen.values())


def lines(changes: list[Change], live: str, draft: str, asked: int) -> list[str]:
    if not changes:
        return [f"{draft}: no change: all {asked} questions get the same reply as with {live}"]
    out = [f"{draft}: {len(changes)} of {asked} questions would get a different reply than with {live}:"]
    for change in changes:
        out.append(f"  [{change.verdict}] {change.question!r}: {change.after} (was {change.before})")
    return out
