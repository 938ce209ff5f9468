"""The red flags of the legs: both legs troubled, a walk gone wrong, a foot that drops.

One leg's numbness or weakness is ordinary sciatica, so the work here is telling both legs
from one: "both" beside a limb, each side named with its own trouble, "now it's the other one
too"; and the exceptions patients' words showed (the back's own sides, aching joints,
trouble named after "both" but nearer one side).
"""

from __future__ import annotations

from bot.understanding.clauses import PAIR_WINDOW, Clause, close, nearest
from bot.understanding.triage_tags import Tag

# "after climbing yesterday, both thighs are sore": a passing cause this close to "both" explains it
IDIOM_REACH = 5
# "other leg's fine", "the other one is ok": how far after a side its all-clear may come
SIDE_FINE_REACH = 3
WALK_SIDE_REACH = 5  # "my left leg's been bad for weeks and now I'm walking like a drunk" is no one-sided matter
SPREAD_TO_REACH = 9  # "has spread from my left foot to my right foot": how far the far end may come
# "my foot drop was just on the left": a side said after its limb or trouble names it this far back
ON_THE_REACH = 6
BACK_SIDES_REACH = 5  # "my lower back is sore on both sides": how near the back must be to be the sides' place
_RADIATING = frozenset({"down", "into", "through", "goes", "going", "spreading", "spreads", "runs", "shoots"})
_ALL_CLEAR = frozenset({"fine", "ok", "okay", "grand", "alright"})
STRONG_DENIED_REACH = 2  # "aren't strong", "not very strong": a denial this near takes "strong" back
# "fine sitting", "fine till I walk": an all-clear that goes on to say when is not one
_QUALIFIED = [[w] for w in ("sitting", "when", "till", "until", "except", "apart", "but", "if", "lying", "resting")]
_JOINTS = frozenset({"knee", "knees", "hip", "hips", "ankle", "ankles"})
LIMB_REACH = 3  # "my left calf feels numb": a feeling this close to a one-sided limb is the limb's
SPREAD_REACH = 6  # "has moved up and is now all between my legs": the place follows the spreading words
FOOT_REACH = 3  # "my right foot has started slapping": a foot-drop word this close to the foot or toes
FEEL = (Tag.SENSE, Tag.NOFEEL, Tag.ALTERED)
LEG_TROUBLE = (Tag.WEAK, Tag.SENSE, Tag.NOFEEL, Tag.SEVERE_WALK, Tag.CONTROL)


def foot_drop(c: Clause) -> list[int]:
    """A foot that slaps, drags or will not lift, on either side, with a change said near it
    ("since Monday", "getting floppier"): progressive weakness (GIRFT, Lothian 2.5)."""
    drops = close(c.at(Tag.FOOT_DROP), c.at(Tag.LEG, Tag.LEGS), FOOT_REACH)
    changes = c.at(Tag.NEW) + [i for i, w in enumerate(c.words) if w == "now"]  # "my right foot slaps now"
    return close(drops, sorted(changes), PAIR_WINDOW) if drops else []


def walking(c: Clause) -> list[int]:
    """Crawling, walking like a drunk, collapsing; not when one side is named right beside it
    ("my right leg gave way" is that leg), however long the story before it."""
    if c.has(Tag.SIDES, Tag.BOTH):
        return c.at(Tag.SEVERE_WALK)
    return [w for w in c.at(Tag.SEVERE_WALK) if nearest([w], c.at(Tag.SIDE)) > WALK_SIDE_REACH]


def backs_sides(c: Clause, side: int, legs: list[int]) -> bool:
    """ "My lower back aches on both sides": the back is what has sides, when nothing names both legs
    or the sciatica ("back pain and sciatica on both sides" is both legs)."""
    if c.has(Tag.LEGS) or (legs and not c.has(Tag.SIDE)):
        return False  # "from my back on both sides, right down to my feet"; "my left leg has sciatica" is one side
    sciatica = [i for i, w in enumerate(c.words) if w.startswith("sciati")]
    backs = [b for b in c.at(Tag.BACK) if abs(side - b) <= BACK_SIDES_REACH]
    # "back pain going down both sides": the pain runs from the back into the legs
    own = [b for b in backs if _RADIATING.isdisjoint(c.words[min(b, side) : max(b, side)])]
    return bool(own) and nearest([side], own) < nearest([side], sciatica)


