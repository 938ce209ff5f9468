"""The real `python -m bot` process for tests: started with the suite's token against a
Bot API URL (the emulator or the fault proxy), its log captured to a file."""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import socket
import sys
import time
from pathlib import Path

from tests.support.harness import TOKEN

ROOT = Path(__file__).resolve().parent.parent.parent
WEBHOOK_SECRET = "webhook-secret-123"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BotProcess:
    def __init__(
        self,
        faq: Path,
        tmp: Path,
        base_url: str,
        *args: str,
        token: str = TOKEN,
        level: str = "DEBUG",
        env: dict[str, str] | None = None,
        open_files: int | None = None,
    ):
        self.log_path = tmp / "bot.log"
        self.db = tmp / "data" / "stats.sqlite3"
        self.args = args
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
        self.env.update(
            TELEGRAM_BOT_TOKEN=token,
            TELEGRAM_BASE_URL=base_url,
            FAQ_PATH=str(faq),
            BOT_DB_PATH=str(self.db),
            LOG_LEVEL=level,
            WEBHOOK_SECRET=WEBHOOK_SECRET,
        )
        self.env.update(env or {})
        self.open_files = open_files  # a lowered RLIMIT_NOFILE for the process, as a small container has
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> BotProcess:
        self.log = self.log_path.open("ab")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *self.args, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log,
            preexec_fn=self._limit if self.open_files else None,
        )  # fmt: skip
        return self

    def _limit(self) -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (self.open_files, hard))

    def rss_kib(self) -> int:
        """The process's resident memory now, from /proc."""
        assert self.proc is not None
        status = Path(f"/proc/{self.proc.pid}/status").read_text(encoding="utf-8")
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def wait_log(self, needle: str, timeout: float = 15.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while self.output().count(needle) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} not logged:\n{self.output()[-3000:]}")
            await asyncio.sleep(0.05)

    async def answers_and_stops(self, emulator) -> None:
        """Once running, a patient's question gets its answer; then a clean stop (exit 0)."""
        try:
            await self.wait_log("is running")
            await emulator.send_text("does acupuncture hurt")
            (answer,) = await emulator.wait_for_messages(1001, 1, timeout=15)
            assert answer.text.startswith("Does acupuncture hurt?")
        finally:
            assert await self.stop() == 0

    async def stop(self, timeout: float = 10.0, sig: int = signal.SIGTERM) -> int:
        """Send `sig` (if still running) and wait for the exit code."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        finally:
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()
            self.log.close()
