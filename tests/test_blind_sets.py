"""Floors on the blind sets: messages written by people who never saw the code, the FAQ or
the tests. Each file is split the same way: even items are the development half (looked at
while tuning, and what the second reader learns from), odd items the held-out half (never
looked at, never learned from). Measured on the live faq.yaml,
because these floors guard the shipped content as well as the matcher and triage."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from bot.replies import Reply, ReplyKind
from tests.conftest import DATA

BLIND = DATA / "blind"
CONFIDENT = (ReplyKind.ANSWER, ReplyKind.EMERGENCY, ReplyKind.URGENT)
# Today's measured figures, rounded down: a change that makes any of them worse fails here.
# (recall at least, false alarms at most). Held-out false alarms rose from 5.4 % to 7.7 % on
# 2026-12-02 when two reviewers showed rules that hid red flags, and those rules were narrowed
# or taken out: safety first. New writers' sets join measured before any tuning (redflags_t, _u,
# faq_p, _q; then redflags_v to _ad and faq_r to _t, the session after), so the floors move to
# include them. A session later, five red-flag writers (redflags_ag to _ak) and three FAQ writers
# (faq_u to _w) joined, measured first: their false alarms (9 to 10 %) raised the dev false-alarm
# ceiling, faq_w's near-miss topics lowered the dev right floor. The session after, nine more
# red-flag writers (redflags_al to _at, up to 23 % false alarms at the start) and four FAQ
# writers (faq_x to _aa; faq_z's 77 % right lowered the dev right floor) joined the same way;
# held-out wrong answers then met their 2 % target (1.8 %). In the sixth session the second
# reader (bot/understanding/second_reader.py) learned from every development half, so the dev
# floors now say it still fits what it learned; the held-out halves, never trained on, are the
# measure: recall 94.0 -> 98.1 %, false alarms 7.5 -> 3.2 % (target 3 %), with twelve new
# writers (redflags_au to _az, _ba to _bf) measured first. In the seventh, six more writers
# (redflags_bg to _bl) joined, measured first (held-out 98.3 % / 3.9 %); retrained with their
# development halves (and a case weight of 4) the held-out halves of all 62 stand at 98.06 % / 3.16 %.
RED_FLAG_FLOORS = {"dev": (0.995, 0.010), "held": (0.980, 0.032)}
# (right at least, wrong at most, off-topic answered at most, small talk recognised at least)
FAQ_FLOORS = {"dev": (0.886, 0.0085, 0.015, 0.986), "held": (0.859, 0.019, 0.028, 0.937)}


def _half(pattern: str, half: str) -> list[dict]:
    items = []
    for path in sorted(BLIND.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items += data[0 if half == "dev" else 1 :: 2]
    return items


def red_flag_figures(ask: Callable[[str], Reply], half: str) -> tuple[float, float]:
    items = _half("redflags_*.yaml", half)
    kinds = [(item["label"] == "emergency", ask(item["text"]).kind is ReplyKind.EMERGENCY) for item in items]
    positives = [alarm for red, alarm in kinds if red]
    negatives = [alarm for red, alarm in kinds if not red]
    return sum(positives) / len(positives), sum(negatives) / len(negatives)


def faq_figures(ask: Callable[[str], Reply], half: str) -> dict[str, float]:
    on = right = wrong = off = off_confident = talk = talk_ok = 0
    for item in _half("faq_*.yaml", half):
        reply = ask(item["text"])
        expected = {item["expect"], *(item.get("also") or [])}
        if item["expect"] == "off-topic":
            off += 1
            off_confident += reply.kind in CONFIDENT
        elif item["expect"] == "smalltalk":
            talk += 1
            talk_ok += reply.kind is ReplyKind.SMALLTALK
        else:
            on += 1
            hit = reply.kind is ReplyKind.ANSWER and reply.faq_id in expected
            right += hit
            wrong += reply.kind in CONFIDENT and not hit
    return {"right": right / on, "wrong": wrong / on, "off_topic": off_confident / off, "smalltalk": talk_ok / talk}


def test_blind_sets_are_big_enough():
    assert len(_half("redflags_*.yaml", "dev")) + len(_half("redflags_*.yaml", "held")) >= 300
    assert len(_half("faq_*.yaml", "dev")) + len(_half("faq_*.yaml", "held")) >= 450


@pytest.mark.parametrize("half", ["dev", "held"])
def test_red_flag_floors(live_engine, half: str):
    recall, false_alarms = red_flag_figures(live_engine.ask, half)
    floor_recall, ceiling_alarms = RED_FLAG_FLOORS[half]
    assert recall >= floor_recall and false_alarms <= ceiling_alarms, (recall, false_alarms)


@pytest.mark.parametrize("half", ["dev", "held"])
def test_faq_floors(live_engine, half: str):
    figures = faq_figures(live_engine.ask, half)
    right, wrong, off_topic, smalltalk = FAQ_FLOORS[half]
    assert figures["right"] >= right and figures["wrong"] <= wrong, figures
    assert figures["off_topic"] <= off_topic and figures["smalltalk"] >= smalltalk, figures
