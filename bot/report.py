"""`python -m bot report`: what patients asked that the FAQ could not answer, grouped.

Similar questions are grouped with rapidfuzz on the matcher's own processed words,
so "how much is parking" and "is there parking" land together and the editor
sees one line per missing topic, most frequent first.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.matcher import Index
from bot.stats import Stats

GROUP_SIMILARITY = 70
EXAMPLES = 3


@dataclass
class Group:
    key: str
    examples: list[str] = field(default_factory=list)
    count: int = 0
    nearest: str | None = None
    nearest_score: float = 0.0


@dataclass(frozen=True, slots=True)
class ReportData:
    since_days: int
    groups: list[Group]
    counts: list[tuple[str, str, int]]


def group_questions(texts: list[str], index: Index) -> list[Group]:
    groups: list[Group] = []
    keys: list[str] = []
    for text in texts:
        key = " ".join(sorted(set(index.analyzer.tokens(text)))) or text.casefold().strip()
        found = process.extractOne(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=GROUP_SIMILARITY)
        if found is None:
            group = Group(key)
            ranked = index.score(text)
            if ranked:
                group.nearest, group.nearest_score = ranked[0].faq_id, ranked[0].score
            groups.append(group)
            keys.append(key)
        else:
            group = groups[found[2]]
        group.count += 1
        if text not in group.examples and len(group.examples) < EXAMPLES:
            group.examples.append(text)
    return sorted(groups, key=lambda g: (-g.count, g.key))


def build(store: Stats, index: Index, since_days: int) -> ReportData:
    texts = [row.text for row in store.unanswered(since_days)]
    return ReportData(since_days, group_questions(texts, index), store.counts(since_days))


def to_text(data: ReportData) -> str:
    lines = [f"Unanswered questions, last {data.since_days} days (most frequent first):"]
    if not data.groups:
        lines.append("  none recorded (is privacy: record_unanswered switched on in faq.yaml?)")
    for group in data.groups:
        nearest = f"nearest entry: {group.nearest} ({group.nearest_score:.0f})" if group.nearest else "no near entry"
        lines.append(f"  {group.count} x  {nearest}")
        lines.extend(f"      - {example}" for example in group.examples)
    lines.append("")
    lines.append(f"Replies by topic, last {data.since_days} days:")
    for outcome, faq_id, n in data.counts:
        lines.append(f"  {n:6d}  {outcome:<10} {faq_id or '-'}")
    if not data.counts:
        lines.append("  none recorded")
    return "\n".join(lines) + "\n"


def to_csv(data: ReportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "count", "outcome_or_nearest", "faq_id_or_score", "examples"])
    for group in data.groups:
        writer.writerow(
            ["unanswered", group.count, group.nearest or "", f"{group.nearest_score:.0f}", " | ".join(group.examples)]
        )
    for outcome, faq_id, n in data.counts:
        writer.writerow(["topic", n, outcome, faq_id, ""])
    return out.getvalue()
