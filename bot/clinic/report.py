"""`python -m bot report`: what patients asked that the FAQ could not answer, grouped; the
answers with the most 👎; the "did you mean" choices patients picked; replies per entry.

Questions are grouped by the FAQ's own normalisation (`bot.understanding.normalise`:
folding, the FAQ's synonyms, typo fixes, stems, no filler words), weighting the words
the FAQ does not know yet (the new topic: "parking", "migraine") above the ones it
does ("clinic"), so "is there parking at the clinic" and "can I park outside" land
together and the editor sees one line per missing topic, most frequent first, with
the `alternatives:` lines to paste. Without a usable FAQ (while faq.yaml is being
fixed) the same normalisation runs without the FAQ's synonyms and nearest entries.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.clinic.stats import Stats
from bot.clinic.tallies import BUTTON
from bot.feedback import Vote
from bot.understanding.matcher import Index
from bot.understanding.normalise import Analyzer

GROUP_OVERLAP = 0.5  # share of the smaller question's weight that must be shared
KNOWN_WORD_WEIGHT = 0.3  # words the FAQ already uses say less about a new topic
EXAMPLES = 3
# Words of this length or more count as one when one starts the other ("child"/"children"),
# which the stemmer leaves apart; shorter ones ("pa"/"park") are too easily unrelated.
SHARED_PREFIX = 4
ALTERNATIVE_INDENT = " " * 6  # where faq.yaml's alternatives stand
# Plain YAML text may not start with these or hold ': ' / ' #'; such text is double-quoted.
_NEEDS_QUOTES = re.compile(r"^[\[\]{}#&*!|>'\"%@`,?:-]|: | #|:$")
CSV_COLUMNS = ("section", "count", "faq_id", "outcome", "nearest_entry", "nearest_score", "examples")


@dataclass
class Group:
    key: str
    examples: list[str] = field(default_factory=list)
    count: int = 0
    nearest: str | None = None
    nearest_score: float = 0.0


@dataclass(frozen=True, slots=True)
class Votes:
    faq_id: str
    helped: int
    not_helped: int

    @property
    def not_helped_share(self) -> float:
        return self.not_helped / (self.helped + self.not_helped)


@dataclass(frozen=True, slots=True)
class Pick:
    faq_id: str  # the entry patients chose
    offered: tuple[str, ...]  # the others offered beside it
    count: int


@dataclass(frozen=True, slots=True)
class ReportData:
    since_days: int
    groups: list[Group]
    counts: list[tuple[str, str, int]]
    never_asked: list[str] | None  # None: the FAQ could not be read, so it is unknown
    votes: list[Votes]  # most 👎 first
    picks: list[Pick]  # most picked first
    picked_questions: list[tuple[str, str, int]]  # (entry picked, question, count): only when text is kept


class _Grouper:
    def __init__(self, index: Index | None):
        self.index = index
        self.analyzer = index.analyzer if index else Analyzer({})
        self.known = index.idf if index else {}

    def weight(self, tokens: set[str]) -> float:
        return sum(KNOWN_WORD_WEIGHT if t in self.known else 1.0 for t in tokens)

    def similar(self, a: set[str], b: set[str]) -> bool:
        if self.weight(a) > self.weight(b):
            a, b = b, a
        smaller = self.weight(a)
        shared = {t for t in a if t in b or any(_same_word(t, u) for u in b)}
        return smaller > 0 and self.weight(shared) / smaller >= GROUP_OVERLAP


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short) >= SHARED_PREFIX and long.startswith(short)


def group_questions(texts: list[str], index: Index | None) -> list[Group]:
    grouper = _Grouper(index)
    groups: list[Group] = []
    keys: list[set[str]] = []
    for text in texts:
        tokens = set(grouper.analyzer.tokens(text)) or {text.casefold().strip()}
        found = next((i for i, key in enumerate(keys) if grouper.similar(tokens, key)), None)
        if found is None:
            group = Group(" ".join(sorted(tokens)))
            ranked = index.score(text) if index else []
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


def build(store: Stats, index: Index | None, since_days: int) -> ReportData:
    texts = [row.text for row in store.unanswered(since_days)]
    counts = store.counts(since_days)
    never = None
    if index is not None:
        asked = {faq_id for outcome, faq_id, _ in counts if outcome in ("answer", BUTTON)}
        never = [e.id for e in index.entries if e.id not in asked]
    votes = sorted((Votes(*row) for row in store.votes(since_days)), key=_worst_first)
    picks = [Pick(*row) for row in store.picks(since_days)]
    asked = Counter(store.picked_questions(since_days))
    questions = sorted(((faq_id, q, n) for (faq_id, q), n in asked.items()), key=lambda r: (r[0], -r[2], r[1]))
    return ReportData(since_days, group_questions(texts, index), counts, never, votes, picks, questions)


def _worst_first(votes: Votes) -> tuple[int, float, str]:
    return (-votes.not_helped, -votes.not_helped_share, votes.faq_id)


def yaml_item(text: str) -> str:
    """One ready-to-paste alternatives line, quoted only when YAML needs it."""
    text = " ".join(text.split())
    return ALTERNATIVE_INDENT + "- " + (json.dumps(text, ensure_ascii=False) if _NEEDS_QUOTES.search(text) else text)


def to_text(data: ReportData) -> str:
    lines = [f"Unanswered questions, last {data.since_days} days (most frequent first):"]
    if not data.groups:
        lines.append("  none recorded (is privacy: record_unanswered switched on in faq.yaml?)")
    for group in data.groups:
        nearest = f"nearest entry: {group.nearest} ({group.nearest_score:.0f})" if group.nearest else "no near entry"
        lines.append(f"  {group.count} x  {nearest}")
        where = f"'{group.nearest}'" if group.nearest else "the entry that should answer"
        lines.append(f"    to paste under 'alternatives:' of {where} (if it answers them), or of a new entry:")
        lines.extend(yaml_item(example) for example in group.examples)
    lines += ["", *_votes_text(data), "", *_picks_text(data)]
    lines += ["", f"Replies by topic, last {data.since_days} days ('button': opened by a button):"]
    for outcome, faq_id, n in data.counts:
        lines.append(f"  {n:6d}  {outcome:<10} {faq_id or '-'}")
    if not data.counts:
        lines.append("  none recorded")
    lines += ["", f"Entries never given as an answer, last {data.since_days} days:"]
    if data.never_asked is None:
        lines.append("  unknown: the FAQ file has errors (run check)")
    else:
        lines.append("  " + (", ".join(data.never_asked) if data.never_asked else "none"))
    return "\n".join(lines) + "\n"


def _votes_text(data: ReportData) -> list[str]:
    lines = [f'Answers with the most 👎, last {data.since_days} days ("did this help?" under each answer):']
    if data.votes:
        lines.append("      👎     👍  👎 share  entry")  # the emoji take two columns in a terminal
    for v in data.votes:
        lines.append(f"  {v.not_helped:5d} {v.helped:5d}  {v.not_helped_share:7.0%}  {v.faq_id}")
    return lines if data.votes else [*lines, "  none recorded"]


def _picks_text(data: ReportData) -> list[str]:
    lines = [
        f'"Did you mean" choices patients picked, last {data.since_days} days (the entry chosen, and the others',
        "  offered beside it: patients ask for that entry in words its alternatives do not have yet):",
    ]
    for pick in data.picks:
        beside = f"  (also offered: {', '.join(pick.offered)})" if pick.offered else ""
        lines.append(f"  {pick.count} x  picked {pick.faq_id}{beside}")
    if not data.picks:
        return [*lines, "  none recorded"]
    shown: Counter[str] = Counter()
    for faq_id, question, _ in data.picked_questions:
        if not shown[faq_id]:
            lines.append(
                f"    questions that led to '{faq_id}', to paste under its 'alternatives:' (if it answers them):"
            )
        if shown[faq_id] < EXAMPLES:
            lines.append(yaml_item(question))
        shown[faq_id] += 1
    return lines


def to_csv(data: ReportData) -> str:
    """One row per group, reply count, never-asked entry, vote count or pick; each column means one
    thing (for `feedback` rows `outcome` is the vote, for `picked` rows `examples` the others offered,
    for `picked_question` rows the question that led to the pick)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="")
    writer.writeheader()
    for group in data.groups:
        score = f"{group.nearest_score:.0f}" if group.nearest else ""
        writer.writerow(
            {
                "section": "unanswered",
                "count": group.count,
                "nearest_entry": group.nearest or "",
                "nearest_score": score,
                "examples": " | ".join(group.examples),
            }
        )
    for outcome, faq_id, n in data.counts:
        writer.writerow({"section": "replies", "count": n, "faq_id": faq_id, "outcome": outcome})
    for faq_id in data.never_asked or ():
        writer.writerow({"section": "never_asked", "count": 0, "faq_id": faq_id})
    for v in data.votes:
        for vote, n in ((Vote.NOT_HELPED, v.not_helped), (Vote.HELPED, v.helped)):
            writer.writerow({"section": "feedback", "count": n, "faq_id": v.faq_id, "outcome": str(vote)})
    for pick in data.picks:
        row = {"section": "picked", "count": pick.count, "faq_id": pick.faq_id, "examples": " | ".join(pick.offered)}
        writer.writerow(row)
    for faq_id, question, n in data.picked_questions:
        writer.writerow({"section": "picked_question", "count": n, "faq_id": faq_id, "examples": question})
    return out.getvalue()
