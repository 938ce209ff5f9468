"""The staff chat through the real `python -m bot` process, configured by STAFF_CHAT_ID alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.emulator import BOT_USERNAME, Emulator
from tests.support.process import BotProcess

pytestmark = pytest.mark.e2e

STAFF = -100777
RECEPTIONIST = 2002


async def test_the_staff_chat_hears_of_a_broken_start_then_of_the_fix(
    emulator: Emulator, faq_copy: Path, tmp_path: Path
):
    env = {"STAFF_CHAT_ID": str(STAFF)}
    first = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO", env=env).start()
    await first.wait_log("is running")  # this run keeps the last good copy
    assert await first.stop() == 0
    good = faq_copy.read_text(encoding="utf-8")
    faq_copy.write_text("faqs: [\n", encoding="utf-8")  # a bad save while the bot was down

    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO", env=env).start()
    try:
        (started,) = await emulator.wait_for_messages(STAFF, 1, timeout=15)
        assert started.text.startswith("The bot started while faq.yaml has mistakes, so it is serving the last good")
        assert started.text.splitlines()[1].startswith("faq.yaml:")
        faq_copy.write_text(good.replace("Acupuncture needles are very fine", "Our needles are hair-thin"), "utf-8")
        live = (await emulator.wait_for_messages(STAFF, 2, timeout=10))[-1]
        assert live.text.startswith("faq.yaml is live: 18 entries")
        await emulator.send_text(f"/status@{BOT_USERNAME}", RECEPTIONIST, STAFF, "group")
        status = (await emulator.wait_for_messages(STAFF, 3))[-1]
        assert status.text.startswith("Live: faq.yaml, 18 entries")
        assert "(a later save went live)" in status.text and "Statistics: on" in status.text
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.output()
