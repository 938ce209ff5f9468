"""Small talk: greetings, thanks and goodbyes, a whole message of chit-chat, or emoji alone.

Patterns come from faq.yaml (`smalltalk:`), so staff can add them; the padding
words and the distress emoji are in code.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.understanding.clauses import Clause
from bot.understanding.matcher import Index
from bot.understanding.normalise import fold
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_tags import Tag, word_set

# Small talk is short: a longer message that starts "thanks" goes on to ask something.
SMALLTALK_MAX_CHARS = 60
# How close a whole message must be to a pattern ("thnks" ~ "thanks" is 91).
SMALLTALK_CUTOFF = 85
# Words that may surround small talk without making it a question ("ok thanks so much mate").
SMALLTALK_PADDING = word_set(
    "ok okay oh ah right so very really much lot mate love hun pal that thats is was for now then "
    "again too all well great lovely brilliant perfect cool nice super ace grand fab fantastic "
    "awesome amazing wonderful you youre helpful useful info information got it understood noted appreciate "
    "appreciated kind x xx xxx bot this"
)
QUESTION_OPENERS = frozenset({"how", "what", "when", "where", "why", "who", "which", "can", "do", "does", "is"})
# Words that make the rest of a message a question even without "?": "thanks, I was
# wondering about the cost", "cheers, can I bring my husband".
ASKING_WORDS = QUESTION_OPENERS | word_set(
    "wonder wondering know tell could would should are will any anything whether explain"
)
# A small-talk opening followed by this much more is a letter, not a thank-you note.
OPENING_REST_MAX_CHARS = 200
_FIRST_PART = re.compile(r"[.!,;]+")
DISTRESS = frozenset("😭😢😞😔😩😫😣😖😰😨😱💔🆘")


def match_smalltalk(index: Index, text: str) -> str | None:
    """The small-talk reply when the whole message is chit-chat, else None.

    Either the message is close to one pattern as a whole, or every word of it is a
    small-talk word ("ok thanks bye for now"). A message of emoji alone is small talk
    too; which reply suits it is the caller's choice (see `emoji_only`)."""
    folded = fold(text)
    if not folded or len(folded) > SMALLTALK_MAX_CHARS:
        return None
    patterns = index.smalltalk_patterns
    found = process.extractOne(folded, patterns, scorer=fuzz.ratio, score_cutoff=SMALLTALK_CUTOFF, processor=None)
    words = folded.split()
    # "how much" is all small-talk words ("how are you", "thanks so much") but asks the price
    asking = words[0] in QUESTION_OPENERS
    if found is None and not asking and all(w in index.smalltalk_words or w in SMALLTALK_PADDING for w in words):
        found = process.extractOne(folded, patterns, scorer=fuzz.token_set_ratio, processor=None)
        # every word must belong to a pattern the message holds whole, or to the padding: "ok thanks,
        # bye for now" is three; "afternoon or evening?" leaves "or", "i need a computer" all but "a"
        held = {w for p in patterns if set(p.split()) <= set(words) for w in p.split()}
        if found and not set(words) <= held | SMALLTALK_PADDING:
            found = None
    return index.smalltalk_replies[found[2]] if found else None


def opening_smalltalk(index: Index, text: str) -> str | None:
    """ "Thanks so much, that was really helpful. I'll have a think and ring next week": a
    message that opens with small talk and asks nothing after it. The caller asks this
    only when the FAQ has no confident answer, so a question the matcher knows still wins."""
    first, *rest = _FIRST_PART.split(text, maxsplit=1)
    remainder = rest[0] if rest else ""
    if not remainder.strip() or "?" in remainder or len(remainder) > OPENING_REST_MAX_CHARS:
        return None
    if not ASKING_WORDS.isdisjoint(fold(remainder).split()) or _tells_something(remainder):
        return None
    return match_smalltalk(index, first)


def _tells_something(text: str) -> bool:
    """ "Hi, I had acupuncture yesterday and now I feel dizzy", "Thanks, but the needles made my
    leg worse": the rest names the body, a feeling, pain or a change, so it is no pleasantry."""
    clause = Clause(text)
    body = [t for t in BODY if t not in _AMBIGUOUS_BODY]
    return " but " in f" {fold(text)} " or clause.has(*body, *SYMPTOM, Tag.PAIN, Tag.BACK, Tag.NEW, Tag.FEELING)


# Saddle words that are everyday words too: "I'll ring next week", "wipe the slate clean".
_AMBIGUOUS_BODY = frozenset({Tag.AREA, Tag.TOUCH})


def emoji_only(text: str) -> bool:
    """A message with no letters or digits but something in it: 👍, 🙏, 😭."""
    return bool(text.strip()) and not fold(text) and any(not ch.isspace() and not ch.isascii() for ch in text)


def distressed(text: str) -> bool:
    return any(ch in DISTRESS for ch in text)
