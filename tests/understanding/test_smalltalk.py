import pytest

from bot.engine import Engine
from bot.replies import ReplyKind
from bot.understanding.matcher import Index
from bot.understanding.smalltalk import opening_smalltalk


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, that was really helpful. I'll have a think and maybe ring next week.",
        "thank you! I'll pass that on to my mum",
        "Cheers, that helps. Have a lovely weekend",
    ],
)
def test_thanks_then_nothing_asked_is_small_talk(faq, text):
    assert opening_smalltalk(Index(faq), text) is not None
    assert Engine(faq).ask(text).kind is ReplyKind.SMALLTALK


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, I was wondering whether you do weekend appointments",
        "thanks. can my husband come in with me",
        "Cheers. Is it safe when pregnant?",
        "Thanks",  # nothing after the opening: whole-message small talk decides, not this rule
        "My sciatica is bad, I'll ring next week",  # no small-talk opening
        "Hi, I had acupuncture yesterday and now I feel dizzy and sick",  # a report, not a pleasantry
        "Thanks, but the needles made my leg worse",
        "Hi, I have had back pain for years and want to book",
    ],
)
def test_anything_asked_after_the_opening_is_not(faq, text):
    assert opening_smalltalk(Index(faq), text) is None


def test_a_confident_answer_beats_a_polite_opening(faq):
    text = "Thanks, acupuncture pregnancy"  # asks nothing in words, but the FAQ knows it
    assert opening_smalltalk(Index(faq), text) is not None
    reply = Engine(faq).ask(text)
    assert reply.kind is ReplyKind.ANSWER and reply.faq_id == "pregnancy"
