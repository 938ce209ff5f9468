"""`python -m bot report`: what patients asked that the FAQ could not answer, grouped.

Questions are grouped by the matcher's own processed words, weighting the words
the FAQ does not know yet (the new topic: "parking", "migraine") above the ones it
does ("clinic"), so "is there parking at the clinic" and "can I park outside" land
together and the editor sees one line per missing topic, most frequent first.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from bot.clinic.stats import Stats
from bot.understanding.matcher import Index

GROUP_OVERLAP = 0.5  # share of the smaller question's weight that must be shared
KNOWN_WORD_WEIGHT = 0.3
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


def _weight(tokens: set[str], index: Index) -> float:
    return sum(KNOWN_WORD_WEIGHT if t in index.idf else 1.0 for t in tokens)


def _similar(a: set[str], b: set[str], index: Index) -> bool:
    smaller = min(_weight(a, index), _weight(b, index))
    return smaller > 0 and _weight(a & b, index) / smaller >= GROUP_OVERLAP


def group_questions(texts: list[str], index: Index) -> list[Group]:
    groups: list[Group] = []
    keys: list[set[str]] = []
    for text in texts:
        tokens = set(index.analyzer.tokens(text)) or {text.casefold().strip()}
        found = next((i for i, key in enumerate(keys) if _similar(tokens, key, index)), None)
        if found is None:
            group = Group(" ".join(sorted(tokens)))
            ranked = index.score(text)
            if ranked:
                group.nearest, group.nearest_score = ranked[0].faq_id, ranked[0].score
            groups.append(group)
            keys.append(tokens)
        else:
            group = groups[found]
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
