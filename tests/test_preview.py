"""`preview`: an edit that steals a common question is listed before it goes live."""

from __future__ import annotations

import datetime as dt

from bot.clinic import preview, review
from bot.engine import Engine
from bot.faq import parse_faq
from bot.faq.entries import REQUIRED_IDS
from tests.conftest import FIXTURE_PATH
from tests.support.edit import replace_or_fail

FIXTURE = FIXTURE_PATH.read_text(encoding="utf-8")
STEAL = ("      - do you take insurance\n", "      - do you take insurance\n      - how do i book\n")


def draft_engine(text: str) -> Engine:
    faq, problems = parse_faq(text)
    assert faq is not None, problems
    return Engine(faq)


def test_shipped_question_set_covers_every_topic():
    cases = preview.common_questions()
    assert len(cases) >= 55
    assert {i for case in cases for i in case.expect} == set(REQUIRED_IDS)


def test_a_stolen_common_question_is_listed_as_now_wrong(engine):
    draft = draft_engine(replace_or_fail(FIXTURE, *STEAL))
    changes = preview.compare(engine, draft, preview.common_questions())
    stolen = [c for c in changes if c.question == "how do i book"]
    assert stolen and stolen[0].verdict is preview.Verdict.WORSE
    assert stolen[0].after == "answered by 'cost'" and stolen[0].before == "answered by 'booking'"
    assert changes[0].verdict is preview.Verdict.WORSE  # the harmful changes come first
    (before, labelled), (after, _) = (
        preview.right_answers(engine, preview.common_questions()),
        preview.right_answers(draft, preview.common_questions()),
    )
    assert labelled == 60 and after < before
    text = "\n".join(preview.lines(changes, "faq.yaml", "draft.yaml", 60))
    assert "[now wrong] 'how do i book': answered by 'cost' (was answered by 'booking')" in text


def test_an_unchanged_draft_changes_nothing(engine):
    assert preview.compare(engine, draft_engine(FIXTURE), preview.common_questions()) == []
    assert "no change" in preview.lines([], "faq.yaml", "draft.yaml", 60)[0]


def test_recorded_questions_without_a_label_are_listed_when_they_change(engine):
    draft = draft_engine(replace_or_fail(FIXTURE, STEAL[0], STEAL[0] + "      - is there parking nearby\n"))
    cases = preview.recorded(["Is there parking nearby?", "is there parking nearby?"])
    assert len(cases) == 1
    (change,) = preview.compare(engine, draft, cases)
    assert change.verdict is preview.Verdict.CHANGED and change.after == "answered by 'cost'"


def test_review_lists_undated_then_soonest_due(faq):
    text = replace_or_fail(FIXTURE, "reviewed: 2026-11-21", "reviewed: 2025-01-10", 1)
    text = replace_or_fail(text, "    reviewed: 2026-11-21\n", "", 1)
    edited, _ = parse_faq(text, dt.date(2026, 11, 21))
    items = review.due_list(edited)
    assert items[0].reviewed is None and items[1].reviewed == dt.date(2025, 1, 10)
    lines = review.lines(items, dt.date(2026, 11, 21))
    assert "due now (no 'reviewed:' date)" in lines[1]
    assert "overdue by 315 days (reviewed 2025-01-10)" in lines[2] and "what-is-sciatica" in lines[2]
