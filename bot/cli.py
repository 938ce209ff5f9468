"""Command line: maps arguments to library calls and prints; decides nothing itself."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import console
from bot.clinic import health, report, stats
from bot.clinic.check import check_file
from bot.clinic.evaluate import LabelError, evaluate, load_cases
from bot.clinic.reload import FaqWatcher
from bot.config import ConfigError, token_from_env
from bot.engine import Engine
from bot.faq import FaqError
from bot.replies import Reply

DEFAULT_FAQ = "faq.yaml"
DEFAULT_LABELS = "tests/data/questions.yaml"
DEFAULT_DB = "data/bot.sqlite3"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Sciatica and acupuncture FAQ bot. With no command: the Telegram bot when "
        "TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) is set, else a console chat.",
    )
    parser.add_argument("--faq", default=os.environ.get("FAQ_PATH", DEFAULT_FAQ), help="FAQ file (env FAQ_PATH)")
    parser.add_argument("--db", default=os.environ.get("BOT_DB_PATH", DEFAULT_DB), help="statistics database")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("chat", help="talk to the bot in this terminal")
    ask = sub.add_parser("ask", help="print the reply to one question (or one per stdin line)")
    ask.add_argument("question", nargs="?", help="the question; omit with --json to read stdin")
    ask.add_argument("--json", action="store_true", help="print JSON instead of the reply text")
    check = sub.add_parser("check", help="validate a FAQ file")
    check.add_argument("path", nargs="?", help="FAQ file (default: --faq)")
    ev = sub.add_parser("eval", help="measure answers against a labelled question set")
    ev.add_argument("path", nargs="?", default=DEFAULT_LABELS, help="labelled questions (YAML)")
    report = sub.add_parser("report", help="unanswered questions and top topics from the statistics")
    report.add_argument("--since", type=int, default=30, metavar="DAYS", help="look back this many days")
    report.add_argument("--format", choices=("text", "csv"), default="text")

    sub.add_parser("health", help="exit 0 if a running bot's heartbeat is fresh (Docker HEALTHCHECK)")
    run = sub.add_parser("run", help="run the Telegram bot (the default when a token is set)")
    for target in (parser, run):  # accepted before or after "run"
        target.add_argument(
            "--webhook-url", default=os.environ.get("WEBHOOK_URL"), help="public HTTPS URL (else long polling)"
        )
        target.add_argument(
            "--listen", default=os.environ.get("WEBHOOK_LISTEN", "127.0.0.1"), help="webhook host (env WEBHOOK_LISTEN)"
        )
        target.add_argument(
            "--port", type=int, default=int(os.environ.get("WEBHOOK_PORT", "8443")), help="webhook port"
        )
    return parser


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


def _ask(engine: Engine, question: str | None, as_json_output: bool) -> int:
    if question is None:
        if not as_json_output:
            print("error: give a question, or use --json to read questions from standard input", file=sys.stderr)
            return 2
        for line in sys.stdin:
            text = line.rstrip("\n")
            print(as_json(text, engine.ask(text)), flush=False)
        sys.stdout.flush()
        return 0
    reply = engine.ask(question)
    print(as_json(question, reply) if as_json_output else console.render(reply))
    return 0


def _check(path: str) -> int:
    result = check_file(path)
    for line in result.lines():
        print(line)
    return 0 if result.ok else 1


def _eval(engine: Engine, path: str) -> int:
    report = evaluate(load_cases(path), engine.ask)
    print("\n".join(report.lines()))
    return 0


def _report(args: argparse.Namespace, engine: Engine) -> int:
    store = stats.Stats.open_existing(Path(args.db))
    if store is None:
        print(f"error: no statistics yet at {args.db} (the bot creates it when it runs)", file=sys.stderr)
        return 1
    with store:
        result = report.build(store, engine.version.index, since_days=args.since)
    print(report.to_csv(result) if args.format == "csv" else report.to_text(result), end="")
    return 0


def _health(db: Path) -> int:
    problem = health.check(health.heartbeat_path(db))
    print(problem or "healthy")
    return 1 if problem else 0


def _run(args: argparse.Namespace) -> int:
    from bot.telegram import run  # imported here so `ask`, `check` and `eval` start without telegram

    return run.main(args)


def main(argv: Sequence[str] | None = None) -> int:
    # Undecodable input is replaced, not fatal: one odd byte must not lose a whole batch.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args.path or args.faq)
        if args.command == "health":
            return _health(Path(args.db))
        if args.command == "run" or (args.command is None and token_from_env()):
            return _run(args)
        engine = Engine.from_file(args.faq)
        if args.command == "ask":
            return _ask(engine, args.question, args.json)
        if args.command == "eval":
            return _eval(engine, args.path)
        if args.command == "report":
            return _report(args, engine)
        logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
        FaqWatcher(engine).start_thread()
        console.chat(engine)
        return 0
    except FaqError as error:
        print(f"error: {error.path} cannot be used:", file=sys.stderr)
        for problem in error.problems:
            print(problem.format(error.path), file=sys.stderr)
        return 1
    except (LabelError, ConfigError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
