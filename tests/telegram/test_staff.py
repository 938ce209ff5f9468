"""The staff chat, end to end: the real Application and the process's own watcher (run.Lifecycle)
against the emulator. A save is confirmed or refused there within seconds; /status answers there
only; from any other chat /status is an unknown command and reveals nothing."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.clinic import last_good
from bot.clinic.recorder import StatsRecorder
from bot.engine import Engine
from bot.telegram.run import Lifecycle, staff_chat_for
from bot.telegram.staff import DIGEST_JOB
from tests.support.edit import edit_file
from tests.support.emulator import BOT_USERNAME, Emulator, SentMessage
from tests.support.fault_proxy import FaultProxy
from tests.support.harness import running
from tests.telegram.patient import nothing_more, replies_to

STAFF = -100777  # the staff group
PATIENT = 1001
GROUP = -5001  # a patients' group the bot is in
RECEPTIONIST = 2002
SAVE_SECONDS = 8.0  # a save settles over two 1 s polls; this leaves room for a busy machine
# Words of /status and of the save notices: none may reach anyone but the staff chat.
STAFF_WORDS = ("live", "entries", "refused", "statistics", "up for", "faq.yaml", "version")


@dataclass
class StaffBot:
    emulator: Emulator
    engine: Engine
    faq: Path
    app: Application
    recorder: StatsRecorder


async def _run(emulator: Emulator, faq: Path, tmp_path: Path, url: str | None = None) -> AsyncIterator[StaffBot]:
    recorder = StatsRecorder(tmp_path / "data" / "stats.sqlite3")
    engine, record = last_good.start(faq, tmp_path / "data" / "stats.sqlite3", recorder)
    chat = staff_chat_for(engine, recorder, record)  # reads STAFF_CHAT_ID, as `python -m bot` does
    lifecycle = Lifecycle(engine, tmp_path / "heartbeat", "polling", chat.saves if chat else None)
    async with running(engine, url or emulator.url, staff_chat=chat) as app:
        await lifecycle.post_init(app)
        try:
            yield StaffBot(emulator, engine, faq, app, recorder)
        finally:
            await lifecycle.post_shutdown(app)
    recorder.close()


@pytest.fixture
async def staff_bot(emulator: Emulator, faq_copy: Path, tmp_path: Path, monkeypatch) -> AsyncIterator[StaffBot]:
    monkeypatch.setenv("STAFF_CHAT_ID", str(STAFF))
    async for bot in _run(emulator, faq_copy, tmp_path):
        yield bot


@pytest.fixture
async def no_staff_bot(emulator: Emulator, faq_copy: Path, tmp_path: Path, monkeypatch) -> AsyncIterator[StaffBot]:
    monkeypatch.delenv("STAFF_CHAT_ID", raising=False)
    async for bot in _run(emulator, faq_copy, tmp_path):
        yield bot


async def _next_notice(emu: Emulator, before: int) -> SentMessage:
    (message,) = (await emu.wait_for_messages(STAFF, before + 1, timeout=SAVE_SECONDS))[before:]
    return message


def _reveals_nothing(message: SentMessage) -> bool:
    return not any(word in message.text.lower() for word in STAFF_WORDS)


async def test_a_valid_save_is_confirmed_in_the_staff_chat_within_seconds(staff_bot: StaffBot):
    emu = staff_bot.emulator
    start = time.perf_counter()
    edit_file(staff_bot.faq, "Acupuncture needles are very fine", "Our needles are hair-thin")
    message = await _next_notice(emu, 0)
    assert message.text.startswith(f"faq.yaml is live: {len(staff_bot.engine.faq.entries)} entries")
    assert message.at - start < SAVE_SECONDS
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("does acupuncture hurt"))
    assert "hair-thin" in answer.text


async def test_a_broken_save_is_refused_in_the_staff_chat_with_its_line(staff_bot: StaffBot):
    emu = staff_bot.emulator
    edit_file(staff_bot.faq, "  - id: cost", "  - <idd>: cost")  # quoted back: must arrive HTML-escaped
    line = staff_bot.faq.read_text(encoding="utf-8").splitlines().index("  - <idd>: cost") + 1
    message = await _next_notice(emu, 0)
    head, first, *_ = message.text.splitlines()
    assert head == "Your save was refused, the live version is unchanged:"
    assert first.startswith(f"faq.yaml:{line}: unknown key '<idd>'")
    assert "&lt;idd&gt;" in message.html
    (answer,) = await replies_to(emu, PATIENT, emu.send_text("how much does it cost"))
    assert answer.text.startswith("How much")  # the live version still answers


async def test_a_refusal_longer_than_a_message_is_cut_to_fit(staff_bot: StaffBot):
    emu = staff_bot.emulator
    edit_file(staff_bot.faq, "  - id: cost", f"  - {'x' * 5000}: cost")
    message = await _next_notice(emu, 0)
    assert message.text.startswith("Your save was refused") and len(message.text) <= 4096
    assert emu.errors == []


async def test_status_in_the_staff_chat_after_a_refused_save(staff_bot: StaffBot):
    emu = staff_bot.emulator
    edit_file(staff_bot.faq, "  - id: cost", "  - idd: cost")
    await _next_notice(emu, 0)
    (status,) = await replies_to(emu, STAFF, emu.send_text(f"/status@{BOT_USERNAME}", RECEPTIONIST, STAFF, "group"))
    lines = status.text.splitlines()
    assert lines[0].startswith(f"Live: faq.yaml, {len(staff_bot.engine.faq.entries)} entries")
    assert "unknown key 'idd'" in lines[1] and lines[1].startswith("Last refused save: 20")
    assert lines[2] == "Statistics: on, daily counts only, no text"
    assert lines[3].startswith("Up for 0 min (since 20")


@pytest.mark.parametrize(("chat", "chat_type"), [(PATIENT, "private"), (GROUP, "group")])
async def test_status_anywhere_else_is_an_unknown_command_and_reveals_nothing(
    staff_bot: StaffBot, chat: int, chat_type: str
):
    emu = staff_bot.emulator
    (unknown,) = await replies_to(emu, chat, emu.send_text(f"/foo@{BOT_USERNAME}", PATIENT, chat, chat_type))
    (status,) = await replies_to(emu, chat, emu.send_text(f"/status@{BOT_USERNAME}", PATIENT, chat, chat_type))
    assert status.text == unknown.text and _reveals_nothing(status)
    await emu.send_text("/status", PATIENT, chat, chat_type)  # bare: answered in private, ignored in a group
    await nothing_more(emu, chat, 3 if chat_type == "private" else 2)
    assert all(_reveals_nothing(message) for message in emu.sent_to(chat))
    assert emu.sent_to(STAFF) == []


async def test_status_is_in_the_staff_chats_menu_only(staff_bot: StaffBot):
    emu = staff_bot.emulator
    await emu.wait_until(lambda: STAFF in emu.chat_commands)
    assert "status" in [c["command"] for c in emu.chat_commands[STAFF]]
    assert "status" not in [c["command"] for c in emu.bot_settings["commands"]]


async def test_a_staff_chat_that_cannot_be_reached_costs_one_log_line(staff_bot: StaffBot, caplog):
    emu = staff_bot.emulator
    emu.blocked.add(STAFF)  # the bot was removed from the staff group
    with caplog.at_level(logging.WARNING):
        edit_file(staff_bot.faq, "Acupuncture needles are very fine", "Our needles are hair-thin")
        await emu.wait_until(lambda: any("Forbidden" in e for e in emu.errors), timeout=SAVE_SECONDS)
        (answer,) = await replies_to(emu, PATIENT, emu.send_text("does acupuncture hurt"))
    assert "hair-thin" in answer.text
    lines = [r.getMessage() for r in caplog.records if "staff chat" in r.getMessage()]
    assert lines == ["could not tell the staff chat that faq.yaml was live (Forbidden)"]
    emu.blocked.discard(STAFF)
    edit_file(staff_bot.faq, "hair-thin", "very thin")  # the next save is told again
    assert (await _next_notice(emu, 0)).text.startswith("faq.yaml is live")


async def test_a_notice_lost_on_the_way_is_sent_again(
    emulator: Emulator, proxy: FaultProxy, faq_copy: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("STAFF_CHAT_ID", str(STAFF))
    async for bot in _run(emulator, faq_copy, tmp_path, proxy.url):
        proxy.inject("sendMessage", "502", "drop")
        edit_file(bot.faq, "Acupuncture needles are very fine", "Our needles are hair-thin")
        assert (await _next_notice(emulator, 0)).text.startswith("faq.yaml is live")
        assert proxy.count("sendMessage", "502") == 1 and proxy.count("sendMessage", "drop") == 1


async def test_no_staff_chat_configured_sends_nothing_and_logs_no_error(no_staff_bot: StaffBot, caplog):
    emu = no_staff_bot.emulator
    with caplog.at_level(logging.INFO):
        edit_file(no_staff_bot.faq, "Acupuncture needles are very fine", "Our needles are hair-thin")
        deadline = time.monotonic() + SAVE_SECONDS
        while "reloaded" not in caplog.text and time.monotonic() < deadline:
            await nothing_more(emu, STAFF, 0)
    assert "reloaded" in caplog.text and emu.sent == [] and emu.chat_commands == {}
    faq_warnings = ": warning: "  # the frozen fixture lacks some newer required topics
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and faq_warnings not in r.getMessage()]
    (status,) = await replies_to(emu, PATIENT, emu.send_text("/status"))
    assert "don't know that command" in status.text


@pytest.fixture(params=["staff chat set", "no staff chat yet"])
async def either_bot(request, emulator: Emulator, faq_copy: Path, tmp_path: Path, monkeypatch):
    if request.param == "staff chat set":
        monkeypatch.setenv("STAFF_CHAT_ID", str(STAFF))
    else:
        monkeypatch.delenv("STAFF_CHAT_ID", raising=False)
    async for bot in _run(emulator, faq_copy, tmp_path):
        yield bot


async def test_chatid_tells_a_private_chat_or_a_groups_owner_its_id(either_bot: StaffBot):
    emu = either_bot.emulator
    (mine,) = await replies_to(emu, PATIENT, emu.send_text("/chatid"))
    assert mine.text.startswith(f"This chat's id is {PATIENT}.") and f"STAFF_CHAT_ID={PATIENT}" in mine.text
    group = emu.send_text(f"/chatid@{BOT_USERNAME}", PATIENT, GROUP, "group")
    (member,) = await replies_to(emu, GROUP, group)
    assert "don't know that command" in member.text and str(GROUP) not in member.text
    emu.admins.add((GROUP, RECEPTIONIST))
    owner = emu.send_text(f"/chatid@{BOT_USERNAME}", RECEPTIONIST, GROUP, "group")
    (told,) = await replies_to(emu, GROUP, owner)
    assert f"STAFF_CHAT_ID={GROUP} " in told.text


async def test_the_weekly_digest_is_scheduled_for_monday_morning_and_sends_the_report(
    emulator: Emulator, faq_copy: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("STAFF_CHAT_ID", str(STAFF))
    monkeypatch.setenv("STAFF_DIGEST", "weekly")
    async for bot in _run(emulator, faq_copy, tmp_path):
        await replies_to(emulator, PATIENT, emulator.send_text("does acupuncture hurt"))
        assert bot.recorder.flush()
        (job,) = bot.app.job_queue.get_jobs_by_name(DIGEST_JOB)
        assert job.next_t is not None and job.next_t.astimezone(dt.UTC).strftime("%A %H:%M") == "Monday 08:00"
        await job.run(bot.app)  # what the JobQueue does on Monday, now
        messages = await emulator.wait_for_messages(STAFF, 1)
        text = "\n".join(message.text for message in messages)
        assert text.startswith("Weekly report") and "Replies by topic, last 7 days" in text
        assert "answer     does-it-hurt" in text
        assert all(len(message.text) <= 4096 for message in messages)


async def test_no_digest_unless_asked(staff_bot: StaffBot):
    assert staff_bot.app.job_queue.get_jobs_by_name(DIGEST_JOB) == ()
