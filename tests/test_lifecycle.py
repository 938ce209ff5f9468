"""The process lifecycle on python-telegram-bot's run_polling/run_webhook, as an operator sees
it: signals honoured at every stage, start-up steps that survive Telegram's faults, one line
per failure, a heartbeat that means something, and webhook mode that cannot lock itself out."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest

from bot.clinic import health
from bot.telegram.run import derived_secret
from tests.support.harness import TOKEN
from tests.support.process import ROOT, BotProcess, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.process]


def health_code(db: Path) -> int:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "health"], cwd=ROOT, capture_output=True, timeout=30
    ).returncode


def listening_on(port: int) -> set[str]:
    """The IPv4 addresses a socket listens on at `port`, from the kernel's own table."""
    found = set()
    for line in Path("/proc/net/tcp").read_text(encoding="ascii").splitlines()[1:]:
        local, _, state = line.split()[1:4]
        address, _, hex_port = local.partition(":")
        if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
            found.add(socket.inet_ntoa(struct.pack("=I", int(address, 16))))  # stored in host byte order
    return found


def no_traceback_and_no_token(log: str) -> None:
    assert "Traceback" not in log
    assert TOKEN not in log and quote(TOKEN, safe="") not in log and TOKEN.split(":")[1] not in log


async def test_sigterm_while_telegram_is_unreachable_exits_at_once_and_a_stale_heartbeat_is_cleared(
    faq_copy: Path, tmp_path: Path
):
    bot = BotProcess(faq_copy, tmp_path, f"http://127.0.0.1:{free_port()}/bot", level="INFO")
    heartbeat = health.heartbeat_path(bot.db)
    health.beat(heartbeat)  # left fresh by the previous container
    await bot.start()
    await bot.wait_log("Telegram API not reachable (getMe, attempt 1")
    assert await asyncio.to_thread(health_code, bot.db) == 1  # not answering anyone: not healthy
    started = time.monotonic()
    code = await bot.stop(timeout=5)
    assert code == 0 and time.monotonic() - started < 3
    no_traceback_and_no_token(bot.output())


async def test_transient_faults_on_every_start_up_step_never_stop_the_bot(emulator, proxy, faq_copy, tmp_path):
    proxy.inject("getMe", "502", "drop")
    proxy.inject("deleteWebhook", "502", "500")
    proxy.inject("setMyCommands", "500")
    proxy.inject("setMyDescription", "500", "drop")
    proxy.inject("setMyShortDescription", "502")
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    try:
        await bot.wait_log("is running", timeout=30)
        await emulator.send_text("does acupuncture hurt")
        (reply,) = await emulator.wait_for_messages(1001, 1, timeout=15)
        deadline = time.monotonic() + 15
        while len(emulator.bot_settings) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
    finally:
        code = await bot.stop()
    assert code == 0 and reply.text.startswith("Does acupuncture hurt?")
    assert set(emulator.bot_settings) == {"commands", "description", "short_description"}
    log = bot.output()
    assert "Telegram API not reachable (deleteWebhook, attempt 2: HTTP 500); retrying" in log
    assert "Telegram API not reachable (getMe, attempt 1: HTTP 502); retrying" in log
    no_traceback_and_no_token(log)


async def test_sighup_at_any_moment_is_a_reload_request_never_a_kill(emulator, faq_copy, tmp_path):
    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    try:
        for _ in range(4):  # from the first moments of start-up, before and after the loop runs
            await asyncio.sleep(0.15)
            bot.proc.send_signal(signal.SIGHUP)
        await bot.wait_log("is running")
        bot.proc.send_signal(signal.SIGHUP)
        await bot.wait_log("reloaded")
        assert bot.proc.returncode is None
    finally:
        assert await bot.stop() == 0


async def test_an_update_the_library_cannot_read_is_skipped_by_its_id(emulator, faq_copy, tmp_path):
    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    try:
        await bot.wait_log("is running")
        calls_before = emulator.calls.count("getUpdates")
        # the shape an older Bot API server sends: no persistent_id
        poll = {"id": "p1", "question": "my private question", "options": [{"text": "yes", "voter_count": 0}]}
        poll.update(total_voter_count=0, is_closed=False, is_anonymous=True, type="regular")
        odd = await emulator.push({"poll": {**poll, "allows_multiple_answers": False}})
        await emulator.send_text("does acupuncture hurt")
        (reply,) = await emulator.wait_for_messages(1001, 1)
        await asyncio.sleep(1.0)
        polls = emulator.calls.count("getUpdates") - calls_before
    finally:
        assert await bot.stop() == 0
    assert reply.text.startswith("Does acupuncture hurt?")
    assert polls < 10  # moved past it: no spin loop
    log = bot.output()
    assert f"skipped update {odd['update_id']}: python-telegram-bot cannot read it (TypeError)" in log
    assert "my private question" not in log and "Patient1001" not in log
    no_traceback_and_no_token(log)


