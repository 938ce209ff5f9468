"""The words around questions: bare command words, call-back requests, half-typed words."""

from __future__ import annotations

import pytest

from bot import conversation, replies
from bot.engine import Engine
from bot.replies import Action, ReplyKind


@pytest.mark.parametrize(
    ("word", "command"),
    [("menu", "topics"), ("/menu", "topics"), ("Help!", "help"), ("START", "start"), ("book", "book")],
)
def test_bare_command_words(word: str, command: str):
    assert conversation.command_for(word) is replies.COMMANDS[command].reply


@pytest.mark.parametrize("text", ["help me", "does it hurt", "menus", ""])
def test_other_words_are_not_commands(text: str):
    assert conversation.command_for(text) is None


@pytest.mark.parametrize("text", ["call me back please", "Can you ring me?", "could someone CALL ME", "callback"])
def test_call_back_requests(text: str):
    assert conversation.wants_call_back(text)


@pytest.mark.parametrize("text", ["how do I call the clinic", "phone number", "does it hurt"])
def test_not_call_back_requests(text: str):
    assert not conversation.wants_call_back(text)


def test_completions_finish_the_last_word_only_while_it_is_typed():
    words = ("hurt", "how", "help", "pregnant")
    assert conversation.completions("does it h", words) == ["does it h", "does it hurt", "does it how", "does it help"]
    assert conversation.completions("does it ", words) == ["does it "]
    assert conversation.completions("pregn", words) == ["pregn", "pregnant"]
    assert conversation.completions("", words) == [""]


def test_vocabulary_puts_the_faqs_common_words_first(engine: Engine):
    words = conversation.vocabulary(engine.faq)
    assert words.index("acupuncture") < words.index("pregnant")
    assert "pee" in words  # from the emergency entry, so a half-typed red flag can finish


def test_converse_keeps_triage_first(engine: Engine):
    reply = engine.converse("I can't feel my bum since this morning, call me back")
    assert reply.kind is ReplyKind.EMERGENCY
    assert engine.converse("menu").text == replies.topics(engine.faq).text
    assert engine.converse("call me back please").text.startswith(conversation.NO_CALL_BACKS)


def test_search_never_returns_nothing(engine: Engine):
    (only,) = engine.search("who won the football", 5)
    assert only.kind is ReplyKind.FALLBACK and engine.faq.clinic.phone in only.text


def test_removed_entry_or_topic_says_so(engine: Engine):
    assert engine.press(Action.FAQ, "no-such-id").text == conversation.GONE
    assert engine.press(Action.CATEGORY, "no-such-topic").text == conversation.GONE


def test_deep_link(engine: Engine):
    assert engine.deep_link("pregnancy").faq_id == "pregnancy"
    assert engine.deep_link("nonsense").text == replies.welcome(engine.faq).text