def both_legs(c: Clause) -> list[int]:
    legs = c.at(Tag.LEG, Tag.LEGS)
    # "the other leg's fine": the other side named only to say it is well
    well = [i for i, w in enumerate(c.words) if w in _ALL_CLEAR]
    other_fine = set(c.at(Tag.OTHER_SIDE)) & set(close(c.at(Tag.OTHER_SIDE), well, SIDE_FINE_REACH))
    sides = [s for s in c.at(Tag.SIDES) if s not in other_fine and not backs_sides(c, s, legs)]
    bilateral = sides + [b for b in c.at(Tag.BOTH) if close([b], legs, 3)]
    # "no numbness, both legs strong, just pain": both legs named only to say they are well (not
    # "both legs are fine till I walk, then they give way", "both legs, fine sitting, agony walking,
    # since Sunday": a change, or a "fine" that goes on to say when)
    denials = c.at(Tag.NEG, live=False)
    strong = [i for i, w in enumerate(c.words) if w == "strong" and not close([i], denials, STRONG_DENIED_REACH)]
    cleared = [w for w in set(c.at(Tag.FINE)) | set(well) | set(strong) if c.words[w + 1 : w + 2] not in _QUALIFIED]
    if not c.has(*LEG_TROUBLE, Tag.NEW):
        bilateral = [b for b in bilateral if not any(b < w <= b + SIDE_FINE_REACH for w in cleared)]
    # "both my knees are sore since I took up running": aching joints, not pain down both legs
    if bilateral and legs and all(c.words[x] in _JOINTS for x in legs) and not c.has(*LEG_TROUBLE, Tag.TIRED):
        return []
    if bilateral:
        # "both legs feel loose after a bath, and the sciatica in my right leg eases": trouble
        # said after both legs, after an "and", and nearer a one-sided word is that side's ("it
        # was in my left leg, now it's in the right one too" carries the earlier pain across)
        one_side, stops = c.at(Tag.SIDE), c.at(Tag.STOP)
        first = min(bilateral)

        def that_sides(p: int) -> bool:  # "both legs are weak, especially my right one" stays both
            after_and = any(first < s < p for s in stops)
            return p > first and after_and and nearest([p], one_side) < nearest([p], bilateral)

        # only pain is given to one side so: numbness or weakness next to "both" is the red flag
        # legs "like jelly" or heavy count too: exertion beside them is weighed by triage
        trouble = c.at(*LEG_TROUBLE, Tag.TIRED) + [p for p in c.at(Tag.PAIN) if not that_sides(p)]
        near = close(bilateral, trouble, PAIR_WINDOW)
        # "it started in my other leg as well": the pain is named in another clause
        exertion = bool(close(c.at(Tag.IDIOM, Tag.EXERTION), bilateral, IDIOM_REACH))
        changed = c.has(Tag.NEW) or any(c.words[b] == "now" for b in bilateral)  # "now it's both"
        return near or (bilateral if changed and not exertion else [])
    # "my left leg is numb and my right leg has gone weak": each side named, each with trouble
    # (not "weaker than the left", nor "right leg totally fine")
    well = set(c.at(Tag.FINE)) | {i for i, w in enumerate(c.words) if w in _ALL_CLEAR}

    limbs = set(c.at(Tag.LEG, Tag.LEGS)) | {i for i, w in enumerate(c.words) if w in ("one", "side", "ones")}

    def named(side: str) -> list[int]:  # "right leg", "left one"; not "right down my leg", "it's left me"
        found = []
        for i in c.at(Tag.SIDE):
            if c.words[i] != side or "than" in c.words[max(0, i - 2) : i] or any(i < f <= i + 3 for f in well):
                continue
            if any(i < x <= i + 2 for x in limbs) or (limbs and any(i < d <= i + 3 for d in c.at(Tag.DITTO))):
                found.append(i)  # "right leg", "left one"; "now the left's doing it too" beside a limb named before
            elif c.words[i - 2 : i] == ["on", "the"]:  # "my foot drop was just on the left": that limb's side
                found += [x for x in sorted(limbs | set(trouble)) if i - ON_THE_REACH <= x < i][-1:]
        return found

    trouble = c.at(*LEG_TROUBLE)
    # "sciatica for years on her right side, today the left leg's gone the same": the pain, newly on
    # both sides, may be told further from its side than other trouble (PAIR_WINDOW, not LIMB_REACH)
    # (not "sciatica in my right leg last year which cleared up, and now my left leg's gone the same")
    over = c.has(Tag.RESOLVED) or "cleared" in c.words
    ditto_pain = c.at(Tag.PAIN) if c.has(Tag.NEW) and c.has(Tag.DITTO) and not over else []
    trouble += ditto_pain
    left, right = named("left"), named("right")
    trouble += c.at(Tag.DITTO) if trouble else []  # "my right foot slaps the floor, now the left one is doing it too"

    def troubled(side: list[int]) -> list[int]:  # "the numbness has spread from my left foot up to my knee"
        spread = [x for x in c.at(Tag.SPREAD) if any(0 < x - t <= SPREAD_REACH for t in trouble)]
        # "spread from my left foot to my right foot": both ends of the spreading are troubled
        came = [s for s in side if any(0 < s - x <= SPREAD_TO_REACH for x in spread)]
        return close(side, trouble, LIMB_REACH + 1) + close(side, ditto_pain, PAIR_WINDOW) + came

    if troubled(left) and troubled(right):
        return troubled(left) + troubled(right)
    # "my legs keep giving way": plural legs with weakness, not with pain alone
    return [] if c.has(Tag.SIDE) else c.near((Tag.LEGS,), (Tag.WEAK, *FEEL, Tag.SEVERE_WALK, Tag.CONTROL))
