"""Which words are ordinary English, so typo correction leaves them alone.

"score" is one letter from "sore", "life" from "lie" and "contract" from "contact":
correcting real words like these towards the FAQ's vocabulary turned cricket scores
and phone contracts into confident answers. pyspellchecker's English word-frequency
list (built from film subtitles, so it knows how people write) tells a real word from
a typo; a misspelling such as "acupunture" or "numbnes" is not in it.
"""

from __future__ import annotations

from functools import cache

# pyspellchecker counts a word it has seen only in passing as 50; from 100 up a word is
# in everyday use ("knackered" 369, "cricket" 5,946), while names and oddities stay below.
COMMON_WORD_COUNT = 100


@cache
def _common_words() -> frozenset[str]:
    """Loaded once per process on first use (about a second); immutable afterwards."""
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en", distance=1).word_frequency
    return frozenset(word for word, count in frequency.items() if count >= COMMON_WORD_COUNT)


def is_english(word: str) -> bool:
    return word in _common_words()
