"""The console adapter: the same replies as Telegram, buttons as numbered choices.

👍 / 👎 are left out: the console is where staff try the bot, it keeps no statistics, and
their votes would not be patients' anyway."""

from __future__ import annotations

from collections.abc import Callable

from bot import markup, replies
from bot.engine import Engine
from bot.replies import Action, Button, Reply

NOT_IN_CONSOLE = frozenset({Action.HELPED, Action.NOT_HELPED})


def choices(reply: Reply) -> tuple[Button, ...]:
    """The buttons offered as numbered choices: all but 👍 / 👎."""
    return tuple(b for b in reply.buttons if b.action not in NOT_IN_CONSOLE)


def render(reply: Reply) -> str:
    """Plain text with the buttons listed as numbered choices."""
    lines = [markup.to_plain(reply.text)]
    if choices(reply):
        lines.append("")
        for number, button in enumerate(choices(reply), 1):
            suffix = f" ({button.value})" if button.action is Action.URL else ""
            lines.append(f"  {number}. {button.label}{suffix}")
    return "\n".join(lines)


def respond(engine: Engine, line: str, buttons: tuple[Button, ...]) -> Reply:
    """One console input: a choice number, a command, or a question."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        button = buttons[int(text) - 1]
        if button.action is not Action.URL:
            return engine.press(button.action, button.value)
    command = text.split()[0].lower().removeprefix("/") if text.startswith("/") else None
    if command in replies.COMMANDS:
        return replies.COMMANDS[command].reply(engine.faq)
    return engine.converse(text)  # as Telegram: "menu" typed alone is the menu


def chat(engine: Engine, read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> None:
    """Talk until end of input or /quit."""
    reply = replies.welcome(engine.faq)
    write(render(reply))
    write("(Type a question, a choice number, /help, or /quit to leave.)")
    while True:
        try:
            line = read("\n> ")
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        if line.strip().lower() in ("/quit", "/exit", "quit", "exit"):
            return
        if not line.strip():
            continue
        reply = respond(engine, line, choices(reply))
        write(render(reply))
