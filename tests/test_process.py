"""The real `python -m bot` process against the emulator: start-up, reload, statistics,
webhook secret, logs and shutdown, as a clinic would run it."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import FIXTURE_PATH, ROOT
from tests.support.edit import edit_file
from tests.support.emulator import Emulator
from tests.support.harness import TOKEN
from tests.support.process import BotProcess, free_port

pytestmark = pytest.mark.e2e


def with_recording(faq: Path) -> None:
    edit_file(faq, "record_unanswered: false", "record_unanswered: true")


async def test_process_answers_reloads_records_and_stops_cleanly(emulator: Emulator, faq_copy: Path, tmp_path: Path):
    with_recording(faq_copy)
    bot = await BotProcess(faq_copy, tmp_path, emulator.url).start()
    try:
        await bot.wait_log("is running")
        await emulator.send_text("/start")
        (welcome,) = await emulator.wait_for_messages(1001, 1, timeout=15)
        assert "Welcome" in welcome.text
        await emulator.press(welcome, welcome.buttons()[0]["callback_data"])
        (_, menu) = await emulator.wait_for_messages(1001, 2)  # a new menu: the welcome keeps its disclaimer
        assert menu.buttons() and welcome.edited == 0

        # live reload: a saved edit is served within a few seconds
        await emulator.send_text("does acupuncture hurt")
        answer = (await emulator.wait_for_messages(1001, 3))[-1]
        assert "very fine" in answer.text
        edit_file(faq_copy, "Acupuncture needles are very fine", "Our needles are hair-thin")
        deadline = time.monotonic() + 8
        while True:
            await emulator.send_text("does acupuncture hurt")
            count = len(emulator.sent_to(1001)) + 1
            latest = (await emulator.wait_for_messages(1001, count))[-1]
            if "hair-thin" in latest.text or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        assert "hair-thin" in latest.text

        # a broken save is refused: old answers still served, the problem logged
        edit_file(faq_copy, "  - id: cost", "  - idd: cost")
        await bot.wait_log("unknown key 'idd'")
        await bot.wait_log("still serving the last good version")
        await emulator.send_text("does acupuncture hurt")
        latest = (await emulator.wait_for_messages(1001, len(emulator.sent_to(1001)) + 1))[-1]
        assert "hair-thin" in latest.text

        # unanswered questions, with contact details that must be redacted
        for question in [
            "is there parking at the clinic",
            "is there parking nearby",
            "can i park outside, call me on 07700 900123",
            "do you treat migraines",
        ]:
            await emulator.send_text(question, user_id=4242)
        await emulator.wait_for_messages(4242, 4)
    finally:
        code = await bot.stop()
    assert code == 0
    log = bot.output()
    assert "stopped" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    # patient text never at INFO or above
    for line in log.splitlines():
        if " DEBUG " not in line:
            assert "parking" not in line and "acupuncture hurt" not in line, line

    raw = bot.db.read_bytes() + b"".join(p.read_bytes() for p in bot.db.parent.glob("*-wal"))
    for identifier in (b"4242", b"1001", b"Patient", b"07700"):
        assert identifier not in raw
    rows = sqlite3.connect(bot.db).execute("SELECT text FROM unanswered").fetchall()
    assert ("can i park outside, call me on [number]",) in rows

    report = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--faq", str(FIXTURE_PATH), "--db", str(bot.db), "report", "--since", "7",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await report.communicate()
    text = out.decode()
    assert report.returncode == 0, err
    first_group = text.split("Unanswered questions")[1].split("\n  ")[1]
    assert first_group.startswith("3 x")
    assert "is there parking at the clinic" in text and "migraines" in text
    assert "does-it-hurt" in text  # the most asked topics


async def test_wrong_token_exits_at_once(faq_copy: Path, tmp_path: Path):
    emu = Emulator("other:token")
    await emu.start()
    try:
        bot = await BotProcess(faq_copy, tmp_path, emu.url).start()
        code = await asyncio.wait_for(bot.proc.wait(), 20)
    finally:
        await emu.stop()
    assert code == 1
    assert (
        "Telegram refused the bot token (401 or 404): check TELEGRAM_BOT_TOKEN, "
        f"and that TELEGRAM_BASE_URL ({emu.url}) is a Bot API server"
    ) in bot.output()
    assert "Traceback" not in bot.output() and TOKEN not in bot.output()


async def test_unreachable_api_at_start_is_retried(faq_copy: Path, tmp_path: Path):
    port = free_port()
    bot = await BotProcess(faq_copy, tmp_path, f"http://127.0.0.1:{port}/bot").start()
    emu = Emulator(TOKEN)
    try:
        await bot.wait_log("Telegram API not reachable (getMe, attempt 2", timeout=20)
        assert bot.proc.returncode is None
        await emu.start(port=port)
        await bot.wait_log("is running", timeout=20)
        await emu.send_text("hello")
        (reply,) = await emu.wait_for_messages(1001, 1, timeout=15)
        assert reply.text.startswith("Hello")
    finally:
        code = await bot.stop()
        await emu.stop()
    assert code == 0
    assert bot.output().count("Telegram API not reachable") >= 2
    assert TOKEN not in bot.output() and "Traceback" not in bot.output()


async def test_webhook_requires_secret_token(emulator: Emulator, faq_copy: Path, tmp_path: Path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    bot = await BotProcess(faq_copy, tmp_path, emulator.url, "run", "--webhook-url", url, "--listen", "127.0.0.1",
                           "--port", str(port)).start()  # fmt: skip
    try:
        await bot.wait_log("is running")
        assert emulator.webhook["url"] == f"{url}/telegram"
        assert emulator.webhook["secret_token"] == "webhook-secret-123"
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": 77, "type": "private", "first_name": "P"},
                "from": {"id": 77, "is_bot": False, "first_name": "P"},
                "text": "does acupuncture hurt",
            },
        }
        async with aiohttp.ClientSession() as session:

            async def post(secret: str | None) -> int:
                headers = {"Content-Type": "application/json"}
                if secret is not None:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = secret
                async with session.post(f"{url}/telegram", data=json.dumps(update), headers=headers) as response:
                    return response.status

            assert await post(None) == 403
            assert await post("wrong") == 403
            await asyncio.sleep(0.3)
            assert emulator.sent_to(77) == []
            assert await post("webhook-secret-123") == 200
            (answer,) = await emulator.wait_for_messages(77, 1)
            assert await post("webhook-secret-123") == 200  # Telegram replays an update it thinks was lost
            await asyncio.sleep(0.5)
        assert answer.text.startswith("Does acupuncture hurt?")
        assert len(emulator.sent_to(77)) == 1  # the replay is answered once
    finally:
        assert await bot.stop() == 0


async def test_health_follows_the_heartbeat(emulator: Emulator, faq_copy: Path, tmp_path: Path):
    def health() -> int:
        import subprocess

        return subprocess.run(
            [sys.executable, "-m", "bot", "--db", str(tmp_path / "data" / "stats.sqlite3"), "health"],
            cwd=ROOT, capture_output=True, timeout=30,
        ).returncode  # fmt: skip

    assert health() == 1  # not running yet
    bot = await BotProcess(faq_copy, tmp_path, emulator.url).start()
    try:
        await bot.wait_log("is running")
        await asyncio.sleep(0.3)
        assert await asyncio.to_thread(health) == 0
    finally:
        assert await bot.stop() == 0
    assert await asyncio.to_thread(health) == 1  # cleared at exit: a stopped bot is never "healthy"


async def test_sigterm_while_answering_delivers_then_exits(emulator: Emulator, faq_copy: Path, tmp_path: Path):
    from tests.support.fault_proxy import FaultProxy

    proxy = FaultProxy(emulator.url.removesuffix("/bot"), delay={"sendmessage": 1.5})
    await proxy.start()
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    try:
        await bot.wait_log("is running")
        await emulator.send_text("does acupuncture hurt")
        deadline = time.monotonic() + 10
        while proxy.in_flight["sendmessage"] == 0:
            assert time.monotonic() < deadline, "the reply never started"
            await asyncio.sleep(0.01)
        started = time.monotonic()
        code = await bot.stop(timeout=10)
        assert time.monotonic() - started < 8
    finally:
        await proxy.stop()
    assert code == 0
    (reply,) = emulator.sent_to(1001)
    assert reply.text.startswith("Does acupuncture hurt?")
