"""Concepts read from several words of a clause: an altered feeling ("the seat feels weird",
"it feels like cotton wool") and a lost one ("all the feeling down there has gone").

`clauses` adds them to the concepts it reads word by word.
"""

from __future__ import annotations

from bot.understanding.triage_tags import Concept, Tag

ALTERED_PAIN_REACH = 4  # "feels like a knife", "a strange pain": pain this near is what is felt
AREA_ODD_REACH = 3  # "my bits are weird", "something odd down there"
LIKENESS_REACH = 6  # "feels like mine goes from my bum to my toes": the words of the likeness
_PATH = frozenset({"goes", "going", "runs", "running", "travels", "shoots", "shooting", "from"})
_BETTER = frozenset({"new", "normal", "itself", "myself", "better", "before", "self", "size", "bigger", "back"})
_APPEARANCE = frozenset(
    {"looks", "look", "looked", "rash", "piles", "itchy", "itch", "spot", "spots", "haemorrhoids", "leggings", "jeans"}
)
_NOT_ODD_ALONE = frozenset({"nothing", "less", "like", "cushion", "gloves", "off"})  # odd only as a feeling


def altered_feeling(concepts: list[Concept], words: list[str]) -> list[Concept]:
    """ "feels like it's not mine", "the seat feels weird", "it feels like cotton wool", "my bits are
    weird": a feeling word beside an odd word or a likeness, or a saddle word beside an odd word, is an
    altered sensation, unless pain is what is felt ("feels like a knife", "a strange pain down there")."""
    feel = [c.at for c in concepts if c.tag is Tag.FEELING]
    odd = [c.at for c in concepts if c.tag is Tag.ODD and not c.negated]
    pain = [c.at for c in concepts if c.tag is Tag.PAIN]
    area = [c.at for c in concepts if c.tag is Tag.AREA]

    def likeness(f: int) -> bool:  # "it feels like", not "I feel like I'm wasting your time"
        if words[f] not in ("feels", "felt") or words[f - 1 : f] == ["i"] or "like" not in words[f + 1 : f + 3]:
            return False
        after = words[f + 2 : f + 2 + LIKENESS_REACH]  # not "feels like it goes from my bum", "feels like new"
        return _PATH.isdisjoint(after) and _BETTER.isdisjoint(after)

    def painless(x: int) -> bool:
        return not any(abs(p - x) <= ALTERED_PAIN_REACH for p in pain)

    skin = not _APPEARANCE.isdisjoint(words)  # "it feels like sandpaper, my piles are back": the skin's
    altered = [f for f in feel if (any(0 < o - f <= 3 for o in odd) or (not skin and likeness(f))) and painless(f)]
    # (not "nothing numb between my legs", "nothing funny down below")
    denied = [c.at for c in concepts if c.tag is Tag.NEG]
    plain = [o for o in odd if words[o] not in _NOT_ODD_ALONE and not any(0 <= o - n <= 3 for n in denied)]
    if not skin:  # "my bum looks weird in these leggings", "a weird rash down there"
        altered += [o for o in plain if any(abs(a - o) <= AREA_ODD_REACH for a in area) and painless(o)]
    return [Concept(Tag.ALTERED, x, False) for x in altered]


# "the feeling in my lady bits is just gone": how far after "feeling" its going may come
LOST_REACH = 8
_GONE = frozenset({"gone", "went", "disappeared", "vanished"})
_PLAIN_BEFORE_FEELING = frozenset({"the", "all", "any", "my", "of", "no", "and"})


def lost_feeling(concepts: list[Concept], words: list[str]) -> list[Concept]:
    """ "All the feeling in my bum has gone": a loss of feeling, not an all-clear, unless a kind of
    feeling is what went ("the horrible feeling has gone", "the tingly feeling went")."""
    lost, gone = [], set()
    for f in (c.at for c in concepts if c.tag is Tag.FEELING and not c.negated):
        after = [g for g in range(f + 1, min(f + LOST_REACH + 1, len(words))) if words[g] in _GONE]
        if after and (f == 0 or words[f - 1] in _PLAIN_BEFORE_FEELING):
            lost.append(Concept(Tag.NOFEEL, f, False))
            gone.add(after[0])
    return [c for c in concepts if not (c.at in gone and c.tag is Tag.PAST)] + lost
