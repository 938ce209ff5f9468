"""Read a message as clauses of concepts: the first half of red-flag triage.

A message is cut into clauses at sentence ends and at words that turn it round
("but"); each word is typo-corrected towards the red-flag vocabulary and mapped onto
the concepts of `triage_words` (a body area, a change of feeling, a denial...), with
its position, so the rules in `triage` can ask "are these two close together?".
One pass over the words with bounded look-ups each: cost is linear in the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.understanding.english import is_english
from bot.understanding.normalise import fold
from bot.understanding.triage_tags import Tag, word_set
from bot.understanding.triage_words import WORDS

PAIR_WINDOW = 10
# A clause of fewer words than this is read with the one before it.
MIN_CLAUSE_WORDS = 4
# A denial ("no", "not", "never") counts for a concept up to this many words before it:
# "I have not had any numbness" spans 4.
NEGATION_REACH = 4
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
# Everyday words one letter away from a red-flag word that must not be "corrected".
NOT_TYPOS = word_set(
    "weekly weekend weekends number numbers bumper dinner winter bother weather letter better wetter "
    "piston pistol poorly pools pooch power powder dearly bottle bottles legal legacy lager ledge "
    "strange stranger strain strains thirsty curing pained pants panic bleed cance cancle cancell canel"
)


# ---------------------------------------------------------------- the lexicon


def _compile() -> tuple[dict[str, frozenset[Tag]], dict[tuple[str, ...], frozenset[Tag]], tuple[tuple[str, Tag], ...]]:
    words: dict[str, set[Tag]] = {}
    phrases: dict[tuple[str, ...], set[Tag]] = {}
    prefixes: list[tuple[str, Tag]] = []
    for tag, entries in WORDS.items():
        for entry in entries:
            if entry.endswith("*"):
                prefixes.append((entry[:-1], tag))
            elif " " in entry:
                phrases.setdefault(tuple(entry.split()), set()).add(tag)
            else:
                words.setdefault(entry, set()).add(tag)
    return (
        {w: frozenset(t) for w, t in words.items()},
        {p: frozenset(t) for p, t in phrases.items()},
        tuple(prefixes),
    )


_WORDS, _PHRASES, _PREFIXES = _compile()
_LONGEST_PHRASE = max(len(p) for p in _PHRASES)
_VOCABULARY = sorted({w for w in _WORDS} | {w for p in _PHRASES for w in p} | {p for p, _ in _PREFIXES})
_BY_INITIAL: dict[str, list[str]] = {}
for _word in _VOCABULARY:
    if len(_word) >= MIN_CORRECTED - 1:
        _BY_INITIAL.setdefault(_word[0], []).append(_word)
_KNOWN = frozenset(_VOCABULARY)

# Clauses end at sentence punctuation and at words that turn the sentence round.
_CLAUSE_BREAK = re.compile(r"[.!?;:()\n]+|\b(?:but|however|although|though|except|whereas|apart from)\b", re.IGNORECASE)


@lru_cache(maxsize=CORRECTION_CACHE)
def _correct(word: str) -> str:
    if len(word) < MIN_CORRECTED or len(word) > MAX_CORRECTED or word in _KNOWN or word in NOT_TYPOS:
        return word
    if word.endswith("s") and word[:-1] in _KNOWN:
        return word[:-1]  # "wipes", and "backside's" folded to "backsides"
    if is_english(word):  # "swears" is not "sweats", "chance" not "cancer", "tried" not "tripped"
        return word
    if any(word.startswith(p) for p, _ in _PREFIXES):
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
_LAUGHING = ("😂", "🤣", "😆", "😹")


def _word_tags(word: str) -> frozenset[Tag]:
    tags = _WORDS.get(word)
    if tags is not None:
        return tags
    if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
        return _PAST_YEAR  # "in 2019": a year named is a time gone by
    return frozenset(tag for prefix, tag in _PREFIXES if word.startswith(prefix))


@dataclass(frozen=True, slots=True)
class _Concept:
    tag: Tag
    at: int  # word position in the clause
    negated: bool


_LIST_WORDS = frozenset({"or", "nor", "any"})

# Concepts a preceding "no"/"not" denies. The others already carry their own
# negative ("can't feel", "no urge") and are symptoms whatever precedes them.
_DENIABLE = frozenset(
    {
        *(Tag.SENSE, Tag.LEAK, Tag.WEAK, Tag.CANT, Tag.CONTROL, Tag.LEAKED, Tag.PAIN, Tag.SEVERE_WALK, Tag.ODD),
        *(Tag.NEW, Tag.FEVER, Tag.WEIGHT, Tag.CANCER, Tag.LUMP, Tag.SHOULDERS, Tag.NONSTOP, Tag.CHEST, Tag.TRAUMA),
    }
)


def _concepts(words: list[str]) -> list[_Concept]:
    """Left to right, the longest phrase starting at each word: one pass, at most
    _LONGEST_PHRASE look-ups a word. Phrases may overlap ("can't get" and "get it up"),
    but a word inside a phrase gives no tags of its own ("no" in "no feeling")."""
    out: list[_Concept] = []
    last_negation = -NEGATION_REACH - 1
    covered = 0  # words before this index belong to a phrase already read
    i = 0
    while i < len(words):
        tags: frozenset[Tag] = frozenset()
        span = 0
        for n in range(min(_LONGEST_PHRASE, len(words) - i), 1, -1):
            found = _PHRASES.get(tuple(words[i : i + n]))
            if found is not None:
                tags, span = found, n
                break
        if not span:
            tags = _word_tags(words[i]) if i >= covered else frozenset()
        covered = max(covered, i + span)
        if Tag.NOISE in tags:
            i += max(span, 1)
            continue
        negated = i - last_negation <= NEGATION_REACH
        for tag in tags:
            out.append(_Concept(tag, i, negated and tag in _DENIABLE))
        if Tag.NEG in tags or (words[i] in _LIST_WORDS and negated):
            last_negation = i  # "not any bowel or bladder issues": the denial runs on through a list
        elif Tag.STOP in tags:
            last_negation = -NEGATION_REACH - 1  # "no pain and my bum is numb": the denial ends at "and"
        i += 1
    return out


def _altered_feeling(concepts: list[_Concept]) -> list[_Concept]:
    """ "feels like it's not mine", "the seat feels weird": a feeling word beside an odd
    word is an altered sensation, unless pain is what is felt ("feels like a knife")."""
    feel = [c.at for c in concepts if c.tag is Tag.FEELING]
    odd = [c.at for c in concepts if c.tag is Tag.ODD and not c.negated]
    pain = [c.at for c in concepts if c.tag is Tag.PAIN]
    return [
        _Concept(Tag.ALTERED, f, False)
        for f in feel
        if any(0 < o - f <= 3 for o in odd) and not any(0 < p - f <= 4 for p in pain)
    ]


# "my leg's killing me" folds to "legs": a possessive or "is" on a noun is dropped first,
# but not on the pronouns the word tables spell with it ("it's", "she's", "that's").
_NOUN_S = re.compile(r"\b(?!(?:it|he|she|that|there|what|who|here|where|let|how)['’]s\b)(\w+)['’]s\b", re.IGNORECASE)


class Clause:
    def __init__(self, raw: str):
        self.raw = raw.strip()
        words = [_correct(w) for w in fold(_NOUN_S.sub(r"\1", raw)).split()]
        self.words = words
        self.concepts = _concepts(words)
        self.concepts += _altered_feeling(self.concepts)
        self.tags = {c.tag for c in self.concepts if not c.negated}
        if any(face in raw for face in _LAUGHING):
            self.tags.add(Tag.IDIOM)

    def at(self, *tags: Tag, live: bool = True) -> list[int]:
        return [c.at for c in self.concepts if c.tag in tags and not (live and c.negated)]

    def near(self, first: tuple[Tag, ...], second: tuple[Tag, ...], window: int = PAIR_WINDOW) -> list[int]:
        """Where the two concepts meet within `window` words (empty when they don't)."""
        a, b = self.at(*first), self.at(*second)
        return sorted({p for x in a for y in b if abs(x - y) <= window for p in (x, y)})

    def mentioned(self, first: tuple[Tag, ...], second: tuple[Tag, ...]) -> bool:
        """The same pair, denied or not: enough for a safety-net."""
        a, b = self.at(*first, live=False), self.at(*second, live=False)
        return any(abs(x - y) <= PAIR_WINDOW for x in a for y in b)

    def has(self, *tags: Tag) -> bool:
        return any(t in self.tags for t in tags)

    @property
    def general(self) -> bool:
        """A question about sciatica in general, or a hypothetical, not a report."""
        if self.has(Tag.IF, Tag.READ):
            return True
        asks = (bool(self.words) and bool(_word_tags(self.words[0]) & {Tag.ASK})) or self.raw.endswith("?")
        personal = any(c.tag is Tag.PERSON and not self._framing(c.at) for c in self.concepts)
        return asks and not personal

    def _framing(self, at: int) -> bool:
        # "can I", "should I", "tell me", "do I" frame a question; they report nothing
        before = self.words[at - 1] if at > 0 else ""
        return (self.words[at] in ("i", "me") and bool(_word_tags(before) & {Tag.ASK})) or before == "tell"


def split_clauses(text: str) -> list[str]:
    """Clauses; a fragment too short to stand alone ("but in my backside") joins the one before."""
    parts: list[str] = []
    for part in _CLAUSE_BREAK.split(text):
        if not part or not part.strip():
            continue
        if parts and len(part.split()) < MIN_CLAUSE_WORDS:
            parts[-1] += " " + part
        else:
            parts.append(part)
    return parts
