"""Why the bot gave the reply it gave: `python -m bot explain "question"`.

For staff wondering why a question got the wrong answer, and for developers tuning
the matcher. It re-runs the same pipeline as a patient's message and shows each
step: the triage decision, the words the matcher saw after normalising, and the
best entries with their scores and the phrasing (or answer words) that matched.
"""

from __future__ import annotations

from bot.engine import MAX_QUESTION_CHARS, FaqVersion, reply_to
from bot.understanding.decide import question_part
from bot.understanding.matcher import Index, Scored
from bot.understanding.triage import triage

TOP_ENTRIES = 5  # enough to see the runner-up and why it lost


def _phrasing(index: Index, scored: Scored) -> str:
    """The staff-written phrasing behind a score, as it appears in faq.yaml."""
    if scored.phrase < 0:
        return "?"
    phrase = index.phrases[scored.phrase]
    for text in index.sources[phrase.entry]:
        if frozenset(index.analyzer.tokens(text, correct=False)) == phrase.tokens:
            return text
    return " ".join(sorted(phrase.tokens))


def _entries(index: Index, text: str) -> list[str]:
    tokens = set(index.analyzer.tokens(text))
    lines = []
    for scored in index.score(text)[:TOP_ENTRIES]:
        phrase = index.phrases[scored.phrase] if scored.phrase >= 0 else None
        shared = sorted(tokens & phrase.tokens) if phrase else []
        from_answer = sorted(tokens & index.answer_bags[phrase.entry]) if phrase else []
        lines.append(f"  {scored.score:5.1f}  {scored.faq_id}")
        lines.append(f"         best phrasing: {_phrasing(index, scored)!r}")
        lines.append(
            f"         shared words: {', '.join(shared) or '-'}; in the answer only: {', '.join(from_answer) or '-'}"
        )
    return lines or ["  (no entry shares a word with the question)"]


def explain(version: FaqVersion, text: str) -> list[str]:
    text = text[:MAX_QUESTION_CHARS]  # what the engine reads of a message, so both lines agree
    index = version.index
    safety = triage(text)
    reply = reply_to(version, text)
    settings = version.faq.settings
    lines = [
        f"question: {text!r}",
        f"triage: {safety.level.name.lower().replace('_', '-')}"
        + (f" (rule {safety.rule})" if safety.rule else "")
        + (
            f"; second reader: {safety.probability:.2f} that it reports a red flag"
            if safety.probability is not None
            else ""
        ),
        f"words after normalising: {' '.join(index.analyzer.tokens(text)) or '-'}",
        f"entries (answer at {settings.answer_threshold:g}+ and {settings.margin:g} ahead; "
        f"'did you mean' at {settings.suggest_threshold:g}+):",
        *_entries(index, text),
    ]
    question = question_part(text)
    if question is not None:
        lines += [f"the question part of this long message: {question!r}", *_entries(index, question)]
    lines.append(
        f"reply: {reply.kind}"
        + (f" {reply.faq_id}" if reply.faq_id else "")
        + (f" (did you mean: {', '.join(reply.suggestions)})" if reply.suggestions and not reply.faq_id else "")
    )
    return lines
