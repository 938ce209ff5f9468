"""The command line, through a real subprocess, over the frozen fixture FAQ."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURE_PATH, ROOT
from tests.support.edit import replace_or_fail

pytestmark = pytest.mark.process


def run(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    full_env["FAQ_PATH"] = str(FIXTURE_PATH)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=60,
    )


def test_ask_prints_answer_with_booking(faq):
    result = run("ask", "does acupuncture hurt?")
    assert result.returncode == 0
    assert faq.clinic.phone in result.stdout and "Book" in result.stdout


def test_ask_json_one_question():
    result = run("ask", "--json", "numbness around my groin")
    data = json.loads(result.stdout)
    assert data == {
        "question": "numbness around my groin",
        "kind": "emergency",
        "id": "emergency",
        "score": 100.0,
        "suggestions": [],
        "triage": "saddle-sensation",
    }


def test_ask_json_batch_keeps_order():
    questions = ["hello", "does it hurt", "what's the weather", "how long is a session"] * 50
    result = run("ask", "--json", stdin="\n".join(questions) + "\n")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["question"] for x in lines] == questions
    assert [x["kind"] for x in lines[:4]] == ["smalltalk", "answer", "fallback", "suggest"]
    assert set(lines[3]) == {"question", "kind", "id", "score", "suggestions", "triage"}


def test_check_ok_and_broken(tmp_path):
    ok = run("check", str(FIXTURE_PATH))  # the frozen fixture lacks the nine newer topics: warnings only
    assert ok.returncode == 0 and ": OK: 18 entries" in ok.stdout.strip().splitlines()[-1]
    broken = tmp_path / "faq.yaml"
    broken.write_text(replace_or_fail(FIXTURE_PATH.read_text(encoding="utf-8"), "  - id: cost", "  - idd: cost"))
    result = run("check", str(broken))
    assert result.returncode == 1
    assert "did you mean 'id'" in result.stdout
    assert all(line.startswith(f"{broken}:") for line in result.stdout.splitlines())
    assert "Traceback" not in result.stdout + result.stderr


def test_eval_prints_figures():
    result = run("eval")
    assert result.returncode == 0
    assert "on-topic accuracy" in result.stdout and "emergency recall: 100.0%" in result.stdout


def test_chat_without_token_is_the_console():
    result = run(stdin="does it hurt\n1\n/quit\n")
    assert result.returncode == 0
    assert "Welcome to" in result.stdout and "not a diagnosis" in result.stdout
    assert "Does acupuncture hurt?" in result.stdout
    assert "What happens in an acupuncture session?" in result.stdout  # choice 1 followed


def test_bad_faq_path_is_one_line_not_a_traceback(tmp_path):
    result = run("--faq", str(tmp_path / "nope.yaml"), "ask", "hi")
    assert result.returncode == 1
    assert "file not found" in result.stderr and "Traceback" not in result.stderr
    result = run("ask", "--json", env={"FAQ_PATH": str(tmp_path / "nope.yaml")})
    assert result.returncode == 1


def test_batch_of_thousand_questions_is_quick():
    """Functional check that batch mode streams; the timing target itself is in `make bench`."""
    result = run("ask", "--json", stdin="does it hurt\n" * 1000)
    assert len(result.stdout.splitlines()) == 1000


def test_undecodable_input_is_replaced_not_fatal():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--faq", str(FIXTURE_PATH), "ask", "--json"],
        input=b"does it hurt\n\xff\xfe broken \xed\xa0\x80\nhello\n",
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    kinds = [json.loads(line)["kind"] for line in result.stdout.decode().splitlines()]
    assert kinds == ["answer", "fallback", "smalltalk"]


def test_global_options_before_or_after_the_command(tmp_path):
    missing = str(tmp_path / "nope.yaml")
    after = run("ask", "--faq", str(FIXTURE_PATH), "does it hurt", env={"FAQ_PATH": missing})
    assert after.returncode == 0 and "Does acupuncture hurt?" in after.stdout
    before = run("--faq", missing, "check")
    assert before.returncode == 1 and "file not found" in before.stdout


@pytest.mark.parametrize("command", [["check"], ["ask", "hi"], ["report"], ["health"], ["run"]])
@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("WEBHOOK_PORT", "abc", "WEBHOOK_PORT='abc'"),
        ("LOG_LEVEL", "verbose", "LOG_LEVEL"),
        ("STAFF_CHAT_ID", "-100 staff", "STAFF_CHAT_ID='-100 staff'"),
        ("STAFF_DIGEST", "daily", "STAFF_DIGEST='daily'"),
    ],
)
def test_configuration_errors_are_one_line_on_stderr_with_exit_2(command, variable, value, named):
    result = run(*command, env={variable: value})
    assert result.returncode == 2
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1 and named in result.stderr


def test_preview_command_lists_the_stolen_question(tmp_path):
    draft = tmp_path / "draft.yaml"
    text = FIXTURE_PATH.read_text(encoding="utf-8")
    draft.write_text(
        replace_or_fail(text, "      - do you take insurance\n", "      - how do i book\n"), encoding="utf-8"
    )
    result = run("preview", str(draft), "--db", str(tmp_path / "none.sqlite3"))
    assert result.returncode == 1, result.stderr
    assert "[now wrong] 'how do i book': answered by 'cost'" in result.stdout


def test_subcommand_help_shows_defaults_and_environment():
    result = run("report", "--help")
    assert result.returncode == 0
    words = " ".join(result.stdout.split())  # argparse wraps to the terminal width
    assert "(env BOT_DB_PATH; default data/bot.sqlite3)" in words and "(default 30)" in words
    assert "WEBHOOK_PORT" in run("run", "--help").stdout


def test_installed_command_in_an_empty_folder_says_where_to_get_a_faq(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FAQ_PATH"))}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "hi"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "There is no faq.yaml in this folder" in result.stderr and "FAQ_PATH" in result.stderr


def test_report_works_while_the_faq_is_broken(tmp_path):
    import datetime as dt

    from bot.clinic.stats import Stats
    from bot.faq import load_faq
    from bot.replies import Reply, ReplyKind

    faq, _ = load_faq(FIXTURE_PATH)
    with Stats.open(tmp_path / "bot.sqlite3", lambda: dt.datetime.now(dt.UTC)) as store:
        store.record("does it hurt", Reply(ReplyKind.ANSWER, "", faq_id="does-it-hurt"), faq)
    broken = tmp_path / "faq.yaml"
    broken.write_text("clinic: [", encoding="utf-8")
    result = run("report", "--faq", str(broken), "--db", str(tmp_path / "bot.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert "does-it-hurt" in result.stdout and "has errors" in result.stderr


def test_review_lists_entries_due_soonest_first(tmp_path):
    text = FIXTURE_PATH.read_text(encoding="utf-8")
    text = replace_or_fail(text, "    reviewed: 2026-11-21\n", "", 1)  # what-is-sciatica: never reviewed
    text = replace_or_fail(text, "    reviewed: 2026-11-21\n", "    reviewed: 2025-01-01\n", 1)  # sciatic-nerve
    edited = tmp_path / "faq.yaml"
    edited.write_text(text, encoding="utf-8")
    result = run("review", "--faq", str(edited))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Entries by review date, due soonest first")
    assert lines[1].split()[0] == "what-is-sciatica" and "due now" in lines[1]
    assert lines[2].split()[0] == "sciatic-nerve" and "(reviewed 2025-01-01)" in lines[2]


def test_preview_also_asks_the_recorded_unanswered_questions(tmp_path):
    import dataclasses
    import datetime as dt

    from bot.clinic.stats import Stats
    from bot.faq import Privacy, load_faq
    from bot.replies import Reply, ReplyKind

    faq, _ = load_faq(FIXTURE_PATH)
    recording = dataclasses.replace(faq, privacy=Privacy(record_unanswered=True))
    with Stats.open(tmp_path / "bot.sqlite3", lambda: dt.datetime.now(dt.UTC)) as store:
        store.record("is there parking nearby", Reply(ReplyKind.FALLBACK, ""), recording)
    draft = tmp_path / "draft.yaml"
    text = FIXTURE_PATH.read_text(encoding="utf-8")
    edit = "      - do you take insurance\n      - is there parking nearby\n"
    draft.write_text(replace_or_fail(text, "      - do you take insurance\n", edit), encoding="utf-8")
    result = run("preview", str(draft), "--db", str(tmp_path / "bot.sqlite3"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "of 61 questions" in result.stdout
    assert "[changed] 'is there parking nearby': answered by 'cost'" in result.stdout
