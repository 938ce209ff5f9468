"""Command line: maps arguments to library calls and prints; decides nothing itself.

Each command is one subparser in `bot.cli_parser` and one function in `COMMANDS` here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot import config, console
from bot.cli_parser import DEFAULT_FAQ, parser
from bot.clinic import health, preview, report, review, stats
from bot.clinic.check import check_file
from bot.clinic.evaluate import LabelError, evaluate, load_cases
from bot.clinic.explain import explain
from bot.clinic.reload import FaqWatcher
from bot.config import ConfigError, token_from_env
from bot.engine import Engine
from bot.faq import FaqError
from bot.replies import Reply

CONFIG_EXIT = 2  # a setting or an argument is unusable (argparse's own usage errors exit 2 too)


def as_json(question: str, reply: Reply) -> str:
    return json.dumps(
        {
            "question": question,
            "kind": str(reply.kind),
            "id": reply.faq_id,
            "score": round(reply.score, 1),
            "suggestions": list(reply.suggestions),
            "triage": reply.triage,
        },
        ensure_ascii=False,
    )


def _ask(args: argparse.Namespace) -> int:
    engine = Engine.from_file(args.faq)
    if args.question is None:
        if not args.json:
            print("error: give a question, or use --json to read questions from standard input", file=sys.stderr)
            return CONFIG_EXIT
        for line in sys.stdin:
            text = line.rstrip("\n")
            print(as_json(text, engine.ask(text)), flush=False)
        sys.stdout.flush()
        return 0
    reply = engine.ask(args.question)
    print(as_json(args.question, reply) if args.json else console.render(reply))
    return 0


def _check(args: argparse.Namespace) -> int:
    result = check_file(args.path or args.faq)
    print("\n".join(result.lines()))
    return 0 if result.ok else 1


def _preview(args: argparse.Namespace) -> int:
    result = check_file(args.draft)
    if not result.ok:
        print("\n".join(result.lines()))
        return 1
    live, draft = Engine.from_file(args.faq), Engine(result.faq)
    cases = preview.common_questions()
    store = stats.Stats.open_existing(Path(args.db))
    if store is not None:
        with store:
            cases += preview.recorded(row.text for row in store.unanswered(since_days=preview.RECORDED_DAYS))
    changes = preview.compare(live, draft, cases)
    print("\n".join(preview.lines(changes, args.faq, args.draft, len(cases))))
    (before, labelled), (after, _) = preview.right_answers(live, cases), preview.right_answers(draft, cases)
    print(f"common questions answered right: {before} of {labelled} with {args.faq}, {after} with {args.draft}")
    return 1 if any(c.verdict is preview.Verdict.WORSE for c in changes) else 0


def _review(args: argparse.Namespace) -> int:
    print("\n".join(review.lines(review.due_list(Engine.from_file(args.faq).faq), dt.date.today())))
    return 0


def _explain(args: argparse.Namespace) -> int:
    print("\n".join(explain(Engine.from_file(args.faq).version, args.question)))
    return 0


def _eval(args: argparse.Namespace) -> int:
    print("\n".join(evaluate(load_cases(args.path), Engine.from_file(args.faq).ask).lines()))
    return 0


def _report(args: argparse.Namespace) -> int:
    store = stats.Stats.open_existing(Path(args.db))
    if store is None:
        print(f"error: no statistics yet at {args.db} (the bot creates it when it runs)", file=sys.stderr)
        return 1
    try:
        index = Engine.from_file(args.faq).version.index
    except FaqError as error:  # the statistics are still worth reading while the file is being fixed
        print(f"note: {error.path} has errors, so nearest entries are not shown", file=sys.stderr)
        index = None
    with store:
        result = report.build(store, index, since_days=args.since)
    print(report.to_csv(result) if args.format == "csv" else report.to_text(result), end="")
    return 0


def _health(args: argparse.Namespace) -> int:
    problem = health.check(health.heartbeat_path(Path(args.db)))
    if problem:
        print(problem)
        return 1
    print(health.faq_on_disk(Path(args.faq)) or "healthy")
    return 0


def _run(args: argparse.Namespace) -> int:
    from bot.telegram import run  # imported here so `ask`, `check` and `eval` start without telegram

    return run.main(args)  # an unusable BOT_DB_PATH costs statistics, not answers (bot.clinic.recorder)


def _chat(args: argparse.Namespace) -> int:
    engine = Engine.from_file(args.faq)
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
    FaqWatcher(engine).start_thread()
    console.chat(engine)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "chat": _chat,
    "ask": _ask,
    "check": _check,
    "preview": _preview,
    "review": _review,
    "explain": _explain,
    "eval": _eval,
    "report": _report,
    "health": _health,
    "run": _run,
}


def _faq_error(error: FaqError) -> None:
    print(f"error: {error.path} cannot be used:", file=sys.stderr)
    for problem in error.problems:
        print(problem.format(error.path), file=sys.stderr)
    if error.path == DEFAULT_FAQ and not Path(DEFAULT_FAQ).exists():
        print(
            f"There is no {DEFAULT_FAQ} in this folder ({Path.cwd()}). Copy the clinic's faq.yaml here: the "
            "project's own faq.yaml is a complete one to start from (in the source folder, or from the Docker "
            "image: docker cp sciatica-bot:/app/config/faq.yaml .), or give its place with --faq PATH or the "
            "FAQ_PATH environment variable.",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    # Undecodable input is replaced, not fatal: one odd byte must not lose a whole batch.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = None
    try:
        config.check_environment()
        args = parser().parse_args(argv)
        command = args.command or ("run" if token_from_env() else "chat")
        return COMMANDS[command](args)
    except FaqError as error:
        _faq_error(error)
        return 1
    except BrokenPipeError:  # the reader (`| head`) has gone: nothing left to say
        return 0
    except (LabelError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return CONFIG_EXIT
    except sqlite3.Error as error:
        print(f"error: cannot read the statistics database {args.db if args else ''} ({error})", file=sys.stderr)
        return CONFIG_EXIT
    except KeyboardInterrupt:
        return 130
