"""Each beginner mistake from issue #15, made in the frozen fixture: the message names the
offending line and the fix, and the file passes only when the mistake is harmless."""

from __future__ import annotations

import datetime as dt

from bot.clinic.check import check_file
from bot.faq import parse_faq
from tests.conftest import FIXTURE_PATH
from tests.support.edit import replace_or_fail

FIXTURE = FIXTURE_PATH.read_text(encoding="utf-8")
TODAY = dt.date(2026, 11, 21)
ALT = "      - will the needles hurt\n"


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def errors_of(text: str):
    faq, problems = parse_faq(text, TODAY)
    errors = [p for p in problems if not p.warning]
    assert faq is None and errors, problems
    return errors


def warnings_of(text: str):
    faq, problems = parse_faq(text, TODAY)
    assert faq is not None, problems
    return faq, [p for p in problems if p.warning]


def test_forgotten_dash_before_an_alternative():
    text = replace_or_fail(FIXTURE, ALT, "      will the needles hurt\n")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "      will the needles hurt\n")
    assert "list of 'alternatives'" in error.message and "reads  - will the needles hurt" in error.message


def test_forgotten_dash_on_a_deeper_line_joins_it_to_the_one_above_with_a_warning():
    text = replace_or_fail(FIXTURE, ALT, "        will the needles hurt\n")
    _, warnings = warnings_of(text)
    (warning,) = [w for w in warnings if "joined" in w.message]
    assert warning.line == line_of(text, "        will the needles hurt\n")
    assert "is acupuncture painful will the needles hurt" in warning.message and "'- '" in warning.message


def test_word_non_breaking_spaces_as_indentation():
    text = replace_or_fail(FIXTURE, ALT, "\u00a0" * 6 + "- will the needles hurt\n")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "\u00a0")
    assert "non-breaking spaces" in error.message and "ordinary spaces" in error.message


def test_non_breaking_space_inside_text_is_harmless():
    text = replace_or_fail(FIXTURE, ALT, "      - will the\u00a0needles hurt\n")
    warnings_of(text)


def test_tab_as_indentation_inside_an_answer():
    text = replace_or_fail(FIXTURE, "      relaxing.\n", "\trelaxing.\n")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "\trelaxing.")
    assert "Tab key" in error.message and "spaces" in error.message


def test_tab_inside_answer_text_is_harmless_and_becomes_a_space():
    text = replace_or_fail(FIXTURE, "      relaxing.\n", "      relaxing.\tThank you.\n")
    faq, _ = warnings_of(text)
    assert "relaxing. Thank you." in faq.entry("does-it-hurt").answer


def test_curly_quotes_used_as_quotes():
    text = replace_or_fail(FIXTURE, "question: Does acupuncture hurt?", "question: “Acupuncture: does it hurt?”")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "“Acupuncture")
    assert "curly quote" in error.message and 'straight quotes "' in error.message


def test_curly_quotes_that_yaml_accepts_pass_with_a_warning():
    text = replace_or_fail(FIXTURE, "question: Does acupuncture hurt?", "question: “Does acupuncture hurt?”")
    _, warnings = warnings_of(text)
    assert any(w.line == line_of(text, "“Does") and "shown to patients" in w.message for w in warnings)


def test_en_dash_bullet():
    text = replace_or_fail(FIXTURE, ALT, "      – will the needles hurt\n")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "–")
    assert "'–'" in error.message and "short dash '-'" in error.message


def test_apostrophe_inside_single_quotes():
    text = replace_or_fail(FIXTURE, ALT, "      - 'what's it like'\n")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "'what's")
    assert "what''s" in error.message and '"what\'s it like"' in error.message
    assert "indent" not in error.message


def test_doubled_apostrophe_inside_single_quotes_is_fine():
    text = replace_or_fail(FIXTURE, ALT, "      - 'what''s it like'\n")
    faq, _ = warnings_of(text)
    assert "what's it like" in faq.entry("does-it-hurt").alternatives


def test_entry_pasted_without_its_dash():
    pasted = "    id: parking\n    category: visit\n    question: Is there parking?\n    answer: Yes.\n"
    text = replace_or_fail(
        FIXTURE,
        "    reviewed: 2026-11-21\n\n  - id: what-to-expect",
        "    reviewed: 2026-11-21\n" + pasted + "\n  - id: what-to-expect",
    )
    errors = errors_of(text)
    assert [e.line for e in errors] == [line_of(text, "    id: parking")]
    assert "new entry must start with '- '" in errors[0].message and "- id: parking" in errors[0].message
    assert not any("appears twice" in e.message for e in errors)


