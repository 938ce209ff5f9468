"""Inline mode as a patient types it letter by letter: answers from a half-typed word,
the 999 advice first for a red flag, and the clinic's contacts when nothing matches."""

from __future__ import annotations

from tests.conftest import RunningBot
from tests.support.emulator import Emulator, parse_html
from tests.telegram.patient import URGENT


async def _type(emu: Emulator, text: str) -> list[list[dict]]:
    """One inline query per keystroke, as Telegram sends them; the results of each."""
    out = []
    for end in range(1, len(text) + 1):
        query = await emu.inline(text[:end])
        await emu.wait_for_answer(query)
        out.append(emu.inline_answers[query])
    return out


async def test_every_keystroke_gets_results_and_a_half_typed_word_is_completed(running_bot: RunningBot):
    emu = running_bot.emulator
    typed = await _type(emu, "does it hurt")
    assert all(results for results in typed)
    assert "does-it-hurt" in [r["id"] for r in typed[len("does it h") - 1]]
    assert typed[-1][0]["id"] == "does-it-hurt"
    (pregnancy,) = (await _type(emu, "pregn"))[-1:]
    assert pregnancy[0]["id"] == "pregnancy"
    assert emu.errors == []


async def test_no_match_offers_the_clinic(running_bot: RunningBot):
    emu = running_bot.emulator
    query = await emu.inline("who won the football")
    await emu.wait_for_answer(query)
    (result,) = emu.inline_answers[query]
    clinic = running_bot.engine.faq.clinic
    assert result["title"] == "Ask the clinic"
    content = result["input_message_content"]["message_text"]
    assert clinic.phone in content and clinic.website in content


async def test_red_flag_typed_inline_gets_the_999_advice_first(running_bot: RunningBot):
    emu = running_bot.emulator
    typed = await _type(emu, "since this morning I can't control my bladder")
    final = typed[-1][0]
    assert final["id"] == "emergency"
    assert URGENT in parse_html(final["input_message_content"]["message_text"]).lower()
    first_flagged = next(n for n, results in enumerate(typed) if results[0]["id"] == "emergency")
    assert all(results[0]["id"] == "emergency" for results in typed[first_flagged:])  # never lost once shown
