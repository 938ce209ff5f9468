"""`explain` shows each step of the pipeline for one question, on the frozen fixture FAQ."""

from __future__ import annotations

from bot.cli import main
from bot.clinic.explain import explain
from bot.engine import FaqVersion
from bot.faq import Faq
from tests.conftest import FIXTURE_PATH


def test_explain_names_the_winning_entry_its_phrasing_and_the_reply(faq: Faq):
    lines = explain(FaqVersion.build(faq), "will the needles hurt?")
    text = "\n".join(lines)
    assert "triage: none" in text
    assert "words after normalising: needl hurt" in text
    first_entry = next(line for line in lines if line.startswith("  ") and line.strip()[0].isdigit())
    assert first_entry.split()[-1] == "does-it-hurt"
    assert "best phrasing: 'will the needles hurt'" in text and "shared words: hurt, needl" in text
    assert lines[-1] == "reply: answer does-it-hurt"


def test_explain_shows_the_triage_rule_for_a_red_flag(faq: Faq):
    lines = explain(FaqVersion.build(faq), "since this morning I cant feel the toilet paper when I wipe")
    assert lines[1].startswith("triage: emergency (rule saddle-sensation); second reader: ")
    assert lines[1].endswith(" that it reports a red flag")
    assert lines[-1] == "reply: emergency emergency"


def test_explain_shows_the_question_part_of_a_long_story(faq: Faq):
    story = "My back has been bad since I moved house and carried all the boxes myself. " * 3
    lines = explain(FaqVersion.build(faq), story + "Will the needles hurt?")
    assert any(line.startswith("the question part of this long message: 'Will the needles hurt?'") for line in lines)


def test_explain_command_prints_the_steps(capsys):
    assert main(["--faq", str(FIXTURE_PATH), "explain", "how much is a session"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("question: 'how much is a session'\ntriage: none; second reader: 0.0")
    assert "reply: answer cost" in out


def test_explain_shows_an_off_topic_example_winning(faq: Faq):
    from dataclasses import replace

    examples = replace(faq, off_topic=("how much is a haircut",))
    lines = explain(FaqVersion.build(examples), "how much does a haircut cost")
    text = "\n".join(lines)
    assert "(off-topic)" in text and "best phrasing: 'how much is a haircut'" in text
    assert lines[-1].startswith("reply: fallback")
