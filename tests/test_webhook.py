"""Webhook mode against strangers, with the real process: a request without the secret is
refused on its headers (its body never buffered), Telegram's own requests get the body limit,
and a crowd of idle connections can neither exhaust file descriptors nor keep a patient out."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from pathlib import Path

import pytest

from bot.telegram.webhook import FD_RESERVE, SECRET_HEADER
from tests.support.emulator import Emulator
from tests.support.process import WEBHOOK_SECRET, BotProcess, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.process]

MIB = 1024 * 1024


def update_json(update_id: int, chat_id: int, text: str = "does acupuncture hurt") -> bytes:
    sender = {"id": chat_id, "is_bot": False, "first_name": "P"}
    message = {"message_id": update_id, "date": int(time.time()), "chat": {"id": chat_id, "type": "private"}}
    return json.dumps({"update_id": update_id, "message": {**message, "from": sender, "text": text}}).encode()


def head(secret: str, length: int) -> bytes:
    return (
        f"POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n{SECRET_HEADER}: {secret}\r\n\r\n"
    ).encode()


async def post(port: int, secret: str, body: bytes) -> bytes:
    """One request on its own connection; the raw status line, or b"" if the connection was cut."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head(secret, len(body)) + body)
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), 10)
    except ConnectionError:
        return b""
    finally:
        writer.close()


async def webhook_bot(emulator: Emulator, faq: Path, tmp: Path, **options) -> tuple[BotProcess, int]:
    port = free_port()
    args = ("run", "--webhook-url", f"http://127.0.0.1:{port}", "--port", str(port))
    bot = await BotProcess(faq, tmp, emulator.url, *args, level="INFO", **options).start()
    await bot.wait_log("is running")
    return bot, port


async def test_a_stranger_is_refused_on_the_secret_alone_and_their_body_never_buffered(
    emulator: Emulator, faq_copy: Path, tmp_path: Path
):
    bot, port = await webhook_bot(emulator, faq_copy, tmp_path)
    strangers: list[asyncio.StreamWriter] = []
    try:
        assert await post(port, WEBHOOK_SECRET, update_json(1, 71)) == b"HTTP/1.1 200 OK\r\n"
        await emulator.wait_for_messages(71, 1)
        before = bot.rss_kib()
        for _ in range(40):  # 40 bodies just under the limit, all but their last bytes sent, held open
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            strangers.append(writer)
            with contextlib.suppress(ConnectionError, TimeoutError):
                writer.write(head("wrong", MIB - 1))
                for _ in range(15):
                    writer.write(b" " * 64 * 1024)
                    await asyncio.wait_for(writer.drain(), 2)
        await asyncio.sleep(0.5)
        grown_mib = (bot.rss_kib() - before) / 1024
        # the one with the secret may still send a body over the limit: refused on its length
        oversized = await post(port, WEBHOOK_SECRET, b" " * (2 * MIB))
        assert await post(port, WEBHOOK_SECRET, update_json(2, 72)) == b"HTTP/1.1 200 OK\r\n"
        (answer,) = await emulator.wait_for_messages(72, 1)
    finally:
        for writer in strangers:
            writer.close()
        assert await bot.stop() == 0
    assert grown_mib < 8  # 37 MiB of bodies sent; buffered, they cost ~40 MiB (48.5 MiB measured before the gate)
    assert oversized in (b"HTTP/1.1 400 Bad Request\r\n", b"")
    assert answer.text.startswith("Does acupuncture hurt?")
    log = bot.output()
    assert "webhook: requests without the right secret refused: 1 (logged at most once a minute)" in log
    assert "Traceback" not in log


async def test_a_crowd_of_idle_connections_neither_exhausts_files_nor_keeps_a_patient_out(
    emulator: Emulator, faq_copy: Path, tmp_path: Path
):
    open_files = 256  # a small container's limit; the crowd below is larger than all of it
    bot, port = await webhook_bot(emulator, faq_copy, tmp_path, open_files=open_files)
    crowd: list[asyncio.StreamWriter] = []
    try:
        for _ in range(2 * open_files):
            with contextlib.suppress(ConnectionError):
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                crowd.append(writer)
        await asyncio.sleep(0.5)
        started = time.monotonic()
        assert await post(port, WEBHOOK_SECRET, update_json(3, 73)) == b"HTTP/1.1 200 OK\r\n"
        (answer,) = await emulator.wait_for_messages(73, 1)
        answered_in = time.monotonic() - started
    finally:
        for writer in crowd:
            writer.close()
        assert await bot.stop() == 0
    assert answer.text.startswith("Does acupuncture hurt?")
    assert answered_in < 10  # at once, not after the crowd's 30 s idle timeout
    log = bot.output()
    bound = open_files - FD_RESERVE
    assert f"webhook: connections over the limit of {bound} closed: 1 (logged at most once a minute)" in log
    assert log.count("connections over the limit") == 1  # one line, not one per connection
    assert "Traceback" not in log and "Too many open files" not in log


async def test_a_body_trickling_in_is_cut_off_and_patients_are_answered_meanwhile(
    emulator: Emulator, faq_copy: Path, tmp_path: Path
):
    bot, port = await webhook_bot(emulator, faq_copy, tmp_path)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        started = time.monotonic()
        writer.write(head(WEBHOOK_SECRET, 1000))
        assert await post(port, WEBHOOK_SECRET, update_json(4, 74)) == b"HTTP/1.1 200 OK\r\n"
        with contextlib.suppress(ConnectionError):
            while time.monotonic() - started < 20:  # one byte every 2 s: a minute or more without the cut
                writer.write(b" ")
                await writer.drain()
                try:
                    await asyncio.wait_for(reader.read(), 2)  # returns when the server closes
                    break
                except TimeoutError:
                    continue
        cut_after = time.monotonic() - started
        writer.close()
        (answer,) = await emulator.wait_for_messages(74, 1)
    finally:
        assert await bot.stop() == 0
    assert 9 < cut_after < 15 and answer.text.startswith("Does acupuncture hurt?")
    assert "Traceback" not in bot.output()
