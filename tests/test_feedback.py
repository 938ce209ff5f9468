"""Did this help? 👍 👎 under answers only, and what the engine counts when patients press
buttons: votes, "did you mean" picks and answers opened by a button, with no patient in them.
The recorder is the real statistics file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot import feedback, replies
from bot.clinic.stats import MAX_STORED_CHARS, Stats
from bot.clinic.tallies import BUTTON
from bot.engine import Engine
from bot.faq import Faq
from bot.feedback import Opened, Picked, Vote, Voted
from bot.replies import Action, ReplyKind

URGENT_ANSWER = "I have had a fever and back pain, does acupuncture hurt?"  # GP/111 first, then the answer
VOTE_ACTIONS = {Action.HELPED, Action.NOT_HELPED}


@pytest.fixture
def counted(faq: Faq, tmp_path: Path):
    """An engine over the fixture FAQ recording into a real SQLite file."""
    with Stats.open(tmp_path / "stats.sqlite3") as store:
        yield Engine(faq, recorder=store), store


def _votes(reply: replies.Reply) -> list[replies.Button]:
    return [b for b in reply.buttons if b.action in VOTE_ACTIONS]


def test_a_typed_answer_asks_did_this_help_last(engine: Engine):
    reply = engine.ask("does acupuncture hurt")
    assert reply.kind is ReplyKind.ANSWER
    assert reply.buttons[-2:] == feedback.buttons("does-it-hurt")
    assert [b.label for b in _votes(reply)] == ["👍 This helped", "👎 It didn't"]


@pytest.mark.parametrize(
    "text",
    [
        "I suddenly can't feel my bottom and can't control my bladder",  # emergency
        "who won the football",  # fallback
        "how long is a session",  # did you mean
        "thanks",  # small talk
        URGENT_ANSWER,  # an answer under "contact your GP today or call NHS 111"
    ],
)
def test_no_did_this_help_where_it_would_be_wrong_or_noise(engine: Engine, text: str):
    reply = engine.ask(text)
    assert _votes(reply) == [], (reply.kind, reply.triage)


def test_the_urgent_case_is_really_an_answer_with_the_gp_line(engine: Engine):
    reply = engine.ask(URGENT_ANSWER)
    assert reply.kind is ReplyKind.ANSWER and reply.triage is not None  # so the test above means something


def test_answers_opened_by_buttons_or_links_ask_too_but_not_book_or_inline(engine: Engine, faq: Faq):
    assert _votes(engine.press(Action.FAQ, "does-it-hurt"))
    assert _votes(engine.press(Action.PICK, "cost,what-to-expect"))
    assert _votes(engine.deep_link("does-it-hurt"))  # a link the clinic shared opens a real answer
    assert not _votes(engine.press(Action.BOOK))  # contact details, not an answer to a question
    assert not _votes(replies.book(faq))
    assert not any(_votes(r) for r in engine.search("does it hurt", 5))  # shared into other chats


def test_suggestions_name_the_others_offered(engine: Engine):
    reply = engine.ask("how long is a session")
    values = [b.value for b in reply.buttons if b.action is Action.PICK]
    first, second, third = reply.suggestions
    assert values == [f"{first},{second},{third}", f"{second},{first},{third}", f"{third},{first},{second}"]


def test_a_vote_is_counted_per_entry_and_day(counted):
    engine, store = counted
    for action in (Action.HELPED, Action.HELPED, Action.NOT_HELPED):
        engine.press(action, "does-it-hurt")
    engine.press(Action.NOT_HELPED, "cost")
    assert sorted(store.votes(30)) == [("cost", 0, 1), ("does-it-hurt", 2, 1)]


def test_helped_is_thanked_and_not_helped_is_offered_the_clinic(engine: Engine, faq: Faq):
    thanks = engine.press(Action.HELPED, "does-it-hurt")
    assert thanks.text == feedback.THANKS and thanks.buttons == ()
    sorry = engine.press(Action.NOT_HELPED, "does-it-hurt")
    assert faq.clinic.phone in sorry.text
    assert {b.action for b in sorry.buttons} == {Action.URL, Action.TOPICS}


def test_votes_for_removed_or_emergency_entries_are_not_counted(counted, faq: Faq):
    engine, store = counted
    engine.press(Action.HELPED, "no-such-entry")
    engine.press(Action.NOT_HELPED, "emergency")
    engine.press(Action.HELPED, "x" * 500)  # whatever a forged button says, only known ids are written
    assert store.votes(30) == []
    assert engine.press(Action.HELPED, "no-such-entry").text == feedback.THANKS  # the patient is thanked anyway


def test_a_pick_counts_the_pick_and_the_answer_opened(counted):
    engine, store = counted
    reply = engine.ask("how long is a session")
    pick = next(b for b in reply.buttons if b.action is Action.PICK and b.value.startswith("how-many-sessions,"))
    answer = engine.press(pick.action, pick.value)
    assert answer.faq_id == "how-many-sessions"
    assert store.picks(30) == [("how-many-sessions", ("what-to-expect", "cost"), 1)]
    assert (BUTTON, "how-many-sessions", 1) in store.counts(30)
    assert ("suggest", "", 1) in store.counts(30)  # the typed question itself, as before


def test_an_answer_opened_by_a_button_is_counted_apart_from_typed_ones(counted):
    engine, store = counted
    engine.ask("does acupuncture hurt")
    engine.press(Action.FAQ, "does-it-hurt")
    engine.press(Action.CATEGORY, "acupuncture")  # browsing a menu is not an answer
    assert sorted(store.counts(30)) == [("answer", "does-it-hurt", 1), (BUTTON, "does-it-hurt", 1)]


def test_a_pick_whose_entries_a_reload_removed(counted, faq: Faq):
    engine, store = counted
    engine.swap(replace(faq, entries=tuple(e for e in faq.entries if e.id != "cost")))
    assert engine.press(Action.PICK, "cost,what-to-expect").kind is ReplyKind.INFO  # "no longer in my list"
    engine.press(Action.PICK, "what-to-expect,cost")
    assert store.picks(30) == [("what-to-expect", (), 1)]


def test_signals_hold_only_entries_and_votes():
    fields = {f for cls in (Opened, Picked, Voted) for f in cls.__slots__}
    assert fields == {"faq_id", "offered", "vote", "question"}  # a question only when the clinic keeps text
    assert {str(v) for v in Vote} == {"helped", "not_helped"}


def test_a_failing_recorder_never_costs_the_reply(faq: Faq):
    class Broken:
        def __call__(self, *_: object) -> None:
            raise OSError("disk full")

        def signal(self, *_: object) -> None:
            raise OSError("disk full")

    engine = Engine(faq, recorder=Broken())
    assert engine.press(Action.FAQ, "does-it-hurt").faq_id == "does-it-hurt"
    assert engine.press(Action.HELPED, "does-it-hurt").text == feedback.THANKS


def test_privacy_tells_patients_the_votes_are_kept(faq: Faq):
    text = replies.privacy(faq).text
    assert "👍 and 👎" in text and "never store your name, username, Telegram id or chat" in text


@pytest.fixture
def keeping_text(faq: Faq, tmp_path: Path):
    """As `counted`, with the clinic keeping the text of unanswered questions."""
    on = replace(faq, privacy=replace(faq.privacy, record_unanswered=True))
    with Stats.open(tmp_path / "stats.sqlite3") as store:
        yield Engine(on, recorder=store), store


def _pick(reply: replies.Reply, faq_id: str) -> replies.Button:
    return next(b for b in reply.buttons if b.action is Action.PICK and b.value.startswith(f"{faq_id},"))


def test_when_the_clinic_keeps_text_a_pick_keeps_the_question_that_led_to_it(keeping_text):
    engine, store = keeping_text
    reply = engine.ask("how long is a session, call 07700 900123")
    button = _pick(reply, "how-many-sessions")
    engine.press(button.action, button.value)
    assert store.picked_questions(30) == [("how-many-sessions", "how long is a session, call [number]")]
    engine.press(button.action, button.value)  # the question goes with the first pick only
    assert len(store.picked_questions(30)) == 1 and store.picks(30)[0][2] == 2


def test_without_kept_text_a_pick_carries_no_reference_and_keeps_no_question(counted):
    engine, store = counted
    button = _pick(engine.ask("how long is a session"), "how-many-sessions")
    assert feedback.REF_MARK not in button.value
    engine.press(button.action, button.value)
    assert store.picked_questions(30) == [] and len(store.picks(30)) == 1


def test_the_reference_is_random_and_the_others_offered_still_parse(keeping_text, faq: Faq):
    engine, _ = keeping_text
    first, second = (_pick(engine.ask("how long is a session"), "cost").value for _ in range(2))
    assert first != second and first.split(",")[1].startswith(feedback.REF_MARK)
    assert feedback.picked(faq, first) == Picked("cost", ("what-to-expect", "how-many-sessions"))


def test_pending_questions_are_bounded_in_number_and_age():
    now = [0.0]
    pending = feedback.Pending(size=2, clock=lambda: now[0])
    refs = [pending.keep(f"question {n}") for n in range(3)]
    assert pending.take(refs[0]) is None  # the oldest made room
    assert pending.take(refs[2]) == "question 2" and pending.take(refs[2]) is None  # once
    now[0] += feedback.PENDING_SECONDS + 1
    assert pending.take(refs[1]) is None  # too old
    assert len(pending.keep("x" * 5000)) == 8 and pending.take(pending.keep("y" * 5000)) == "y" * feedback.PENDING_CHARS


def test_pending_questions_keep_what_the_statistics_keep():
    assert feedback.PENDING_CHARS == MAX_STORED_CHARS
