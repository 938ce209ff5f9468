"""What the clauses after a red flag say about it: that it is over ("it came straight back when I
stood up"), or that it keeps coming back ("it's happened 4 times today"), which undoes an "it passed"."""

from __future__ import annotations

from bot.understanding.clauses import Clause
from bot.understanding.pointers import keeps_happening
from bot.understanding.red_flags import BODY, SYMPTOM
from bot.understanding.triage_outcome import Level, Triage
from bot.understanding.triage_tags import Tag

NOT_UNDONE = ("chest-pain", "serious-accident")  # "he says he's fine" does not undo a crash
# What can come back: a feeling, the legs. An accident, once it has happened, is not undone by "I'm fine now".
FEELING_RETURNS = ("saddle-sensation", "both-legs", "walking", "foot-drop")
_ONGOING = frozenset({"since", "still", "getting", "now", "keeps", "worse", "spreading"})  # not over, however told


def resolved(found: Triage, clause: Clause, after: Clause | None) -> Triage:
    """ "My bum went numb on the benches, but it came straight back when I stood up": the
    clause after a red flag says that it is over. Only a clause of its own that names no body
    part, pain, symptom or change can say so ("but my back pain is better now" is about the
    pain, and pain easing while numbness stays is the classic trap), and only about a red
    flag with no onset in its clause ("Today she had an accident ...")."""
    if after is None or found.level is not Level.EMERGENCY or found.rule not in FEELING_RETURNS:
        return found
    if after.has(*BODY, *SYMPTOM, Tag.NEW, Tag.PAIN, Tag.BACK) or not after.has(Tag.RESOLVED):
        return found
    # (a point in time is no obstacle: "On Sunday my bum went numb on the bike. Back to normal by teatime.")
    if any(n not in clause.at(Tag.SPAN) and clause.words[n] in _ONGOING for n in clause.at(Tag.NEW)):
        return found
    return Triage(Level.SAFETY_NET, f"past:{found.rule}")


def recurs(later: list[Clause]) -> bool:
    """Read only for a red flag said to be over: "It's happened 4 times today", or "Back to normal
    by teatime. Still feel a bit wobbly on my feet" (a symptom or tiredness that is still there)."""
    return keeps_happening(later) or any("still" in c.words and c.has(*SYMPTOM, Tag.TIRED) for c in later)
