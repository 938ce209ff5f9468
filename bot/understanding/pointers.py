"""Sentences that speak for the whole message: "Because I just did." makes a question a report,
"I have none of them." makes a report a question, "Never had this before." makes it new, and
"It's happened 4 times today." undoes an "it passed". Each is one regex over the folded words.
"""

from __future__ import annotations

import re

from bot.understanding.clauses import Clause
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_tags import Tag

# "Because I just did", "that's what's happening to me": a clause that says the question is a report
POINTS_BACK = re.compile(
    r"\b(?:i just did|happening to me|thats what|thats whats|whats happening|"
    r"mines been|mine been|mine is(?! only)|mines like|its happening|thats me|this is me|asking cos it|"
    r"asking because it|asking coz it|asking as it|asking for my (?:mum|dad|husband|wife|partner|son|daughter)|"
    r"thats my (?:mum|dad|husband|wife|partner|son|daughter)|mine has(?! only ever| only been| never)|"
    r"mine have|mine does|mine did|(?:only|just) since (?:yesterday|today|this|last|the weekend|lunch|breakfast|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|"
    r"(?:ive|ahve|i have) (?:had|got) (?:that|this|it) (?:since|for|today|now)|thats what ive got|"
    r"(?:it |its |it has )?just happened)\b"
)
# "Is it normal not to feel anything when I wipe? This started on Tuesday": a report, when the sentence
# names no pain ("My back pain's awful, it started last week" is the pain's start)
STARTED_BACK = re.compile(
    r"\b(?:this|it) (?:only |just )?(?:started|began|came on) (?:on |last |this |yesterday|today|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)"
)
# "My physio said to ring 999 if I ever started wetting myself. Well I have": a report, whatever follows
ADMITS = re.compile(r"\b(?:well i have|and now i have|which i have now|well i did|and now i am|well now i am)\b")
# "Does saddle numbness come on suddenly? I don't have it, just reading": a sentence denying
# what the message asked about, which makes the whole message a question, however it is worded
DENIES_BACK = re.compile(
    r"\b(?:i (?:dont|do not) have|i (?:havent|have not|aint|never) (?:got|had)|i have (?:had )?none of) "
    r"(?:it|them|those|these|that|any of (?:it|them|those|these|that))\b|"
    r"\b(?:none of (?:them|those|these|that) (?:apply|applies|is me|are me|sound like me)|"
    r"not happened to me|not that i have (?:it|them|any)|no they havent|they havent)\b"
)
# "Never had this before": the message's trouble is new, whatever else has been going on for ages
NEVER_BEFORE = re.compile(
    r"\b(?:never had (?:this|anything like this) before(?! with| in my)|never happened before|"
    r"never been like this|not normal for me|never experienced this before|not something ive had before)\b"
)
# "It passed, but it's happened 4 times today": a later clause saying it keeps coming back
AGAIN = re.compile(
    r"\b(?:happened|happening|again|its back|keeps coming back|times today|times this week|its come back|"
    r"has come back|come back today|came back today|returned|keeps coming and going|comes and goes|"
    r"coming and going|keeps happening|on and off today)\b"
)
# Sentence ends, for the short replies that point back at a question ("Mine has.")
_SENTENCE_END = re.compile(r"[.!?\n]+")
# each pattern, what it adds, and what its sentence may not name
_POINTERS = (
    (POINTS_BACK, Tag.HAPPENING, ()),
    (STARTED_BACK, Tag.HAPPENING, (Tag.PAIN, Tag.BACK)),
    (DENIES_BACK, Tag.NOT_ME, ()),
)


def message_signals(text: str, clauses: list[Clause]) -> set[Tag]:
    """The tags these sentences add to the whole message. Sciatica is a back story too (for §4)."""
    words = [" ".join(c.words) for c in clauses]
    found = {Tag.BACK} if any(w.startswith("sciati") for c in clauses for w in c.words) else set()
    if any(NEVER_BEFORE.search(w) for w in words):
        found.add(Tag.FIRST_TIME)
    return found | _pointing_back(text, words)


def _pointing_back(text: str, words: list[str]) -> set[Tag]:
    """ "Can sciatica make you wet yourself? Because I just did.": a sentence of its own that makes
    the message a report; "I don't have any of them" makes it a question. "Mine has." is read on
    its own, before short fragments join the clause before them, and only when a clause has the words."""
    if any(ADMITS.search(w) for w in words):
        return {Tag.HAPPENING}  # "Well I have, I didn't even feel it"
    found = [(pattern, tag, unsaid) for pattern, tag, unsaid in _POINTERS if any(pattern.search(w) for w in words)]
    if not found:
        return set()
    sentences = [Clause(s) for s in _SENTENCE_END.split(text) if s.strip()]
    alone = [c for c in sentences if not c.has(*BODY, *SYMPTOM)]
    return {
        tag
        for pattern, tag, unsaid in found
        if any(pattern.search(" ".join(c.words)) and not c.has(*unsaid) for c in alone)
    }


def keeps_happening(later: list[Clause]) -> bool:
    """A later clause of its own saying it keeps happening: "It passed, but it's happened 4 times today";
    "went away for a bit but came back after lunch" ("came back" with nothing before it is the red
    flag's, not "it all came back", "the feeling came back", "never came back")."""

    def again(c: Clause) -> bool:
        return bool(AGAIN.search(" ".join(c.words))) or c.words[:2] == ["came", "back"]

    return any(again(c) and not c.has(*BODY, *SYMPTOM, Tag.PAIN) for c in later)
