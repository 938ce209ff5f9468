"""No patient in the statistics file: after a realistic session over the emulator (typing, a
group mention, browsing, a "did you mean" pick, 👍 and 👎, questions the bot could not answer
and the question behind the pick kept because the clinic switched that on), no user id, chat id, username, first name or
message id is in any column of any table, nor anywhere in the file's raw bytes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.clinic.stats import Stats
from bot.engine import Engine
from tests.support.edit import edit_file
from tests.support.emulator import BOT_USERNAME, Emulator, SentMessage
from tests.support.harness import TOKEN, running
from tests.telegram.patient import replies_to

USER = 918_273_645  # distinctive, so finding it anywhere means it was stored
GROUP = -1_009_182_736_455
FIRST_MESSAGE_ID = 770_000_001  # every message id of the session is above this


async def _session(emu: Emulator) -> None:
    async def say(text: str, chat: int = USER, **where: object) -> SentMessage:
        chat_type = "private" if chat == USER else "group"
        (reply,) = await replies_to(emu, chat, emu.send_text(text, USER, chat, chat_type, **where))
        return reply

    async def press(message: SentMessage, label: str, new_messages: int = 1) -> None:
        data = message.button(label)["callback_data"]
        await replies_to(emu, message.chat_id, emu.press(message, data, USER), new_messages)

    answer = await say("does acupuncture hurt")
    await press(answer, "👍", 0)
    await emu.wait_until(lambda: answer.edited == 1)
    other = await say("what causes sciatica")
    await press(other, "👎")  # the offer of the clinic's contacts
    suggest = await say("how long is a session")
    await press(suggest, "How many sessions")
    await say("is there parking near the clinic, ring me on 07700 900123")  # kept, redacted
    menu = await say("/topics")
    await emu.press(menu, menu.button("acupuncture")["callback_data"], USER)
    await emu.wait_until(lambda: menu.edited == 1)
    await press(menu, "Does acupuncture hurt?")
    in_group = await say(f"@{BOT_USERNAME} is acupuncture safe", GROUP)
    await press(in_group, "👍", 0)
    await emu.wait_until(lambda: in_group.edited == 1)


def _identifiers(emu: Emulator) -> tuple[set[int], set[str]]:
    message_ids = {m.message_id for m in emu.sent} | {message_id for _, message_id in emu.user_messages}
    assert min(message_ids) >= FIRST_MESSAGE_ID and len(message_ids) >= 15  # the session really happened
    user = emu._user(USER)
    numbers = {USER, GROUP, *message_ids}
    return numbers, {str(n) for n in numbers} | {user["username"], user["first_name"]}


async def test_the_statistics_file_holds_no_patient(faq_copy: Path, tmp_path: Path):
    edit_file(faq_copy, "record_unanswered: false", "record_unanswered: true")
    emu = Emulator(TOKEN, first_message_id=FIRST_MESSAGE_ID)
    await emu.start()
    path = tmp_path / "stats.sqlite3"
    store = Stats.open(path)
    try:
        async with running(Engine.from_file(faq_copy, recorder=store), emu.url):
            await _session(emu)
    finally:
        store.close()
        await emu.stop()
    numbers, words = _identifiers(emu)

    db = sqlite3.connect(path)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"daily_counts", "unanswered", "feedback", "picks", "picked_questions"} <= set(tables)
    cells = [value for table in tables for row in db.execute(f"SELECT * FROM {table}") for value in row]
    assert db.execute("SELECT COUNT(*) FROM feedback").fetchone() == (3,)  # 👍, 👎, 👍 in the group
    assert db.execute("SELECT COUNT(*) FROM picks").fetchone() == (1,)
    assert db.execute("SELECT text, faq_id FROM picked_questions").fetchall() == [
        ("how long is a session", "how-many-sessions")
    ]
    kept = [text for (text,) in db.execute("SELECT text FROM unanswered ORDER BY id")]
    assert kept == ["how long is a session", "is there parking near the clinic, ring me on [number]"]
    db.close()
    assert [v for v in cells if isinstance(v, int) and v in numbers] == []
    assert [v for v in cells if isinstance(v, str) and any(w.casefold() in v.casefold() for w in words)] == []

    raw = b"".join(p.read_bytes() for p in tmp_path.glob("stats.sqlite3*"))  # with any -wal or -journal left
    assert [w for w in words if w.encode() in raw] == []
    for n in (USER, GROUP):  # as SQLite would store them: big-endian, in 4 or 8 bytes
        assert n.to_bytes(8, "big", signed=True) not in raw and (n < 0 or n.to_bytes(4, "big") not in raw)