async def test_polling_conflict_and_outage_are_one_line_each_without_the_token(emulator, proxy, faq_copy, tmp_path):
    bot = await BotProcess(faq_copy, tmp_path, proxy.url, level="INFO").start()
    try:
        await bot.wait_log("is running")
        proxy.inject("getUpdates", "409", "echo-path", "409")
        await emulator.send_text("does acupuncture hurt")
        await emulator.wait_for_messages(1001, 1, timeout=20)
        await bot.wait_log("polling for updates failed (Conflict", count=2)
    finally:
        assert await bot.stop() == 0
    log = bot.output()
    assert "polling for updates failed (NetworkError: Bad Gateway: upstream failed for /bot[token]/getUpdates)" in log
    no_traceback_and_no_token(log)


async def test_webhook_secret_is_stable_and_a_port_in_use_fails_before_telling_telegram(emulator, faq_copy, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = ("run", "--webhook-url", url, "--port", str(port))  # default --listen: 127.0.0.1
    first = await BotProcess(faq_copy, tmp_path, emulator.url, *args, env={"WEBHOOK_SECRET": ""}).start()
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    try:
        await first.wait_log("is running")
        secret = emulator.webhook["secret_token"]
        assert secret == derived_secret(TOKEN) and TOKEN.split(":")[1] not in secret
        set_webhooks = emulator.calls.count("setWebhook")
        second = await BotProcess(faq_copy, second_dir, emulator.url, *args, env={"WEBHOOK_SECRET": ""}).start()
        assert await asyncio.wait_for(second.proc.wait(), 20) == 1
        assert f"cannot listen on 127.0.0.1:{port} for the webhook" in second.output()
        assert emulator.calls.count("setWebhook") == set_webhooks  # Telegram was never told
        message = {"message_id": 1, "date": int(time.time()), "text": "does it hurt"}
        message["chat"] = {"id": 78, "type": "private"}
        update = {"update_id": 5, "message": {**message, "from": {"id": 78, "is_bot": False, "first_name": "P"}}}
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
        async with aiohttp.ClientSession() as session:
            huge = {"update_id": 6, "message": {**update["message"], "chat": {"id": 79, "type": "private"}}}
            huge["message"]["text"] = "does it hurt " * 250_000  # 3 MB: no update is a thousandth of that
            try:  # refused before it is buffered, even with the right secret
                async with session.post(f"{url}/telegram", data=json.dumps(huge), headers=headers) as response:
                    assert response.status >= 400
            except aiohttp.ClientError:
                pass  # or the connection is closed on it
            async with session.post(f"{url}/telegram", data=json.dumps(update), headers=headers) as response:
                assert response.status == 200  # the running instance still holds the secret Telegram has
        await emulator.wait_for_messages(78, 1)
        assert emulator.sent_to(79) == []
        assert listening_on(port) == {"127.0.0.1"}  # the default --listen: loopback only
    finally:
        assert await first.stop() == 0
    no_traceback_and_no_token(first.output() + second.output())


async def test_a_base_url_that_can_never_work_exits_2_at_once_with_one_line(faq_copy: Path, tmp_path: Path):
    bot = await BotProcess(faq_copy, tmp_path, "ftp://api.telegram.org/bot", level="INFO").start()
    started = time.monotonic()
    assert await asyncio.wait_for(bot.proc.wait(), 20) == 2
    assert time.monotonic() - started < 10  # no start-up retries: it returns before loading anything
    bot.log.close()
    assert bot.output().splitlines() == [
        "error: TELEGRAM_BASE_URL='ftp://api.telegram.org/bot' should start with http:// or https://, not ftp://,"
        " such as https://api.telegram.org/bot"
    ]


async def test_start_up_names_a_host_that_cannot_be_resolved_and_still_stops_at_once(faq_copy: Path, tmp_path: Path):
    bot = await BotProcess(faq_copy, tmp_path, "http://name.invalid/bot", level="INFO").start()
    await bot.wait_log("Telegram API not reachable (getMe, attempt 2: cannot resolve host name.invalid); retrying")
    assert await bot.stop(timeout=5) == 0
    no_traceback_and_no_token(bot.output())


async def test_an_outage_while_polling_names_the_refused_address_and_polling_recovers(emulator, faq_copy, tmp_path):
    bot = await BotProcess(faq_copy, tmp_path, emulator.url, level="INFO").start()
    try:
        await bot.wait_log("is running")
        await emulator.stop()  # the Bot API server goes away: connections to its port are refused
        await bot.wait_log(f"polling for updates failed (127.0.0.1:{emulator.port} refused the connection); retrying")
        await emulator.start(port=emulator.port)
        await emulator.send_text("does acupuncture hurt")
        (answer,) = await emulator.wait_for_messages(1001, 1, timeout=20)
    finally:
        assert await bot.stop() == 0
    assert answer.text.startswith("Does acupuncture hurt?")
    no_traceback_and_no_token(bot.output())
