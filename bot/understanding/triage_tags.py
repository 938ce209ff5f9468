"""The concepts red-flag triage reasons with, and how a table cell of words is written."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tag(StrEnum):
    AREA = "area"  # saddle area: genitals, anus, buttocks, perineum, inner thighs
    TOUCH = "touch"  # everyday saddle contact: wiping, toilet seat, shaving, a saddle
    SENSE = "sense"  # numbness, tingling, "feels weird"
    NOFEEL = "nofeel"  # can't feel, no feeling, didn't feel it
    BLADDER = "bladder"
    BOWEL = "bowel"
    TOILET = "toilet"  # the loo: bladder or bowel, whichever
    SEX = "sex"
    CANT = "cant"  # can't, unable, trouble, struggling, straining
    CONTROL = "control"  # lost control, can't hold it, can't stop it
    LEAK = "leak"  # leaking, dribbling, accidents, soiling
    UNAWARE = "unaware"  # no urge, don't know when, didn't realise
    LEAKED = "leaked"  # a bladder or bowel accident said in one phrase: "wet the bed"
    PADS = "pads"  # wearing pads: a leak, unless a period explains them
    PERIOD = "period"  # a period, which explains pads
    CONSTIPATED = "constipated"  # "the co-codamol has bunged me up": what the loo is for, message-wide
    SPAN = "span"  # "for a couple of days": how long, which is not when it began
    TIRED = "tired"  # legs like jelly, dead, heavy: what exertion explains (weakness or numbness it does not)
    OTHER_SIDE = "other_side"  # the other leg: bilateral, unless it is named to say it is fine
    LEG = "leg"  # one leg, foot, or "legs" without a side
    LEGS = "legs"  # legs or feet in the plural
    BOTH = "both"  # both, either, neither, each: bilateral only next to a leg word
    SIDES = "sides"  # bilateral in itself: both sides, the other leg too
    SIDE = "side"  # one side: left, right, one leg
    SOFT_AREA = "soft_area"  # a buttock or bum cheek: one-sided numbness there is ordinary sciatica
    FOOT_DROP = "foot_drop"  # a foot that slaps, drags or will not lift: a red flag on one side too when new or worse
    SEVERE_WALK = "severe_walk"  # crawling, walking like a drunk, collapsing: a red flag without a side
    NOISE = "noise"  # phrases that look like red-flag words and are not: "a wee bit", "blood flow"
    WEAK = "weak"  # weakness said by what the legs do: giving way, dragging, can't walk
    PAIN = "pain"
    BACK = "back"
    CHEST = "chest"
    TRAUMA = "trauma"  # a serious accident or fall
    NEG = "neg"  # no, not, never, without
    FINE = "fine"  # fine, normal, no problems
    CHRONIC = "chronic"  # for years, always had, no change
    NEW = "new"  # since yesterday, suddenly, getting worse, not normal for me
    IF = "if"  # a hypothetical: "what if", "should I go to A&E if"
    PAST = "past"  # last year, went away, fine now
    IDIOM = "idiom"  # laughing, after the gym, on a long drive
    EXERTION = "exertion"  # a long walk, a shift on your feet, late pregnancy: explains tired or aching legs only
    GENERIC = "generic"  # you, someone, people: a general question
    PERSON = "person"  # I, my, he, she, my husband: a report about someone
    CES = "ces"  # the name itself
    WARNING = "warning"  # red flags, warning signs: a question about them gets the safety-net
    FEVER = "fever"
    WEIGHT = "weight"
    CANCER = "cancer"
    LUMP = "lump"
    SHOULDERS = "shoulders"
    NONSTOP = "nonstop"  # pain that never eases, even at rest
    ASK = "ask"  # words that open a general question
    READ = "read"  # "I read that", "what to look out for": information, not a report
    ALTERED = "altered"  # derived: a feeling word beside an odd word
    FEELING = "feeling"  # feel, feels, sensation: altered feeling when beside "like", "weird", "not"
    ODD = "odd"  # weird, strange, different, wrong: a change when beside a feeling or the area
    HAVE = "have"  # "I think I have", "he's got": a claim about oneself or someone now
    STOP = "stop"  # and, now, also: a denial ends here
    DOUBT = "doubt"  # "I thought it was from", "probably just": the patient's own guess at a cause
    LEAK_CAUSE = "leak_cause"  # laughing, sneezing, coughing: what explains a small leak
    SHY = "shy"  # stage fright at a urinal, a sample for the nurse: what explains a can't-wee
    NOT_PATIENT = "not_patient"  # a toddler, a grandchild, the dog: whose accident it was
    HAPPENING = "happening"  # derived: "Because I just did", a report that points back at a question
    FIRST_TIME = "first_time"  # derived: "never had this before" anywhere in the message
    NOT_ME = "not_me"  # derived: "I don't have any of them", a sentence denying what the message names
    RESOLVED = "resolved"  # "it came straight back", "it wore off": a clause of its own saying it is over
    DITTO = "ditto"  # "the left one is doing it too": the trouble named before, now on this side too
    SPREAD = "spread"  # "it's now in", "spread to": an earlier symptom has reached the next word's place


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept found in a clause: which, at which word, and whether a denial covers it."""

    tag: Tag
    at: int  # word position in the clause
    negated: bool


def words(text: str) -> tuple[str, ...]:
    """One cell of the table: entries separated by "|", read as a list."""
    return tuple(w.strip() for w in text.split("|") if w.strip())


def word_set(text: str) -> frozenset[str]:
    """A set of single words written as one line of text."""
    return frozenset(text.split())
