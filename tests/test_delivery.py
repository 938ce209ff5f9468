"""The delivery ledger and the getUpdates sieve, without a network: what gets confirmed when."""

from __future__ import annotations

import asyncio
import json

from bot.telegram.delivery import REPLAY_MEMORY, Ledger
from bot.telegram.transport import UpdatesRequest


async def test_confirming_waits_only_for_updates_below_the_offset():
    ledger = Ledger()
    ledger.fetched([5, 6, 9])
    waiter = asyncio.create_task(ledger.settle(7, limit=5))
    await ledger.done(5)
    await asyncio.sleep(0.01)
    assert not waiter.done()  # 6 is still being answered
    await ledger.done(6)
    await asyncio.wait_for(waiter, 1)  # 9 is above the offset: not confirmed by it, not waited for
    assert ledger.pending == {9}


async def test_a_stuck_update_holds_confirmation_only_for_the_limit():
    ledger = Ledger()
    ledger.fetched([1])
    await asyncio.wait_for(ledger.settle(2, limit=0.05), 1)


def test_a_replay_is_spotted_and_memory_stays_bounded():
    ledger = Ledger()
    assert ledger.first_time(1) and not ledger.first_time(1)
    for update_id in range(2, REPLAY_MEMORY + 10):
        ledger.first_time(update_id)
    assert len(ledger._seen) == REPLAY_MEMORY
    assert ledger.first_time(1)  # long forgotten: Telegram replays only recent updates


def test_an_unreadable_update_becomes_a_bare_id_and_the_rest_pass_untouched():
    ledger = Ledger()
    sieve = UpdatesRequest(ledger, read_ahead=32)
    good = {"update_id": 3, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}, "text": "hi"}}
    odd = {"update_id": 4, "poll": {"id": "p", "question": "q", "options": []}}
    payload = json.dumps({"ok": True, "result": [good, odd]}).encode()
    result = json.loads(sieve._sieve(payload))["result"]
    assert result == [good, {"update_id": 4}]
    assert ledger.pending == {3, 4}
    untouched = json.dumps({"ok": True, "result": [good]}).encode()
    assert sieve._sieve(untouched) is untouched
