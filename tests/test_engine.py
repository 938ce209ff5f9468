from bot.engine import Engine
from bot.replies import Action, ReplyKind


def test_answer_ends_with_booking_details(engine, faq):
    reply = engine.ask("does acupuncture hurt")
    assert reply.kind is ReplyKind.ANSWER
    assert reply.text.rstrip().endswith(faq.clinic.website)
    assert faq.clinic.phone in reply.text
    assert any(b.action is Action.BOOK for b in reply.buttons)


def test_emergency_wins_over_a_question(engine):
    reply = engine.ask("how much does it cost? also I can't control my bladder since yesterday")
    assert reply.kind is ReplyKind.EMERGENCY
    assert "999" in reply.text and "A&E" in reply.text
    assert reply.buttons == ()


def test_fallback_gives_contact_and_topics(engine, faq):
    reply = engine.ask("who won the football")
    assert reply.kind is ReplyKind.FALLBACK
    assert faq.clinic.phone in reply.text
    assert {b.action for b in reply.buttons} >= {Action.TOPICS}


def test_suggest_offers_one_button_per_suggestion(engine):
    reply = engine.ask("how long is a session")  # length of a visit or of a course: ambiguous
    assert reply.kind is ReplyKind.SUGGEST
    assert 2 <= len(reply.suggestions) <= 3
    picks = [b.value.split(",") for b in reply.buttons if b.action is Action.PICK]
    assert [pick[0] for pick in picks] == list(reply.suggestions)  # each button opens its suggestion...
    assert all(sorted(pick) == sorted(reply.suggestions) for pick in picks)  # ...and names the others offered


def test_buttons_lead_somewhere(engine, faq):
    for category in faq.categories:
        listing = engine.press(Action.CATEGORY, category.id)
        assert listing.buttons[-1].action is Action.TOPICS
        for button in listing.buttons[:-1]:
            answer = engine.press(button.action, button.value)
            assert answer.faq_id == button.value
    assert engine.press(Action.FAQ, "no-such-id").kind is ReplyKind.INFO


def test_recorder_sees_each_answer_and_failures_do_not_cost_the_answer(faq):
    seen = []
    engine = Engine(faq, recorder=lambda text, reply, _: seen.append(reply.kind))
    engine.ask("does it hurt")
    assert seen == [ReplyKind.ANSWER]

    def broken(*_):
        raise RuntimeError("disk full")

    engine = Engine(faq, recorder=broken)
    assert engine.ask("does it hurt").kind is ReplyKind.ANSWER


def test_swap_is_atomic(faq):
    engine = Engine(faq)
    before = engine.version
    engine.swap(faq)
    assert engine.version is not before and engine.version.faq is faq


def test_topic_menu_never_offers_the_emergency_reply(engine, faq):
    """Browsing "About sciatica" must not put "call 999 now" one tap away from a curious patient."""
    menu = engine.press(Action.CATEGORY, "sciatica")
    values = [b.value for b in menu.buttons]
    assert "emergency" not in values and "what-is-sciatica" in values
    assert faq.entry("emergency").category == "sciatica"  # it is in the category, just not in the menu
