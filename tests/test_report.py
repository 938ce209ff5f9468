import csv
import datetime as dt
import io
from dataclasses import replace

from bot.clinic.report import build, group_questions, to_csv, to_text
from bot.clinic.stats import Stats
from bot.faq import Privacy
from bot.feedback import Opened, Picked, Vote, Voted
from bot.replies import Reply, ReplyKind
from bot.understanding.matcher import Index


def test_similar_questions_group_together(faq):
    texts = ["is there parking at the clinic", "can I park outside", "do you treat migraines", "parking nearby?"]
    groups = group_questions(texts, Index(faq))
    assert [g.count for g in groups] == [3, 1]
    assert "migraines" in groups[1].examples[0]


def test_text_and_csv(tmp_path, faq):
    on = replace(faq, privacy=Privacy(record_unanswered=True))
    store = Stats.open(tmp_path / "s.sqlite3", lambda: dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    for text in ["is there parking", "parking please"]:
        store.record(text, Reply(ReplyKind.FALLBACK, ""), on)
    store.record("does it hurt", Reply(ReplyKind.ANSWER, "", faq_id="does-it-hurt"), on)
    data = build(store, Index(faq), since_days=30)
    text = to_text(data)
    assert "2 x" in text and "is there parking" in text and "does-it-hurt" in text
    csv_text = to_csv(data)
    assert csv_text.splitlines()[0].startswith("section,count")
    assert "unanswered,2," in csv_text
    store.close()


def _store_with_questions(tmp_path, faq, texts):
    on = replace(faq, privacy=Privacy(record_unanswered=True))
    store = Stats.open(tmp_path / "s.sqlite3", lambda: dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    for text in texts:
        store.record(text, Reply(ReplyKind.FALLBACK, ""), on)
    store.record("does it hurt", Reply(ReplyKind.ANSWER, "", faq_id="does-it-hurt"), on)
    return store


def test_report_lists_entries_never_asked_and_ready_to_paste_alternatives(tmp_path, faq):
    store = _store_with_questions(tmp_path, faq, ["is there parking", "Parking: where?", "parking please"])
    data = build(store, Index(faq), since_days=30)
    assert data.never_asked is not None and "does-it-hurt" not in data.never_asked and "cost" in data.never_asked
    text = to_text(data)
    assert "to paste under 'alternatives:'" in text
    assert '      - is there parking\n      - "Parking: where?"\n' in text  # quoted where YAML needs it
    rows = list(csv.DictReader(io.StringIO(to_csv(data))))
    assert set(rows[0]) == {"section", "count", "faq_id", "outcome", "nearest_entry", "nearest_score", "examples"}
    assert {r["section"] for r in rows} == {"unanswered", "replies", "never_asked"}
    replies = [r for r in rows if r["section"] == "replies"]
    assert all(r["nearest_score"] == "" and r["outcome"] for r in replies)
    store.close()


def test_report_works_without_a_usable_faq(tmp_path, faq):
    store = _store_with_questions(tmp_path, faq, ["is there parking", "parking please"])
    data = build(store, None, since_days=30)
    assert [g.count for g in data.groups] == [2] and data.groups[0].nearest is None
    assert "unknown: the FAQ file has errors" in to_text(data)
    store.close()


def test_word_forms_the_stemmer_leaves_apart_still_group(faq):
    texts = ["can children have acupuncture", "can my child have acupuncture", "do you treat children"]
    assert [g.count for g in group_questions(texts, Index(faq))] == [3]


def _store_with_votes_and_picks(tmp_path, faq):
    """A statistics file as a week of patients would leave it: votes, picks, answers by button."""
    store = Stats.open(tmp_path / "s.sqlite3", lambda: dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    votes = {"does-it-hurt": (1, 3), "cost": (4, 1), "what-is-sciatica": (0, 1), "how-many-sessions": (2, 0)}
    for faq_id, (helped, not_helped) in votes.items():
        for vote, n in ((Vote.HELPED, helped), (Vote.NOT_HELPED, not_helped)):
            for _ in range(n):
                store.signal(Voted(faq_id, vote), faq)
    for _ in range(3):
        store.signal(Picked("how-many-sessions", ("what-to-expect", "cost")), faq)
    store.signal(Picked("cost", ("what-to-expect",)), faq)
    store.signal(Opened("sciatic-nerve"), faq)
    return store


def test_the_answers_with_the_most_thumbs_down_come_first_with_thumbs_up_and_share(tmp_path, faq):
    with _store_with_votes_and_picks(tmp_path, faq) as store:
        data = build(store, Index(faq), since_days=30)
    assert [(v.faq_id, v.helped, v.not_helped) for v in data.votes] == [
        ("does-it-hurt", 1, 3),
        ("what-is-sciatica", 0, 1),  # one 👎 of one beats one of five
        ("cost", 4, 1),
        ("how-many-sessions", 2, 0),
    ]
    section = to_text(data).split("Answers with the most 👎")[1].split("\n\n")[0]
    lines = section.splitlines()[2:]
    assert lines[0].split() == ["3", "1", "75%", "does-it-hurt"]
    assert lines[1].split() == ["1", "0", "100%", "what-is-sciatica"]
    assert lines[3].split() == ["0", "2", "0%", "how-many-sessions"]


def test_the_did_you_mean_choices_patients_picked(tmp_path, faq):
    with _store_with_votes_and_picks(tmp_path, faq) as store:
        data = build(store, Index(faq), since_days=30)
    text = to_text(data)
    assert "  3 x  picked how-many-sessions  (also offered: what-to-expect, cost)\n" in text
    assert "  1 x  picked cost  (also offered: what-to-expect)\n" in text
    assert text.index("Unanswered questions") < text.index("Answers with the most") < text.index('"Did you mean"')
    assert text.index('"Did you mean"') < text.index("Replies by topic") < text.index("Entries never given")
    assert data.never_asked is not None and "sciatic-nerve" not in data.never_asked  # opened by a button


def test_csv_keeps_its_columns_and_adds_feedback_and_picked_rows(tmp_path, faq):
    with _store_with_votes_and_picks(tmp_path, faq) as store:
        rows = list(csv.DictReader(io.StringIO(to_csv(build(store, Index(faq), since_days=30)))))
    assert list(rows[0]) == ["section", "count", "faq_id", "outcome", "nearest_entry", "nearest_score", "examples"]
    feedback = [(r["faq_id"], r["outcome"], r["count"]) for r in rows if r["section"] == "feedback"]
    assert feedback[:2] == [("does-it-hurt", "not_helped", "3"), ("does-it-hurt", "helped", "1")]
    assert len(feedback) == 8
    picked = [(r["faq_id"], r["count"], r["examples"]) for r in rows if r["section"] == "picked"]
    assert picked == [("how-many-sessions", "3", "what-to-expect | cost"), ("cost", "1", "what-to-expect")]
    assert {"section": "replies", "count": "1", "faq_id": "sciatic-nerve", "outcome": "button"}.items() <= next(
        r for r in rows if r["section"] == "replies" and r["faq_id"] == "sciatic-nerve"
    ).items()


def test_votes_and_picks_are_reported_while_the_faq_is_broken(tmp_path, faq):
    with _store_with_votes_and_picks(tmp_path, faq) as store:
        data = build(store, None, since_days=30)
    text = to_text(data)
    assert "does-it-hurt" in text.split("Answers with the most")[1] and "picked how-many-sessions" in text
    assert "unknown: the FAQ file has errors" in text


def test_empty_sections_say_so(tmp_path, faq):
    with Stats.open(tmp_path / "s.sqlite3") as store:
        text = to_text(build(store, Index(faq), since_days=30))
    for section in ("Answers with the most 👎", '"Did you mean" choices'):
        assert text.split(section)[1].split("\n\n")[0].rstrip().endswith("none recorded"), section


def test_questions_that_led_to_a_pick_are_ready_to_paste_when_text_is_kept(tmp_path, faq):
    on = replace(faq, privacy=Privacy(record_unanswered=True))
    with _store_with_votes_and_picks(tmp_path, faq) as store:
        for question in ("how long is a course", "how long is a course", "how long till it works"):
            store.signal(Picked("how-many-sessions", ("what-to-expect",), question), on)
        store.signal(Picked("cost", (), "is it dear"), faq)  # the clinic keeps no text: not kept
        data = build(store, Index(faq), since_days=30)
    text = to_text(data)
    block = "    questions that led to 'how-many-sessions', to paste under its 'alternatives:' (if it answers them):\n"
    assert block + "      - how long is a course\n      - how long till it works\n" in text
    assert "is it dear" not in text
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(data))) if r["section"] == "picked_question"]
    assert [(r["faq_id"], r["count"], r["examples"]) for r in rows] == [
        ("how-many-sessions", "2", "how long is a course"),
        ("how-many-sessions", "1", "how long till it works"),
    ]
