from bot import console
from bot.replies import COMMANDS, Action, Button, Kind


def test_render_numbers_buttons_and_shows_urls(engine):
    text = console.render(engine.press(Action.BOOK))
    assert "  1. 🌐 Visit the website (https://mktcm.co.uk/)" in text
    assert "**" not in text


def test_every_command_answers_like_telegram(engine):
    for name, (_, build) in COMMANDS.items():
        assert console.respond(engine, f"/{name}", ()) == build(engine.faq)


def test_choice_number_presses_the_button(engine):
    buttons = (Button("Does acupuncture hurt?", Action.FAQ, "does-it-hurt"),)
    assert console.respond(engine, "1", buttons).faq_id == "does-it-hurt"
    assert console.respond(engine, "7", buttons).kind is not Kind.INFO  # out of range: asked as a question


def test_chat_loop_until_quit(engine):
    lines = iter(["does it hurt", "", "/quit", "never read"])
    out: list[str] = []
    console.chat(engine, read=lambda _: next(lines), write=out.append)
    assert "Welcome" in out[0] and any("very fine" in o for o in out)
