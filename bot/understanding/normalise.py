"""Turn free text into comparable tokens: fold, map synonyms, fix typos, stem, drop filler.

The same `Analyzer` processes the FAQ's phrases and the patient's message, so both
sides land in one vocabulary. Spelling correction only ever maps an unknown word
onto a word the FAQ knows, and only it is close and starts with the same
letter: a typo of a real FAQ word gets fixed, an off-topic word stays unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process

from bot.understanding.english import is_english

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['’`´ʼ]")

# Words that carry no meaning for choosing between FAQ entries. Deliberately kept:
# question words ("why" asks for causes, "who" for practitioners) and "much", "many",
# "long", "often", "both", "not": they change what is asked.
_FILLER = """
    a about above actually after again all also am an and any anyone anything are as at
    be been before being but by can could d did do does doing done dont during each else
    even ever for from get gets getting go going got had has have having he her here
    hers him his i id if ill im in into is it its itself ive just know kind let lets
    like ll lot lots may me might mine more most my myself need needs of off ok okay on
    once one only or other our out over please pls plz probably r re really realy s
    should so some something sort such t tell than that thats the their them then there
    these they thing things think this those to too u uh um ur us ve very want wanted
    wants was we well were will with wondering would wud yeah yes you youre your yours
    hi hello hey hiya thanks thank cheers dear sorry bother ask asking question quick
"""
STOPWORDS = frozenset(_FILLER.split())

# American spellings that stemming does not already merge with the British ones.
_US_TO_UK = {
    "anesthesia": "anaesthesia",
    "anesthetic": "anaesthetic",
    "feces": "faeces",
    "fetus": "foetus",
    "edema": "oedema",
    "esophagus": "oesophagus",
    "pediatric": "paediatric",
    "orthopedic": "orthopaedic",
    "hemorrhage": "haemorrhage",
    "gynecologist": "gynaecologist",
    "estrogen": "oestrogen",
    "tumor": "tumour",
    "labor": "labour",
    "behavior": "behaviour",
    "center": "centre",
    "practise": "practice",
    "licence": "license",
    "licenced": "licensed",
    "color": "colour",
    "favor": "favour",
    "mold": "mould",
    "program": "programme",
    "gray": "grey",
    "disk": "disc",
    "disks": "discs",
}
# Text-speak that would otherwise be lost as a too-short "typo".
_SHORTHAND = {
    "hw": "how",
    "wat": "what",
    "wot": "what",
    "wen": "when",
    "y": "why",
    "u": "you",
    "r": "are",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "cud": "could",
    "wud": "would",
    "shud": "should",
    "b4": "before",
    "abt": "about",
    "dr": "doctor",
    "docs": "doctors",
    "acu": "acupuncture",
}
_SHORTHAND_WORDS = frozenset(_SHORTHAND)
_IZE_ENDINGS = frozenset(("e", "es", "ed", "ing", "ation", "ations"))
# Longer than any word a patient means (the FAQ's longest is under 20 letters). Cutting longer
# runs keeps stemming, typo checks and the memo caches linear and bounded in bytes, whatever is
# typed: NFKD turns one character such as U+3389 into four letters, 4,096 of them into one word.
MAX_WORD_CHARS = 40
_LONG_WORD = re.compile(rf"(?<![0-9a-z])([0-9a-z]{{{MAX_WORD_CHARS}}})[0-9a-z]+")

_stemmer = snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; accents, emoji and punctuation go.

    Words are cut at MAX_WORD_CHARS here, once, so every memo keyed by a word is bounded."""
    folded = _fold(text)
    return _LONG_WORD.sub(r"\1", folded) if len(folded) > MAX_WORD_CHARS else folded


def _fold(text: str) -> str:
    if text.isascii():
        return _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    # Marks are found once per distinct character of the text, then dropped in C: NFKD can make
    # a 4,096-character message 73,728 long (U+FDFA), too many for a Python loop per character.
    # NFKD only decomposes and reorders, so its marks are those of each character's decomposition.
    marks = {ord(m): None for c in set(text) for m in unicodedata.normalize("NFKD", c) if unicodedata.combining(m)}
    no_marks = decomposed.translate(marks) if marks else decomposed
    no_apostrophes = _APOSTROPHES.sub("", no_marks.casefold())
    return _NON_ALNUM.sub(" ", no_apostrophes).strip()


