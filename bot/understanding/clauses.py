"""Read a message as clauses of concepts: the first half of red-flag triage.

A message is cut into clauses at sentence ends and at words that turn it round
("but"); each word is typo-corrected by `lexicon` and mapped onto the concepts of
`triage_words` (a body area, a change of feeling, a denial...), with its position, so
the rules in `triage` can ask "are these two close together?" (`close`, `nearest`).
One pass over the words with bounded look-ups each, and pairs found by bisection
within a fixed window: cost is linear in the message.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from bot.understanding.feelings import altered_feeling, lost_feeling
from bot.understanding.lexicon import FILLERS, LONGEST_PHRASE, PHRASES, correct, word_tags
from bot.understanding.normalise import fold
from bot.understanding.triage_context import REPORT_PHRASES
from bot.understanding.triage_tags import Concept, Tag, word_set

PAIR_WINDOW = 10
# A clause of fewer words than this is read with the one before it.
MIN_CLAUSE_WORDS = 4
# A denial ("no", "not", "never") counts for a concept up to this many words before it:
# "I have not had any numbness" spans 4.
NEGATION_REACH = 4
# "I've got", "I can't", "if I stand up": a clause that reports, even inside "if" (triage_context)
REPORTED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in REPORT_PHRASES) + r")\b")
# Clauses end at sentence punctuation and at words that turn the sentence round.
_CLAUSE_BREAK = re.compile(r"[.!?;:()\n]+|\b(?:but|however|although|though|except|whereas|apart from)\b", re.IGNORECASE)


_LIST_WORDS = frozenset({"or", "nor", "any"})
_LIST_BODY = frozenset({Tag.BLADDER, Tag.BOWEL, Tag.TOILET, Tag.AREA, Tag.LEG, Tag.LEGS, Tag.SEX})

# Concepts a preceding "no"/"not" denies. The others already carry their own
# negative ("can't feel", "no urge") and are symptoms whatever precedes them.
_DENIABLE = frozenset(
    {
        *(Tag.SENSE, Tag.LEAK, Tag.WEAK, Tag.CANT, Tag.CONTROL, Tag.LEAKED, Tag.PAIN, Tag.SEVERE_WALK, Tag.ODD),
        *(Tag.NEW, Tag.FEVER, Tag.WEIGHT, Tag.CANCER, Tag.LUMP, Tag.SHOULDERS, Tag.NONSTOP, Tag.CHEST, Tag.TRAUMA),
        *(Tag.FINE, Tag.PERIOD),  # "doesn't feel normal", "it's not my period"
        *(Tag.SIDES, Tag.BOTH),  # "pain down my right leg only, not in both legs"
        *(Tag.IDIOM, Tag.EXERTION, Tag.LEAK_CAUSE),  # "like jelly and it's not from the gym"
        Tag.RESOLVED,  # "it hasn't cleared up" says it is not over
    }
)


# A denial carried on by "or" after one of these: "no incontinence or numbness".
_LISTED_SYMPTOMS = frozenset({Tag.SENSE, Tag.LEAK, Tag.LEAKED, Tag.WEAK, Tag.CANT, Tag.CONTROL, Tag.SEVERE_WALK})

# The words of a change, which a denial before them does deny.
_DENIABLE_NEW = frozenset(
    {"new", "recently", "lately", "sudden", "suddenly", "worse", "getting", "worsening", "spreading"}
)


def _concepts(words: list[str]) -> list[Concept]:
    """Left to right, the longest phrase starting at each word: one pass, at most
    LONGEST_PHRASE look-ups a word. Phrases may overlap ("can't get" and "get it up"),
    but a word inside a phrase gives no tags of its own ("no" in "no feeling")."""
    out: list[Concept] = []
    last_negation = -NEGATION_REACH - 1
    carried = False  # the denial was carried on by "or"/"any": it covers the next concept only
    last_denied = -NEGATION_REACH - 1  # where the last denied concept was: "no incontinence or numbness"
    covered = 0  # words before this index belong to a phrase already read
    last_tags: frozenset[Tag] = frozenset()  # the concepts of the last word that had any
    i = 0
    while i < len(words):
        tags: frozenset[Tag] = frozenset()
        span = 0
        for n in range(min(LONGEST_PHRASE, len(words) - i), 1, -1):
            found = PHRASES.get(tuple(words[i : i + n]))
            if found is not None:
                tags, span = found, n
                break
        if not span:
            tags = word_tags(words[i]) if i >= covered else frozenset()
        covered = max(covered, i + span)
        # "not any bowel or bladder issues": "or" goes on with a list of body words or symptoms, not
        # after the pain ("paracetamol doesn't touch the pain or the numbness down below")
        listing = bool(last_tags & (_LISTED_SYMPTOMS | _LIST_BODY | {Tag.NEG})) if words[i] in _LIST_WORDS else False
        last_tags = tags if tags else last_tags
        if Tag.NOISE in tags:
            i += max(span, 1)
            continue
        negated = i - last_negation <= NEGATION_REACH
        # "hasn't passed water since yesterday", "haven't weed today": the denial is of the verb,
        # not of the time; only a change itself is denied ("not new", "not getting worse")
        timed = Tag.NEW in tags and words[i] not in _DENIABLE_NEW
        for tag in tags:
            denied = negated and tag in _DENIABLE and not (timed and tag is Tag.NEW)
            out.append(Concept(tag, i, denied))
            # "no incontinence or numbness"; not "nothing helps the pain or the numbness"
            last_denied = i + max(span, 1) - 1 if denied and tag in _LISTED_SYMPTOMS else last_denied
        if Tag.NEG in tags:  # "no problems with his legs giving way": the reach counts from the phrase's end
            last_negation, carried = i + max(span, 1) - 1, False
        elif words[i] in _LIST_WORDS and (negated or i - last_denied == 1) and listing:
            # "not any bowel or bladder issues", "no incontinence or numbness": on through a list
            last_negation, carried = i, True
        elif Tag.STOP in tags or (carried and tags and not tags & _LIST_BODY):
            # "no pain and my bum is numb": a denial ends at "and"; one carried through a list
            # runs over body words ("bowel or bladder") and ends at the next other concept
            last_negation, carried = -NEGATION_REACH - 1, False
        i += 1
    return out


# "I didn't have numbness down there before this flare-up": a denial of the time before is no
# denial of now. A symptom denied this close before "before" / "until" is not denied.
BEFORE_REACH = 6
_BEFORE = frozenset({"before", "until", "till", "til", "previously"})
# what follows "before" when it names a time: "before this flare-up", "until the weekend"; not
# "checked before I messaged you", "before you ask", "before, during or after the op"
_THEN = word_set(
    "this that the my last yesterday today now then his her christmas easter "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _denied_before(concepts: list[Concept], words: list[str]) -> list[Concept]:
    befores = [i for i, w in enumerate(words[:-1]) if w in _BEFORE and words[i + 1] in _THEN]
    if not befores:
        return concepts
    return [
        Concept(c.tag, c.at, False)
        if c.negated and c.tag in _LISTED_SYMPTOMS and any(0 < b - c.at <= BEFORE_REACH for b in befores)
        else c
        for c in concepts
    ]


# "my right leg's killing me" folds to "legs": the 's on a body word is dropped first; other
# words keep it, as the tables spell them ("someone elses", "partners touch").
_NOUN_S = re.compile(
    r"\b(leg|foot|bum|back|backside|bottom|bladder|bowel|arse|groin|knee|hip|thigh|side|left|right)['’`´ʼ]s\b"
    r"(?!\s+(?:are|were|keep|have|both|feel)\b)",  # "my leg's are numb" is a plural typed with an apostrophe
    re.IGNORECASE,
)
# A comma ends a denial like "and" does: "no fever or weight loss, numb groin since this morning".
_COMMA = re.compile(r",")


def close(a: list[int], b: list[int], window: int) -> list[int]:
    """The positions of `a` and `b` that have a partner in the other within `window`.

    Each position is looked up by bisection in the other list, and a window holds at
    most 2 * window + 1 positions, so the cost stays linear in the message."""
    a, b = sorted(a), sorted(b)
    found: set[int] = set()
    for x in a:
        lo, hi = bisect_left(b, x - window), bisect_right(b, x + window)
        if lo < hi:
            found.add(x)
            found.update(b[lo:hi])
    return sorted(found)


def nearest(a: list[int], b: list[int]) -> float:
    """Words between the closest pair from `a` and `b`: infinite when either is empty."""
    b = sorted(b)
    best = float("inf")
    for x in a:
        i = bisect_left(b, x)
        for j in (i - 1, i):
            if 0 <= j < len(b):
                best = min(best, abs(b[j] - x))
    return best


class Clause:
    def __init__(self, raw: str):
        self.raw = raw.strip()
        words = [correct(w) for w in fold(_COMMA.sub(" and ", _NOUN_S.sub(r"\1", raw))).split() if w not in FILLERS]
        self.words = words
        self.concepts = _denied_before(_concepts(words), words)
        self.concepts += altered_feeling(self.concepts, words)
        self.concepts = lost_feeling(self.concepts, words)
        self.tags = {c.tag for c in self.concepts if not c.negated}
        self.reported = bool(REPORTED.search(" ".join(words)))  # "I've got", "I can't": says what is
        self.only_if_reported = self.reported and not _reports(words)  # "if I can't pee, do I...?"
        # what `red_flags` found here, by the message's concepts: the rules and the second reader both ask
        self.flags_memo: dict[frozenset[Tag], list[tuple[str, list[int]]]] = {}

    def at(self, *tags: Tag, live: bool = True) -> list[int]:
        return [c.at for c in self.concepts if c.tag in tags and not (live and c.negated)]

    def near(self, first: tuple[Tag, ...], second: tuple[Tag, ...], window: int = PAIR_WINDOW) -> list[int]:
        """Where the two concepts meet within `window` words (empty when they don't)."""
        return close(self.at(*first), self.at(*second), window)

    def mentioned(self, first: tuple[Tag, ...], second: tuple[Tag, ...]) -> bool:
        """The same pair, denied or not: enough for a safety-net."""
        return bool(close(self.at(*first, live=False), self.at(*second, live=False), PAIR_WINDOW))

    def has(self, *tags: Tag) -> bool:
        return any(t in self.tags for t in tags)

    @property
    def general(self) -> bool:
        """A question about sciatica in general, or a hypothetical, not a report."""
        if self.has(Tag.IF, Tag.READ):
            return True
        # "When I wipe, it's like wiping someone else's bum" tells; "When is it an emergency?" asks
        telling = self.words[:1] == ["when"] and bool(
            word_tags(self.words[1] if len(self.words) > 1 else "") & {Tag.PERSON}
        )
        first_asks = bool(self.words) and bool(word_tags(self.words[0]) & {Tag.ASK}) and not telling
        asks = first_asks or self.raw.endswith("?")
        personal = any(c.tag is Tag.PERSON and not self._framing(c.at) for c in self.concepts)
        return asks and not personal

    def _framing(self, at: int) -> bool:
        # "can I", "should I", "tell me", "do I" frame a question; they report nothing
        before = self.words[at - 1] if at > 0 else ""
        return (self.words[at] in ("i", "me") and bool(word_tags(before) & {Tag.ASK})) or before == "tell"


def _reports(words: list[str]) -> bool:
    """ "I've got", "I can't" outside the condition of an "if": "if I wipe, I can't feel the paper",
    not "if I can't pee, do I go to A&E?"."""
    text = " ".join(words)
    return any("if" not in text[: m.start()].split()[-2:] for m in REPORTED.finditer(text))


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
