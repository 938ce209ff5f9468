"""Spot red-flag symptoms of cauda equina syndrome before any matching happens.

Follows the NHS sciatica page's "call 999 or go to A&E" list. It errs on the side
of sending people to A&E: a needless urgent reply is an annoyance, a missed one can
mean permanent harm. The rules live in code, not in faq.yaml, so an edit to the FAQ
can never switch them off. Words are typo-corrected against the rules' own
vocabulary first ("numbnes", "genitels").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.understanding.normalise import fold

_NEAR = r"(?:\s+\w+){0,6}?\s+"  # up to six words between two parts of a rule


def _any(*words: str) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


NUMB = _any(
    r"numb\w*",
    r"no feeling",
    r"(?:lost|loss of|losing)(?: all)?(?: the)? (?:feeling|sensation)",
    r"cant feel",
    r"cannot feel",
    r"can not feel",
    r"unable to feel",
    r"no sensation",
    r"dead",
)
SADDLE = _any(
    r"groin",
    r"genitals?",
    r"genitalia",
    r"crotch",
    r"privates?",
    r"private parts?",
    r"anus",
    r"anal",
    r"back passage",
    r"perine\w*",
    r"saddle",
    r"between (?:my|the|your) legs",
    r"inner thighs?",
    r"down below",
    r"vagina\w*",
    r"penis",
    r"testicles?",
    r"scrotum",
    r"labia",
    r"vulva",
    r"bum",
    r"bottom(?! of)",
    r"rectum",
    r"rectal",
    r"nether regions?",
)
BLADDER = _any(
    r"pee",
    r"peeing",
    r"peed",
    r"wee",
    r"weeing",
    r"urin\w*",
    r"bladder",
    r"piss\w*",
)
BOWEL = _any(
    r"poo", r"poos", r"pooing", r"pooed", r"poop\w*", r"bowels?", r"stools?", r"faeces", r"feces", r"number two"
)
TROUBLE = _any(
    r"cant",
    r"cannot",
    r"can not",
    r"unable",
    r"trouble",
    r"difficult\w*",
    r"hard",
    r"struggl\w*",
    r"problems?",
    r"control\w*",
    r"leak\w*",
    r"accidents?",
    r"(?:not|dont|didnt|doesnt|never) (?:notice|noticing|realise|realising|realize|realizing|feel|know)",
    r"without (?:noticing|realising|realizing|knowing|feeling)",
    r"lost",
    r"loss",
    r"retention",
    r"wont come",
    r"stopped",
    r"hold\w*",
    r"incontinen\w*",
)
ALWAYS = _any(
    r"cauda equina",
    r"incontinen\w*",
    r"(?:wet|wetting|wee|weed|peed|peeing|pee|soiled|soiling|pooed|pooing|pooped|pooping|messed|shat)"
    r" (?:myself|my self|himself|herself|the bed)",
    r"saddle (?:an(?:a)?esthesia|numbness)",
)
BOTH_SIDES = _any(
    r"both (?:of )?(?:my |the |your )?(?:legs?|sides|feet|thighs|buttocks|calves|hips)",
    r"(?:legs|sides) (?:are )?both",
    r"left and right (?:legs?|sides?)",
    r"bilateral\w*",
    r"two legs",
)
SYMPTOM = _any(
    r"sciatic\w*",
    r"pain\w*",
    r"numb\w*",
    r"weak\w*",
    r"tingl\w*",
    r"hurt\w*",
    r"ach\w*",
    r"agony",
    r"burning",
    r"shooting",
    r"sore",
    r"pins and needles",
    r"cant walk",
    r"giving way",
)
PERSONAL = _any(r"i", r"im", r"ive", r"id", r"my", r"me", r"mine", r"myself", r"we", r"our")
GENERAL_QUESTION = re.compile(r"^(?:can|could|does|do|is|are|will|would|what|why|how|when|should|may|might)\b")


def _near(a: str, b: str) -> re.Pattern[str]:
    return re.compile(f"{a}{_NEAR}{b}|{b}{_NEAR}{a}|{a}\\s+{b}|{b}\\s+{a}")


RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("always", re.compile(ALWAYS)),
    ("saddle-numbness", _near(NUMB, SADDLE)),
    ("bladder", _near(BLADDER, TROUBLE)),
    ("bowel", _near(BOWEL, TROUBLE)),
)
_BOTH = re.compile(BOTH_SIDES)
_SYMPTOM = re.compile(SYMPTOM)
_PERSONAL = re.compile(PERSONAL)

# Words the rules know, for typo correction.
_VOCABULARY = sorted(
    set(
        re.findall(
            r"[a-z]{5,}",
            " ".join(
                [
                    "numb numbness numbed genitals genital genitalia groin crotch privates private",
                    "perineum perineal saddle vagina penis testicles scrotum bottom rectum rectal",
                    "urine urinate urinating urination bladder peeing weeing pooing bowel bowels stools",
                    "faeces control controlling trouble difficult difficulty struggle struggling",
                    "problem problems incontinence incontinent leaking accident retention notice",
                    "noticing realise realising feeling sensation sciatica sciatic weakness legs sides",
                    "buttocks bilateral tingling shooting burning cauda equina anaesthesia",
                ]
            ),
        )
    )
)


@dataclass(frozen=True, slots=True)
class Triage:
    """Why a message is urgent (a rule name, never the text), or not."""

    rule: str | None

    @property
    def urgent(self) -> bool:
        return self.rule is not None


@lru_cache(maxsize=8192)
def _correct(word: str) -> str:
    if len(word) < 5 or word in _VOCABULARY:
        return word
    found = process.extractOne(word, _VOCABULARY, scorer=fuzz.ratio, score_cutoff=84, processor=None)
    return found[0] if found and found[0][0] == word[0] else word


def _prepare(text: str) -> str:
    return " ".join(_correct(w) for w in fold(text).split())


def triage(text: str) -> Triage:
    """Check a message against the red-flag rules."""
    prepared = _prepare(text)
    for name, pattern in RULES:
        if pattern.search(prepared):
            return Triage(name)
    if _BOTH.search(prepared) and _SYMPTOM.search(prepared):
        general = GENERAL_QUESTION.match(prepared) and not _PERSONAL.search(prepared)
        if not general:
            return Triage("both-sides")
    return Triage(None)