def test_file_saved_as_ansi_is_read_with_a_warning(tmp_path):
    path = tmp_path / "faq.yaml"
    ascii_only = FIXTURE.encode("ascii", errors="replace").decode("ascii")
    text = replace_or_fail(ascii_only, ALT, "      - will the needles hurt in café\n")
    path.write_bytes(text.encode("cp1252"))
    result = check_file(path)
    assert result.ok
    (warning,) = [p for p in result.problems if "ANSI" in p.message]
    assert warning.line == line_of(text, "café") and "Encoding' to 'UTF-8'" in warning.message
    assert "will the needles hurt in café" in result.faq.entry("does-it-hurt").alternatives


def test_file_saved_as_utf16_is_read_with_a_warning(tmp_path):
    path = tmp_path / "faq.yaml"
    path.write_bytes(FIXTURE.encode("utf-16"))
    result = check_file(path)
    assert result.ok and any("UTF-16" in p.message and "UTF-8" in p.message for p in result.problems)


def test_html_inside_an_answer_is_reported_on_its_own_line():
    text = replace_or_fail(FIXTURE, "and they can adjust", "and they can <i>adjust</i>")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "<i>adjust")
    assert "'<i>' would be shown as typed" in error.message


def test_empty_answer_says_it_is_empty():
    start = FIXTURE.index("      Acupuncture needles are very fine")
    end = FIXTURE.index("    related: [what-to-expect, safety]")
    text = FIXTURE[:start] + FIXTURE[end:]
    (error,) = errors_of(text)
    assert error.line == line_of(text, "    answer: |\n    related: [what-to-expect")
    assert "the answer of 'does-it-hurt' is empty" in error.message


def test_missing_question_names_the_entry():
    text = replace_or_fail(FIXTURE, "    question: Does acupuncture hurt?\n", "")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "  - id: does-it-hurt")
    assert "the entry 'does-it-hurt' is missing 'question'" in error.message


def test_setting_indented_into_an_answer_is_warned_about():
    text = replace_or_fail(
        FIXTURE,
        "      relaxing.\n    related: [what-to-expect, safety]\n    source: acupuncture for sciatica article\n",
        "      relaxing.\n      source: reception\n    related: [what-to-expect, safety]\n",
    )
    _, warnings = warnings_of(text)
    (warning,) = [w for w in warnings if "source: reception" in w.message]
    assert warning.line == line_of(text, "      source: reception")
    assert "patients will see it" in warning.message and "lines up with 'answer:'" in warning.message


def test_future_or_badly_written_review_dates_are_warnings_not_errors():
    text = replace_or_fail(
        FIXTURE,
        "    source: acupuncture for sciatica article\n    reviewed: 2026-11-21",
        "    source: acupuncture for sciatica article\n    reviewed: 2027-11-21",
    )
    text = replace_or_fail(text, "reviewed: 2026-11-21", "reviewed: 21/11/2026", 1)
    faq, warnings = warnings_of(text)
    assert any(w.line == line_of(text, "2027-11-21") and "in the future" in w.message for w in warnings)
    assert any(w.line == line_of(text, "21/11/2026") and "like 2026-01-31" in w.message for w in warnings)
    assert faq.entry("what-is-sciatica").reviewed is None


def test_html_inside_a_bot_text_is_reported_on_its_own_line():
    text = replace_or_fail(FIXTURE, "    acupuncture and what to expect", "    <u>acupuncture</u> and what to expect")
    (error,) = errors_of(text)
    assert error.line == line_of(text, "<u>acupuncture")
    assert "the text 'welcome': '<u>' would be shown as typed" in error.message


def test_notepad_line_endings_and_byte_order_mark_keep_the_line_numbers(tmp_path):
    path = tmp_path / "faq.yaml"
    text = replace_or_fail(FIXTURE, ALT, "      will the needles hurt\n")
    path.write_bytes(("\ufeff" + text).replace("\n", "\r\n").encode("utf-8"))
    result = check_file(path)
    assert not result.ok
    assert [p.line for p in result.problems if not p.warning] == [line_of(text, "      will the needles hurt\n")]
