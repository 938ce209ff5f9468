"""The red-flag lexicon: the word tables compiled for look-up, and typo correction towards them.

`clauses` reads a message with it. Words, phrases and prefixes are separated once at
import; a typo is corrected only towards a word that means something to triage, and a
real English word is never "corrected" ("swears" is not "sweats").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.understanding.english import is_english
from bot.understanding.triage_tags import Tag, word_set
from bot.understanding.triage_words import WORDS

# Typos: words this long or longer are corrected towards the vocabulary, shorter
# ones are too ambiguous ("wee", "bum"); longer than MAX_CORRECTED is never a typo.
MIN_CORRECTED = 5
MAX_CORRECTED = 20
# rapidfuzz ratio a correction needs: "weeker" -> "weaker" is 83, "numbnes" -> "numbness" 93,
# while "going" -> "groin" (80) must stay "going": short words need a closer match.
TYPO_CUTOFF_SHORT = 83.0  # up to SHORT_WORD letters
TYPO_CUTOFF = 80.0
SHORT_WORD = 6
CORRECTION_CACHE = 8192  # distinct words remembered; each key is at most MAX_CORRECTED chars
# Words one letter from a red-flag word that must not be "corrected": everyday words the
# English list misses, and typos of other words ("cance" is cancel, not cancer).
NOT_TYPOS = word_set(
    "weekly weekend weekends number numbers bumper dinner winter bother weather letter better wetter "
    "piston pistol poorly pools pooch power powder dearly bottle bottles legal legacy lager ledge "
    "strange stranger strain strains thirsty curing pained pants panic bleed cance cancle cancell canel"
)


# Words that only add emphasis ("I haven't actually needed a wee", "I honestly can't feel it"; not
# "really" or "quite", which soften a denial: "not really", "not quite"): dropped
# from every clause and every table phrase, so a phrase matches with or without them.
FILLERS = word_set(
    "actually honestly literally totally completely basically genuinely definitely seriously absolutely "
    "kinda sorta truly"
)


def _compile() -> tuple[dict[str, frozenset[Tag]], dict[tuple[str, ...], frozenset[Tag]], tuple[tuple[str, Tag], ...]]:
    words: dict[str, set[Tag]] = {}
    phrases: dict[tuple[str, ...], set[Tag]] = {}
    prefixes: list[tuple[str, Tag]] = []
    for tag, entries in WORDS.items():
        for entry in entries:
            if entry.endswith("*"):
                prefixes.append((entry[:-1], tag))
            elif " " in entry:
                phrases.setdefault(tuple(w for w in entry.split() if w not in FILLERS), set()).add(tag)
            else:
                words.setdefault(entry, set()).add(tag)
    return (
        {w: frozenset(t) for w, t in words.items()},
        {p: frozenset(t) for p, t in phrases.items()},
        tuple(prefixes),
    )


WORD_TAGS, PHRASES, PREFIXES = _compile()
# Body words keep their meaning inside a phrase: "cnt pee" is a bladder problem and
# "not need a wee" names the bladder, though each phrase is read as one concept.
BODY = frozenset({Tag.AREA, Tag.TOUCH, Tag.LEG, Tag.LEGS, Tag.BLADDER, Tag.BOWEL, Tag.TOILET, Tag.SEX})


def _single_tags(word: str) -> frozenset[Tag]:
    return WORD_TAGS.get(word, frozenset()) | {tag for prefix, tag in PREFIXES if word.startswith(prefix)}


# A limb in a figure of speech is no limb: "like I've sat on my foot" is numbness, "dead leg" a knock.
_FIGURES = frozenset({Tag.SENSE, Tag.IDIOM, Tag.TIRED})
_LIMBS = frozenset({Tag.LEG, Tag.LEGS})


def _with_body(phrase: tuple[str, ...], tags: frozenset[Tag]) -> frozenset[Tag]:
    if Tag.NOISE in tags:
        return tags
    body = {t for w in phrase for t in _single_tags(w) & BODY}
    if tags & _FIGURES:
        body -= _LIMBS
    if Tag.TOUCH in tags:  # "toilet paper", "loo seat" are what touches the saddle, not a visit to the loo
        body.discard(Tag.TOILET)
    return tags | body


PHRASES = {phrase: _with_body(phrase, tags) for phrase, tags in PHRASES.items()}
LONGEST_PHRASE = max(len(p) for p in PHRASES)
# every word the tables know, which is never itself "corrected"
_KNOWN = frozenset(WORD_TAGS) | {w for p in PHRASES for w in p} | {p for p, _ in PREFIXES}
# Typos are corrected only towards words that mean something here: not towards a word that
# appears only in a phrase read as noise ("bottem" must not become the "bottle" of "hot water bottle").
_TARGETS = {w for w, t in WORD_TAGS.items() if t != {Tag.NOISE}} | {
    w for p, t in PHRASES.items() if t != {Tag.NOISE} for w in p
}
_PREFIX_STARTS = tuple(p for p, _ in PREFIXES)
_BY_INITIAL: dict[str, list[str]] = {}
for _word in sorted(_TARGETS | {p for p, _ in PREFIXES}):
    if len(_word) >= MIN_CORRECTED - 1:
        _BY_INITIAL.setdefault(_word[0], []).append(_word)


@lru_cache(maxsize=CORRECTION_CACHE)
def correct(word: str) -> str:
    if len(word) < MIN_CORRECTED or len(word) > MAX_CORRECTED or word in _KNOWN or word in NOT_TYPOS:
        return word
    if word.endswith("s") and word[:-1] in _KNOWN:
        return word[:-1]  # "wipes", "bottoms"
    if is_english(word):  # "swears" is not "sweats", "chance" not "cancer", "tried" not "tripped"
        return word
    if word.startswith(_PREFIX_STARTS):
        return word
    found = process.extractOne(
        word,
        _BY_INITIAL.get(word[0], ()),
        scorer=fuzz.ratio,
        score_cutoff=TYPO_CUTOFF_SHORT if len(word) <= SHORT_WORD else TYPO_CUTOFF,
        processor=None,
    )
    if found and abs(len(found[0]) - len(word)) <= 2:
        return found[0]
    return word


_PAST_YEAR = frozenset({Tag.PAST})


_CHILD_AGE = re.compile(r"(\d{1,2})yo")  # "5yo"; not "3yrs", which is how long
CHILD_UNTIL = 12  # "my 5yo wets the bed": a young child's accidents are no red flag of the writer's
_A_CHILD = frozenset({Tag.NOT_PATIENT})


def word_tags(word: str) -> frozenset[Tag]:
    tags = WORD_TAGS.get(word)
    if tags is not None:
        return tags
    if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
        return _PAST_YEAR  # "in 2019": a year named is a time gone by
    child = _CHILD_AGE.fullmatch(word)
    if child and int(child.group(1)) <= CHILD_UNTIL:
        return _A_CHILD
    return _prefix_tags(word)


@lru_cache(maxsize=65_536)  # a pure function of the word; bounded, since patients can type any word
def _prefix_tags(word: str) -> frozenset[Tag]:
    """The tags of the table's "word*" entries that `word` starts with (one scan of all of them,
    only for the few words that start with any: `str.startswith` checks the tuple in C)."""
    if not word.startswith(_PREFIX_STARTS):
        return frozenset()
    return frozenset(tag for prefix, tag in PREFIXES if word.startswith(prefix))
