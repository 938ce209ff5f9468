"""Playing a patient in the tests: do one thing, then read the bot's new messages."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from tests.support.emulator import Emulator, SentMessage

URGENT = "call 999 or go to a&e"  # the words every urgent reply carries, whatever the FAQ says
QUIET = 0.3  # seconds to wait before asserting that nothing more arrived


async def replies_to(emu: Emulator, chat_id: int, action: Awaitable[object], count: int = 1) -> list[SentMessage]:
    """Do `action` (send, edit, press) and return the `count` messages it brought to `chat_id`."""
    before = len(emu.sent_to(chat_id))
    await action
    return (await emu.wait_for_messages(chat_id, before + count))[before:]


async def nothing_more(emu: Emulator, chat_id: int, expected: int) -> None:
    """Wait a moment, then check `chat_id` has received exactly `expected` messages in all."""
    await asyncio.sleep(QUIET)
    assert len(emu.sent_to(chat_id)) == expected, [m.text[:60] for m in emu.sent_to(chat_id)]


def is_emergency(message: SentMessage) -> bool:
    """The 999 reply, alone: the urgent words, no booking line, no buttons."""
    return URGENT in message.text.lower() and "To book or ask" not in message.text and message.buttons() == []
