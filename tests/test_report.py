import datetime as dt
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