def british(word: str) -> str:
    """Map an American spelling to the British one the FAQ is written in."""
    word = _US_TO_UK.get(word, word)
    head, iz, ending = word.rpartition("iz")  # a string split, not a regex: linear in the word
    return f"{head}is{ending}" if iz and len(head) >= 3 and ending in _IZE_ENDINGS else word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(british(word))


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in ordered) + r")\b")


def _correction_cutoff(word: str) -> float:
    """How close a typo must be: short words need a closer match to be trusted."""
    return 85.0 if len(word) <= 4 else 80.0


def _plausible_typo(typed: str, known: str) -> bool:
    """Typos keep the first letter and about the length ("place" is not "placebo")."""
    return typed[0] == known[0] and abs(len(typed) - len(known)) <= (1 if min(len(typed), len(known)) <= 6 else 2)


class Analyzer:
    """Text → content tokens, with the FAQ's synonyms and typo correction.

    Built once per FAQ version; immutable afterwards except for its memo of
    corrected words, which only ever caches a pure function of the vocabulary.
    """

    def __init__(self, synonyms: Mapping[str, Iterable[str]], vocabulary: Iterable[str] = ()):
        token_map: dict[str, str] = {}
        phrase_map: dict[str, str] = {}
        for canonical, variants in synonyms.items():
            target = fold(canonical)
            for variant in variants:
                folded = fold(variant)
                if not folded or folded == target:
                    continue
                (phrase_map if " " in folded else token_map)[folded] = target
            if " " in target:
                phrase_map.setdefault(target, target)
        is_english("")  # load the word list now, not on the first patient's message
        self._token_map = token_map
        self._phrase_map = phrase_map
        self._phrase_re = _phrase_pattern(phrase_map)
        self._phrase_starts = frozenset(p.split()[0] for p in phrase_map)
        self.vocabulary: frozenset[str] = frozenset()
        self._corrections: dict[str, str] = {}
        self._word_stems: dict[str, tuple[str, ...]] = {}
        self.set_vocabulary(vocabulary)

    def set_vocabulary(self, words: Iterable[str]) -> None:
        """Words typos may be corrected to (the FAQ's words, synonyms and filler)."""
        vocab = set(words) | set(STOPWORDS) | set(self._token_map) | set(self._token_map.values())
        for phrase in self._phrase_map:
            vocab.update(phrase.split())
        self.vocabulary = frozenset(w for w in vocab if w)
        # typos keep their first letter, so only words with the same one are compared
        self._by_initial: dict[str, list[str]] = {}
        for word in sorted(self.vocabulary):
            self._by_initial.setdefault(word[0], []).append(word)
        self._corrections = {}

    def surface_words(self, text: str) -> list[str]:
        """Folded words after phrase synonyms, before correction and stemming."""
        words = fold(text).split()
        if not _SHORTHAND_WORDS.isdisjoint(words):
            words = [_SHORTHAND.get(w, w) for w in words]
        if self._phrase_re is not None and not self._phrase_starts.isdisjoint(words):
            words = self._phrase_re.sub(lambda m: self._phrase_map[m.group(0)], " ".join(words)).split()
        return words

    def correct(self, word: str) -> str:
        """The vocabulary word a typo most likely meant, or the word itself."""
        if word in self.vocabulary or len(word) < 4 or word.isdigit() or is_english(word):
            return word
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        best = process.extractOne(
            word,
            self._by_initial.get(word[0], ()),
            scorer=fuzz.ratio,
            score_cutoff=_correction_cutoff(word),
            processor=None,
        )
        fixed = best[0] if best and _plausible_typo(word, best[0]) else word
        if len(self._corrections) < 50_000:
            self._corrections[word] = fixed
        return fixed

    def tokens(self, text: str, *, correct: bool = True) -> list[str]:
        """Stemmed content tokens in order, without filler words."""
        return self.tokens_of(self.surface_words(text), correct=correct)

    def tokens_of(self, words: list[str], *, correct: bool = True) -> list[str]:
        """`tokens` for words already split by `surface_words`."""
        cache = self._word_stems
        out: list[str] = []
        for word in words:
            if correct:
                word = self.correct(word)
            stems = cache.get(word)
            out += stems if stems is not None else self._stems(word)
        return out

    def _stems(self, word: str) -> tuple[str, ...]:
        mapped = self._token_map.get(word, word)
        stems = tuple(stem(part) for part in mapped.split() if part not in STOPWORDS)
        if len(self._word_stems) < 200_000:  # bounded: patients can type any word
            self._word_stems[word] = stems
        return stems
