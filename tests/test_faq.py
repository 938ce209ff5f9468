"""Each kind of editing mistake, made in the frozen fixture FAQ, is reported on its line."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.faq import REQUIRED_IDS, EntryKind, FaqError, load_faq, parse_faq
from tests.conftest import FIXTURE_PATH
from tests.support.edit import replace_or_fail

FIXTURE = FIXTURE_PATH.read_text(encoding="utf-8")


def line_of(text: str, needle: str, start: int = 0) -> int:
    return text[: text.index(needle, start)].count("\n") + 1


NINE_NEWER_TOPICS = {
    "how-long-sciatica-lasts",
    "self-help",
    "prevention",
    "see-a-doctor",
    "other-therapies",
    "before-your-visit",
    "after-treatment",
    "with-other-treatment",
    "other-conditions",
}


def problems_for(text: str, today: dt.date | None = None):
    faq, problems = parse_faq(text, today or dt.date(2026, 11, 21))
    return faq, problems


def test_fixture_is_valid_with_every_required_id():
    faq, problems = problems_for(FIXTURE)
    assert faq is not None, problems
    assert [p for p in problems if not p.warning] == []
    # the frozen fixture predates the nine topics added with the blind sets; the shipped file has all 27
    assert set(REQUIRED_IDS) - NINE_NEWER_TOPICS <= {e.id for e in faq.entries}
    assert faq.entry("emergency").kind == "emergency" == EntryKind.EMERGENCY


def _only_error(text: str):
    faq, problems = problems_for(text)
    errors = [p for p in problems if not p.warning]
    assert faq is None and errors, problems
    return errors


def test_tab_character():
    text = replace_or_fail(FIXTURE, "    question: Does acupuncture hurt?", "\tquestion: Does acupuncture hurt?")
    (error,) = _only_error(text)
    assert error.line == line_of(text, "\tquestion")
    assert "Tab" in error.message


def test_missing_colon():
    text = replace_or_fail(FIXTURE, "    question: Does acupuncture hurt?", "    question Does acupuncture hurt?")
    (error,) = _only_error(text)
    assert "YAML syntax" in error.message
    assert abs(error.line - line_of(text, "question Does")) <= 1


def test_bad_indent():
    text = replace_or_fail(FIXTURE, "    question: Does acupuncture hurt?", "      question: Does acupuncture hurt?")
    errors = _only_error(text)
    assert errors[0].line in (line_of(text, "      question: Does"), line_of(text, "      question: Does") + 1)


def test_unknown_key_gets_did_you_mean():
    text = replace_or_fail(
        FIXTURE, "    answer: |\n      Acupuncture needles", "    anwser: |\n      Acupuncture needles"
    )
    errors = _only_error(text)
    assert any("anwser" in e.message and "did you mean 'answer'" in e.message for e in errors)
    assert any(e.line == line_of(text, "anwser") for e in errors)
    assert any("missing 'answer'" in e.message for e in errors)


def test_duplicate_id():
    text = replace_or_fail(FIXTURE, "  - id: safety\n", "  - id: does-it-hurt\n")
    errors = _only_error(text)
    first = line_of(text, "  - id: does-it-hurt\n")
    assert [(e.line, e.message) for e in errors if "already used" in e.message] == [
        (
            line_of(text, "  - id: does-it-hurt\n", FIXTURE.index("  - id: how-many-sessions")),
            f"the id 'does-it-hurt' is already used by the entry on line {first}; give this entry a new id",
        )
    ]


def test_unknown_related_and_category():
    text = replace_or_fail(FIXTURE, "related: [what-to-expect, safety]", "related: [what-to-expec, safety]")
    text = replace_or_fail(
        text,
        "    category: acupuncture\n    question: Is acupuncture safe?",
        "    category: acupunture\n    question: Is acupuncture safe?",
    )
    errors = _only_error(text)
    assert [(e.line, "did you mean 'acupuncture'" in e.message) for e in errors] == [
        (line_of(text, "category: acupunture"), True)
    ]


def test_unknown_related_is_a_warning_and_left_out():
    text = replace_or_fail(FIXTURE, "related: [what-to-expect, safety]", "related: [what-to-expec, safety]")
    faq, problems = problems_for(text)
    assert faq is not None, problems
    (warning,) = [p for p in problems if "what-to-expec'" in p.message]
    assert warning.warning and warning.line == line_of(text, "related: [what-to-expec,")
    assert "did you mean 'what-to-expect'" in warning.message and "left out" in warning.message
    assert faq.entry("does-it-hurt").related == ("safety",)


def test_wrong_type_and_empty_value():
    text = replace_or_fail(FIXTURE, "  answer_threshold: 65", "  answer_threshold: high")
    text = replace_or_fail(text, "    question: Is acupuncture safe?", "    question: ''")
    errors = _only_error(text)
    assert {e.line for e in errors} == {line_of(text, "answer_threshold: high"), line_of(text, "question: ''")}


def test_answer_too_long_and_html():
    long_answer = "word " * 900
    text = replace_or_fail(FIXTURE, "      Usually more than one.", "      " + long_answer)
    text = replace_or_fail(text, "The NICE guideline NG59", "The <b>NICE</b> guideline NG59")
    errors = _only_error(text)
    messages = " | ".join(e.message for e in errors)
    assert "Telegram allows 4096" in messages
    assert "'<b>' would be shown as typed" in messages


def test_missing_required_topic_is_a_warning_only():
    start = FIXTURE.index("  - id: practitioners")
    end = FIXTURE.index("  - id: cost")
    text = FIXTURE[:start] + FIXTURE[end:]
    text = replace_or_fail(text, "related: [safety, sciatica-causes]", "related: [safety]")
    text = replace_or_fail(
        text, "related: [does-it-hurt, pregnancy, practitioners]", "related: [does-it-hurt, pregnancy]"
    )
    faq, problems = problems_for(text)
    assert faq is not None
    assert any(p.warning and "'practitioners'" in p.message for p in problems)


def test_review_dates():
    text = replace_or_fail(
        FIXTURE, "reviewed: 2026-11-21\n\n  - id: sciatic-nerve", "reviewed: 2024-01-01\n\n  - id: sciatic-nerve", 1
    )
    text = replace_or_fail(
        text,
        "    source: sciatica and the Balance Method article\n    reviewed: 2026-11-21\n\n  - id: sciatica-causes",
        "    source: sciatica and the Balance Method article\n\n  - id: sciatica-causes",
    )
    faq, problems = problems_for(text)
    assert faq is not None
    warnings = [p for p in problems if p.warning]
    assert any("over a year ago" in p.message and p.line == line_of(text, "reviewed: 2024-01-01") for p in warnings)
    assert any("no 'reviewed:' date" in p.message and "'sciatic-nerve'" in p.message for p in warnings)


def test_emergency_entry_must_say_999():
    text = replace_or_fail(FIXTURE, "**Call 999 or go to A&E now**", "**Go to A&E now**")
    errors = _only_error(text)
    assert any("999" in e.message for e in errors)


def test_load_faq_errors_are_one_line_each(tmp_path):
    with pytest.raises(FaqError) as caught:
        load_faq(tmp_path / "missing.yaml")
    assert "file not found" in str(caught.value)
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(FaqError, match="empty"):
        load_faq(empty)


def test_off_topic_examples_are_a_list():
    text = FIXTURE + "\noff_topic: where can I get a flu jab\n"
    (error,) = _only_error(text)
    assert error.line == line_of(text, "off_topic:")
    assert "'off_topic:' should be a list" in error.message
