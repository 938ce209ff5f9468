from bot.understanding.normalise import Analyzer, british, fold, stem


def test_fold_drops_case_accents_punctuation_and_emoji():
    assert fold("Does ACUPUNCTURE hurt?? 😬") == "does acupuncture hurt"
    assert fold("Café—naïve   résumé") == "cafe naive resume"
    assert fold("I can't, I'm") == "i cant im"


def test_british_spelling():
    assert british("anesthetic") == "anaesthetic"
    assert british("specialized") == "specialised"
    assert british("disk") == "disc"


def test_synonyms_and_phrases_map_to_one_word():
    analyzer = Analyzer({"hurt": ["painful", "sore"], "tingling": ["pins and needles"]})
    assert analyzer.tokens("is it painful") == analyzer.tokens("is it sore") == ["hurt"]
    assert analyzer.tokens("pins and needles in my leg") == ["tingl", "leg"]


def test_typos_are_corrected_only_to_known_words():
    analyzer = Analyzer({}, vocabulary=["acupuncture", "sciatica", "price"])
    assert analyzer.tokens("accupunture for siatica") == analyzer.tokens("acupuncture for sciatica")
    # different first letter, or much longer: not a typo
    assert analyzer.correct("rice") == "rice"
    assert analyzer.correct("place") == "place"


def test_filler_words_are_dropped_but_question_words_kept():
    analyzer = Analyzer({})
    assert analyzer.tokens("is it the") == []
    assert analyzer.tokens("why is it") == [stem("why")]
