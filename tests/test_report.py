import csv
import datetime as dt
import io
from dataclasses import replace

from bot.clinic.report import build, group_questions, to_csv, to_text
from bot.clinic.stats import Stats
from bot.faq import Privacy
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
