"""End-to-end throughput through python-telegram-bot, and start-up of the real process."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from bot.engine import Engine
from bot.telegram.app import build_application
from bot.telegram.flood import FloodGuard
from bot.telegram.shared import FLOOD
from tests.support.emulator import Emulator
from tests.support.harness import TOKEN, polling

ROOT = Path(__file__).resolve().parent.parent


def _run_bot(faq_path: str, base_url: str, stop, rate_limit: bool) -> None:
    """The bot in its own process (its own core), flood guard off; the production rate
    limiter (Telegram's 30 messages a second) on or off."""

    async def main() -> None:
        app = build_application(Engine.from_file(faq_path), TOKEN, base_url, rate_limit=rate_limit)
        app.bot_data[FLOOD] = FloodGuard(lambda: 10**9)  # it would (rightly) stop a benchmark
        async with polling(app):
            while not stop.is_set():
                await asyncio.sleep(0.1)

    asyncio.run(main())


# One account sending the costliest messages there are (4,096 characters that NFKC folds to
# four times as many letters), inside the flood limit: other patients must not feel it.
WORST_CASE_TEXT = "\u3389" * 4096
FLOOD_USER = 10**6


async def throughput(
    faq_path: Path, users: int, per_user: int, messages: list[str], flood: int = 0, rate_limit: bool = False
) -> dict:
    """Many users at once through the real Application, which runs in its own process
    against the emulator here; the rate limiter is off so the bot, not Telegram's
    30 messages a second, is measured. With `flood`, one more account sends that many
    worst-case messages at the same time, and only the other patients' latency counts."""
    emulator = Emulator(TOKEN)
    await emulator.start()
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    bot = context.Process(target=_run_bot, args=(str(faq_path), emulator.url, stop, rate_limit), daemon=True)
    bot.start()
    latencies: list[float] = []
    total = users * per_user

    async def patient(user: int) -> None:
        """Asks, waits for the reply, asks again: a closed loop, like a person."""
        for n in range(per_user):
            asked = time.perf_counter()
            await emulator.send_text(messages[(user + n) % len(messages)], user_id=user)
            await emulator.wait_for_messages(user, n + 1, timeout=60)
            latencies.append(time.perf_counter() - asked)

    async def flooder() -> None:
        for _ in range(flood):
            await emulator.send_text(WORST_CASE_TEXT, user_id=FLOOD_USER)
            await asyncio.sleep(0.01)

    try:
        while "getUpdates" not in emulator.calls:
            await asyncio.sleep(0.05)
        started = time.perf_counter()
        await asyncio.gather(flooder(), *(patient(user) for user in range(1, users + 1)))
        elapsed = time.perf_counter() - started
    finally:
        stop.set()
        await asyncio.to_thread(bot.join, 15)
        await emulator.stop()
    latencies.sort()
    return {
        "rate_limiter": "on" if rate_limit else "off",
        "worst_case_flood": flood,
        "users_at_once": users,
        "updates": total,
        "updates_per_s": round(total / elapsed, 1),
        "latency_ms_median": round(latencies[len(latencies) // 2] * 1000, 1),
        "latency_ms_p99": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1),
    }


def _rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return round(int(match.group(1)) / 1024, 1) if match else float("nan")


async def startup(faq_path: Path) -> dict:
    """Seconds from process start to 'is running', and resident memory when idle."""
    emulator = Emulator(TOKEN)
    await emulator.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=emulator.url, FAQ_PATH=str(faq_path),
                   BOT_DB_PATH=f"{tmp}/bench.sqlite3", LOG_LEVEL="INFO")  # fmt: skip
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env,
            stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        ready = None
        try:
            while True:
                line = await asyncio.wait_for(proc.stderr.readline(), 60)
                if not line:
                    break
                if b"is running" in line:
                    ready = time.perf_counter() - started
                    break
            await asyncio.sleep(1.0)
            rss = _rss_mib(proc.pid)
        finally:
            proc.terminate()
            await proc.wait()
            await emulator.stop()
    return {"ready_s": round(ready, 2) if ready else None, "idle_rss_mib": rss}


async def batch_ask(count: int, messages: list[str]) -> dict:
    """`ask --json` over `count` messages in one process, start-up included."""
    payload = "\n".join(messages[i % len(messages)] for i in range(count)) + "\n"
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "ask", "--json", cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await proc.communicate(payload.encode())
    return {"messages": count, "seconds": round(time.perf_counter() - started, 2), "lines": out.count(b"\n")}
