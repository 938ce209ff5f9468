"""The command line's arguments: one subparser per command, each with its help.

The global options (--faq, --db, and the webhook ones) are accepted before or after
the command name; every default and environment variable is shown in --help.
"""

from __future__ import annotations

import argparse
import os
import textwrap

from bot import config

DEFAULT_FAQ = "faq.yaml"
DEFAULT_LABELS = "tests/data/questions.yaml"
DEFAULT_DB = "data/bot.sqlite3"
HELP_WIDTH = 88  # fits an ordinary terminal window
ENVIRONMENT = """environment variables:
  FAQ_PATH                  FAQ file, as --faq (default faq.yaml)
  BOT_DB_PATH               statistics database, as --db (default data/bot.sqlite3)
  TELEGRAM_BOT_TOKEN        the bot token from @BotFather (or TELEGRAM_BOT_TOKEN_FILE: a file holding it)
  TELEGRAM_BASE_URL         Bot API base URL (default https://api.telegram.org/bot)
  WEBHOOK_URL, WEBHOOK_LISTEN, WEBHOOK_PORT, WEBHOOK_SECRET   webhook mode (see `run --help`)
  STAFF_CHAT_ID             the staff chat told of every save of faq.yaml, with /status (default: none)
  STAFF_DIGEST              off (default) or weekly: report --since 7 to the staff chat on Mondays
  LOG_LEVEL                 DEBUG, INFO (default), WARNING, ERROR or CRITICAL"""


def _global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """--faq and --db; on a subcommand their default is SUPPRESS so a value given before it survives."""
    faq = os.environ.get("FAQ_PATH", DEFAULT_FAQ) if defaults else argparse.SUPPRESS
    db = os.environ.get("BOT_DB_PATH", DEFAULT_DB) if defaults else argparse.SUPPRESS
    parser.add_argument("--faq", default=faq, metavar="PATH", help=f"FAQ file (env FAQ_PATH; default {DEFAULT_FAQ})")
    parser.add_argument(
        "--db", default=db, metavar="PATH", help=f"statistics database (env BOT_DB_PATH; default {DEFAULT_DB})"
    )


def _webhook_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """Accepted before or after `run`, like the global options."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    url = default(os.environ.get("WEBHOOK_URL"))
    parser.add_argument("--webhook-url", default=url, help="public HTTPS URL (env WEBHOOK_URL; else long polling)")
    listen = default(os.environ.get("WEBHOOK_LISTEN", "127.0.0.1"))  # behind a reverse proxy on this host
    parser.add_argument("--listen", default=listen, help="webhook host (env WEBHOOK_LISTEN; default 127.0.0.1)")
    port = default(config.webhook_port())
    parser.add_argument(
        "--port", type=int, default=port, help=f"webhook port (env WEBHOOK_PORT; default {config.DEFAULT_PORT})"
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m bot",
        description=textwrap.fill(
            "Sciatica and acupuncture FAQ bot. With no command: the Telegram bot when "
            "TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) is set, else a console chat.",
            HELP_WIDTH,
        ),
        epilog=ENVIRONMENT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(top, defaults=True)
    _webhook_options(top, defaults=True)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        text = textwrap.fill(description, HELP_WIDTH)  # the epilog is kept as laid out, so wrap by hand
        command = sub.add_parser(name, help=summary, description=text, epilog=ENVIRONMENT)
        command.formatter_class = argparse.RawDescriptionHelpFormatter
        _global_options(command, defaults=False)
        return command

    add("chat", "talk to the bot in this terminal", "A console conversation with the same replies as Telegram.")
    ask = add("ask", "print the reply to one question", "Print the reply to one question (or one per stdin line).")
    ask.add_argument("question", nargs="?", help="the question; omit it with --json to read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question instead of the reply text")
    check = add("check", "validate a FAQ file", "Validate a FAQ file: one 'PATH:LINE: message' per problem.")
    check.add_argument("path", nargs="?", help="FAQ file (default: --faq)")
    look = add(
        "preview",
        "try an edited FAQ before it goes live",
        "Ask everyday questions (and recorded unanswered ones) of the live FAQ and of DRAFT, and list every "
        "question that would get a different reply. Exit 1 if the draft has errors or answers a common "
        "question wrongly that the live file answers right.",
    )
    look.add_argument("draft", help="the edited copy of the FAQ file")
    add("review", "list entries by review date", "Entries by 'reviewed:' date, due soonest first.")
    why = add("explain", "show why a question gets its reply", "Triage, the words after normalising, top entries.")
    why.add_argument("question", help="the question, in quotes")
    ev = add("eval", "measure answers on a labelled set", "Accuracy, wrong answers and misses on labelled questions.")
    ev.add_argument("path", nargs="?", default=DEFAULT_LABELS, help=f"labelled questions (default {DEFAULT_LABELS})")
    rep = add("report", "what patients asked, from the statistics", "Unanswered questions grouped, and top topics.")
    rep.add_argument("--since", type=int, default=30, metavar="DAYS", help="look back this many days (default 30)")
    rep.add_argument("--format", choices=("text", "csv"), default="text", help="text (default) or csv")
    add("health", "exit 0 if a running bot is healthy", "Exit 0 while a running bot's heartbeat is fresh (Docker).")
    _webhook_options(
        add("run", "run the Telegram bot", "The Telegram bot: long polling, or a webhook with a URL."), False
    )
    return top
