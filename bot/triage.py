"""Red-flag triage: decide, before any matching, how urgent a message is.

Built from how patients describe cauda equina syndrome (CES), not from clinical
phrases: a message is cut into clauses, each clause's words become concepts
(`triage_words`), and a red flag is a combination of concepts close together
(a body area and a change of feeling; the bladder and a loss of control; both legs
and weakness). What surrounds the combination decides the outcome:

    denied ("no numbness")                      -> no red flag from that word
    a general or hypothetical question          -> safety-net
    said to be past, or a passing context       -> safety-net
    said to be long-standing and unchanged      -> urgent GP / NHS 111
    otherwise (new, now, or nothing said)       -> emergency

When in doubt it escalates (../shared/red-flags.md §2.6, §3): a needless trip to A&E
is a nuisance, a missed CES can be permanent harm. The rules live in code, so no
FAQ edit can switch them off; docs/red-flags.md maps each rule to its source.
Cost is linear in the message: one pass over its words, bounded look-ups per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.normalise import fold
from bot.triage_words import WORDS, Tag

# Two concepts form a red flag when at most this many words apart in one clause:
# "I can't feel anything at all when I wipe" spans 7.
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
NOT_TYPOS = frozenset(
    "weekly weekend weekends number numbers bumper dinner winter bother weather letter better wetter "
    "piston pistol poorly pools pooch power powder dearly bottle bottles legal legacy lager ledge "
    "strange stranger strain strains thirsty curing pained pants panic bleed".split()
)


class Level(IntEnum):
    """How urgent a message is; higher wins when a message has several clauses."""

    NONE = 0
    SAFETY_NET = 1  # normal answer, plus "if you have any of these now, call 999"
    URGENT = 2  # "contact your GP today or call NHS 111" first, then the answer
    EMERGENCY = 3  # the 999 / A&E reply alone


@dataclass(frozen=True, slots=True)
class Triage:
    """The decision and the rule behind it (a rule name, never the patient's text)."""

    level: Level = Level.NONE
    rule: str | None = None

    @property
    def emergency(self) -> bool:
        return self.level is Level.EMERGENCY


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
        if Tag.NEG in tags:
            last_negation = i
        elif Tag.STOP in tags:
            last_negation = -NEGATION_REACH - 1  # "no pain and my bum is numb": the denial ends at "and"
        i += 1
    return out


def _altered_feeling(concepts: list[_Concept]) -> list[_Concept]:
    """"feels like it's not mine", "the seat feels weird": a feeling word beside an odd
    word is an altered sensation, unless pain is what is felt ("feels like a knife")."""
    feel = [c.at for c in concepts if c.tag is Tag.FEELING]
    odd = [c.at for c in concepts if c.tag is Tag.ODD and not c.negated]
    pain = [c.at for c in concepts if c.tag is Tag.PAIN]
    return [
        _Concept(Tag.ALTERED, f, False)
        for f in feel
        if any(0 < o - f <= 3 for o in odd) and not any(0 < p - f <= 4 for p in pain)
    ]


# ---------------------------------------------------------------- the rules


class _Clause:
    def __init__(self, raw: str):
        self.raw = raw.strip()
        words = [_correct(w) for w in fold(raw).split()]
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
        asks = bool(self.words) and bool(_word_tags(self.words[0]) & {Tag.ASK}) or self.raw.endswith("?")
        personal = any(c.tag is Tag.PERSON and not self._framing(c.at) for c in self.concepts)
        return asks and not personal

    def _framing(self, at: int) -> bool:
        # "can I", "should I", "tell me", "do I" frame a question; they report nothing
        before = self.words[at - 1] if at > 0 else ""
        return self.words[at] in ("i", "me") and bool(_word_tags(before) & {Tag.ASK}) or before == "tell"


_AREA = (Tag.AREA, Tag.TOUCH)
_FEEL = (Tag.SENSE, Tag.NOFEEL, Tag.ALTERED)
_BLADDER_TROUBLE = (Tag.CANT, Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK, Tag.WEAK)
_BOWEL_TROUBLE = (Tag.CONTROL, Tag.NOFEEL, Tag.UNAWARE, Tag.LEAK)
_LEG_TROUBLE = (Tag.WEAK, Tag.SENSE, Tag.NOFEEL, Tag.SEVERE_WALK, Tag.CONTROL)


def _red_flags(c: _Clause, message: set[Tag]) -> list[tuple[str, list[int]]]:
    """The CES and 999 rules this clause meets, most specific first, with where they are."""
    context = bool(message & {Tag.PAIN, Tag.BACK})  # the back or sciatica is part of the story
    checks: list[tuple[str, list[int]]] = [
        ("saddle-sensation", [] if _one_buttock(c) else c.near(_AREA, _FEEL) or _touch_feels(c)),
        (
            "bladder-or-bowel",
            c.near((Tag.BLADDER, Tag.TOILET), _BLADDER_TROUBLE)
            or c.near((Tag.BOWEL,), _BOWEL_TROUBLE)
            or c.near((Tag.LEAK,), (Tag.UNAWARE, Tag.NOFEEL, Tag.CONTROL))
            or c.at(Tag.LEAKED)
            or _not_been(c),
        ),
        ("sexual-change", c.near((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.SENSE, Tag.CONTROL, Tag.ALTERED))),
        ("both-legs", _both_legs(c)),
        ("walking", [] if c.has(Tag.SIDE) and not c.has(Tag.SIDES, Tag.BOTH) else c.at(Tag.SEVERE_WALK)),
        ("chest-pain", c.at(Tag.CHEST) if context else []),
        ("serious-accident", c.at(Tag.TRAUMA) if context else []),
    ]
    found = [(rule, where) for rule, where in checks if where]
    if found and found[0][0] == "sexual-change" and not context and len(found) == 1:
        return []  # sexual change alone: GP advice (GIRFT), handled below
    return found


def _touch_feels(c: _Clause) -> list[int]:
    """"wiping feels like doing it through gloves": any comment on how wiping or the
    toilet seat feels is an altered sensation there, unless it is pain."""
    return [] if c.has(Tag.PAIN) else c.near((Tag.TOUCH,), (Tag.FEELING,), window=4)


def _not_been(c: _Clause) -> list[int]:
    """"haven't had a wee since this morning": a plain negation beside the bladder is
    a change when it is new, unless it denies a problem ("no bladder problems")."""
    if c.mentioned((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), _BLADDER_TROUBLE) or c.has(Tag.FINE):
        return []
    return c.near((Tag.BLADDER,), (Tag.NEG,), window=3) if c.has(Tag.NEW) else []


def _one_buttock(c: _Clause) -> bool:
    """Numbness in one buttock, going down one leg, is ordinary sciatica."""
    hard_area = [x for x in c.at(Tag.AREA) if x not in c.at(Tag.SOFT_AREA)]
    return not hard_area and not c.at(Tag.TOUCH) and c.has(Tag.SIDE) and not c.has(Tag.SIDES, Tag.BOTH)


def _both_legs(c: _Clause) -> list[int]:
    legs = c.at(Tag.LEG, Tag.LEGS)
    bilateral = c.at(Tag.SIDES) + [b for b in c.at(Tag.BOTH) if any(abs(b - x) <= 3 for x in legs)]
    if bilateral:
        trouble = c.at(*_LEG_TROUBLE, Tag.PAIN)
        near = sorted({p for b in bilateral for t in trouble if abs(b - t) <= PAIR_WINDOW for p in (b, t)})
        # "it started in my other leg as well": the pain is named in another clause
        return near or (bilateral if c.has(Tag.NEW) else [])
    # "my legs keep giving way": plural legs with weakness, not with pain alone
    return [] if c.has(Tag.SIDE) else c.near((Tag.LEGS,), (Tag.WEAK, Tag.NOFEEL, Tag.SEVERE_WALK, Tag.CONTROL))


_URGENT_SIGNS = (
    (Tag.FEVER, "fever"),
    (Tag.WEIGHT, "weight-loss"),
    (Tag.CANCER, "cancer-history"),
    (Tag.LUMP, "back-lump"),
    (Tag.SHOULDERS, "between-shoulder-blades"),
    (Tag.NONSTOP, "pain-at-rest"),
)
_MENTIONS = (
    (_AREA, _FEEL),
    ((Tag.BLADDER, Tag.BOWEL, Tag.TOILET), _BLADDER_TROUBLE),
    ((Tag.SIDES, Tag.LEGS), _LEG_TROUBLE + (Tag.PAIN,)),
)


def _clause_level(clause: _Clause, message_tags: set[Tag]) -> Triage:
    flags = _red_flags(clause, message_tags)
    if flags:
        rule, where = flags[0]
        # "new" must be about the red flag: "numb bum after the train, sciatica worse too" is not
        fresh = any(abs(n - w) <= PAIR_WINDOW for n in clause.at(Tag.NEW) for w in where)
        # "Is it usual to feel buzzing down there? It began on Sunday": a report phrased as a question
        if clause.general and Tag.NEW not in message_tags:
            return Triage(Level.SAFETY_NET, f"general:{rule}")
        if clause.has(Tag.IDIOM) and not fresh:
            return Triage(Level.SAFETY_NET, f"passing:{rule}")
        if (clause.has(Tag.PAST) or clause.has(Tag.FINE)) and not fresh:
            return Triage(Level.SAFETY_NET, f"past:{rule}")
        if clause.has(Tag.CHRONIC) and not fresh:
            return Triage(Level.URGENT, f"long-standing:{rule}")
        return Triage(Level.EMERGENCY, rule)
    for tag, rule in _URGENT_SIGNS:
        if clause.at(tag) and not clause.general and (tag is not Tag.LUMP or clause.near((tag,), (Tag.BACK,))):
            return Triage(Level.URGENT, rule)
    if clause.has(Tag.CES) or any(clause.mentioned(a, b) for a, b in _MENTIONS):
        return Triage(Level.SAFETY_NET, "mentions-red-flag")
    if clause.mentioned((Tag.SEX,), (Tag.CANT, Tag.NOFEEL, Tag.SENSE, Tag.ALTERED)):
        return Triage(Level.URGENT, "sexual-change-only")
    return Triage()


def _split(text: str) -> list[str]:
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


def triage(text: str) -> Triage:
    """The most urgent outcome over the message's clauses."""
    clauses = [_Clause(part) for part in _split(text)]
    message_tags: set[Tag] = set().union(*(c.tags for c in clauses)) if clauses else set()
    best = Triage()
    for clause in clauses:
        found = _clause_level(clause, message_tags)
        if found.level > best.level:
            best = found
            if best.level is Level.EMERGENCY:
                break
    return best
