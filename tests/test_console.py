from bot import console
from bot.replies import COMMANDS, Action, Button, ReplyKind


def test_render_numbers_buttons_and_shows_urls(engine):
    text = console.render(engine.press(Action.BOOK))
    assert f"  1. 🌐 Visit the website ({engine.faq.clinic.website})" in text
    assert "**" not in text


def test_every_command_answers_like_telegram(engine):
    for name, command in COMMANDS.items():
        assert console.respond(engine, f"/{name}", ()) == command.reply(engine.faq)


def test_choice_number_presses_the_button(engine):
    buttons = (Button("Does acupuncture hurt?", Action.FAQ, "does-it-hurt"),)
    assert console.respond(engine, "1", buttons).faq_id == "does-it-hurt"
    assert console.respond(engine, "7", buttons).kind is not ReplyKind.INFO  # out of range: asked as a question


def test_chat_loop_until_quit(engine):
    lines = iter(["does it hurt", "", "/quit", "never read"])
    out: list[str] = []
    console.chat(engine, read=lambda _: next(lines), write=out.append)
    assert "Welcome" in out[0] and any("very fine" in o for o in out)


def test_bare_command_words_and_call_backs_answer_like_telegram(engine):
    assert console.respond(engine, "menu", ()) == COMMANDS["topics"].reply(engine.faq)
    assert "can't arrange call-backs" in console.respond(engine, "call me back please", ()).text


def test_the_console_leaves_out_did_this_help_and_numbers_the_rest(engine):
    reply = engine.ask("does acupuncture hurt")
    assert reply.buttons[-1].action is Action.NOT_HELPED  # Telegram shows them...
    text = console.render(reply)
    assert "👍" not in text and "👎" not in text  # ...the console does not (it keeps no statistics)
    choices = console.choices(reply)
    assert f"  {len(choices)}. {choices[-1].label}" in text
    assert console.respond(engine, str(len(choices)), choices).kind is ReplyKind.INFO  # the last real choice
