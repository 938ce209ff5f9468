from dataclasses import replace

from bot.faq import MatchSettings
from bot.understanding import matcher
from bot.understanding.decide import Outcome, decide, match
from bot.understanding.matcher import Index, Scored
from bot.understanding.smalltalk import match_smalltalk


def test_exact_question_is_answered(faq):
    index = Index(faq)
    found = match(index, "Does acupuncture hurt?", faq.settings)
    assert found.outcome is Outcome.ANSWER
    assert found.best.faq_id == "does-it-hurt"


def test_typos_and_paraphrase(faq):
    index = Index(faq)
    assert match(index, "does acupunture hurt", faq.settings).best.faq_id == "does-it-hurt"
    assert match(index, "how many sesions will i need", faq.settings).best.faq_id == "how-many-sessions"


def test_off_topic_falls_back(faq):
    index = Index(faq)
    for text in ["what's the weather like", "my car won't start", "asdfgh", ""]:
        assert match(index, text, faq.settings).outcome is Outcome.FALLBACK, text


def test_decide_requires_margin_not_just_score():
    settings = MatchSettings(answer_threshold=60, suggest_threshold=40, margin=10, max_suggestions=3)
    close = [Scored("a", 90), Scored("b", 85), Scored("c", 50), Scored("d", 41), Scored("e", 30)]
    found = decide(close, settings)
    assert found.outcome is Outcome.SUGGEST
    assert found.suggestions == ("a", "b", "c")
    clear = [Scored("a", 90), Scored("b", 70)]
    assert decide(clear, settings).outcome is Outcome.ANSWER
    assert decide([Scored("a", 39)], settings).outcome is Outcome.FALLBACK
    assert decide([], settings).outcome is Outcome.FALLBACK


def test_an_entry_must_be_clearly_ahead_of_the_off_topic_examples_too():
    """An entry barely ahead of an example of what not to answer is offered, not answered."""
    settings = MatchSettings()
    top = Scored("a", settings.answer_threshold + 10)
    behind = Scored(matcher.OFF_TOPIC, top.score - settings.margin / 2)
    far_behind = Scored(matcher.OFF_TOPIC, top.score - settings.margin * 2)
    assert decide([top, behind], settings).outcome is Outcome.SUGGEST
    assert decide([top, far_behind], settings).outcome is Outcome.ANSWER
    assert decide([top, behind], settings).suggestions == ("a",)


def test_a_one_word_phrasing_is_weak_evidence(faq, monkeypatch):
    """ "appointment for my car MOT" shares only the one word of the phrasing "appointment"."""
    text = "appointment for my car MOT"
    assert Index(faq).score("appointment")[0].score == 100  # the phrasing itself still matches exactly
    weighted = Index(faq).score(text)[0]
    monkeypatch.setattr(matcher, "MIN_PHRASE_WEIGHT", 0.0)
    unweighted = Index(faq).score(text)[0]
    assert weighted.faq_id == unweighted.faq_id == "booking"
    assert weighted.score < unweighted.score


def test_an_entry_two_phrasings_fit_beats_one_that_a_single_phrasing_fits_slightly_better():
    share = matcher.SECOND_PHRASE_SHARE
    assert matcher._entry_score([(80.0, 3)]) == 80.0  # one candidate phrasing keeps its score
    assert matcher._entry_score([(70.0, 2), (90.0, 1)]) == 90.0 - share * 20.0
    two_fit = matcher._entry_score([(84.0, 1), (80.0, 2)])
    one_fits = matcher._entry_score([(86.0, 3), (50.0, 4)])
    assert two_fit > one_fits


def test_scores_are_bounded_and_sorted(faq):
    ranked = Index(faq).score("acupuncture sciatica needles pregnant cost")
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_long_message_with_personal_context(faq):
    text = (
        "Hello, I'm 52 and I've been off work for a fortnight with a bad back after gardening. "
        "My neighbour swears by acupuncture but I'm really worried about the needles, does it hurt?"
    )
    assert match(Index(faq), text, faq.settings).best.faq_id == "does-it-hurt"


def test_smalltalk(faq):
    index = Index(faq)
    assert match_smalltalk(index, "Thank you!") is not None
    assert match_smalltalk(index, "hiya") is not None
    assert match_smalltalk(index, "does acupuncture hurt") is None


def test_a_message_most_like_an_off_topic_example_is_not_answered(faq):
    """ "how much does a haircut cost" shares "cost" with the prices entry; the FAQ's example of what
    not to answer wins, so the patient gets "I don't know" rather than the prices reply."""
    text = "how much does a haircut cost"
    assert match(Index(faq), text, faq.settings).best.faq_id == "cost"
    examples = replace(faq, off_topic=("how much is a haircut", "how much is a train ticket"))
    found = match(Index(examples), text, examples.settings)
    assert found.outcome is Outcome.FALLBACK and found.best is None
    assert match(Index(examples), "how much does acupuncture cost", examples.settings).best.faq_id == "cost"


def test_the_off_topic_id_cannot_be_an_entry_id():
    from bot.faq.entries import ID_PATTERN

    assert not ID_PATTERN.match(matcher.OFF_TOPIC)
