"""`python -m bot check`: the loader's problems plus overlaps only the matcher can see.

The matcher is the judge of ambiguity: every phrasing in the file is asked as if a
patient typed it, and any that would not get its own entry straight back is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.faq import Faq, FaqError, Problem, load_faq
from bot.understanding.decide import Outcome, decide
from bot.understanding.matcher import Index


@dataclass(frozen=True, slots=True)
class CheckResult:
    path: str
    problems: list[Problem]
    faq: Faq | None

    @property
    def ok(self) -> bool:
        return self.faq is not None and not any(not p.warning for p in self.problems)

    def lines(self) -> list[str]:
        out = [p.format(self.path) for p in self.problems]
        if self.faq is not None:
            faq = self.faq
            alternatives = sum(len(e.alternatives) for e in faq.entries)
            warnings = sum(p.warning for p in self.problems)
            out.append(
                f"{self.path}: OK: {len(faq.entries)} entries, {len(faq.categories)} categories, "
                f"{alternatives} alternatives, {warnings} warning{'s' * (warnings != 1)}"
            )
        return out


def overlaps(faq: Faq, index: Index | None = None) -> list[Problem]:
    """Phrasings that a patient could type and not get their own entry as the answer."""
    index = index or Index(faq)
    problems = []
    for entry in index.entries:
        for phrase in entry.phrases:
            ranked = index.score(phrase)
            others = [s for s in ranked if s.faq_id != entry.id]
            if not others:
                continue
            rival = others[0]
            found = decide(ranked, faq.settings)
            if found.outcome is Outcome.ANSWER and found.best and found.best.faq_id == entry.id:
                continue
            line = faq.lines.get((entry.id, phrase), 1)
            if ranked[0].faq_id != entry.id:
                message = f"'{phrase}' (in '{entry.id}') matches '{rival.faq_id}' better; reword it or move it"
            else:
                message = (
                    f"'{phrase}' (in '{entry.id}') is too close to '{rival.faq_id}': patients asking it "
                    "will get 'did you mean' instead of an answer; make the two entries more different"
                )
            problems.append(Problem(line, message, warning=True))
    return problems


def check_file(path: str | Path) -> CheckResult:
    try:
        faq, problems = load_faq(path)
    except FaqError as error:
        return CheckResult(str(path), error.problems, None)
    problems = sorted(problems + overlaps(faq), key=lambda p: p.line)
    return CheckResult(str(path), problems, faq)
