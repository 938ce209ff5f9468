"""Live reload: notice a saved faq.yaml and swap it in, or keep the last good one."""

from __future__ import annotations

import asyncio
import logging
import os
import threading

from bot.engine import Engine
from bot.faq import FaqError

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0


class FaqWatcher:
    """Polls the file's size and modification time; stdlib only, works on any volume mount."""

    def __init__(self, engine: Engine, interval: float = POLL_SECONDS):
        self.engine = engine
        self.interval = interval
        self._seen = self._signature()
        self._requested = threading.Event()

    def _signature(self) -> tuple[int, int, int] | None:
        if self.engine.path is None:
            return None
        try:
            st = os.stat(self.engine.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def request(self) -> None:
        """Reload at the next poll whatever the file's time says (SIGHUP)."""
        self._requested.set()

    def poll(self) -> bool:
        """Reload if the file changed or a reload was requested; True when a new FAQ went live."""
        signature = self._signature()
        if signature == self._seen and not self._requested.is_set():
            return False
        self._requested.clear()
        if signature is None:
            log.error("%s: cannot read the file; still serving the last good version", self.engine.path)
            self._seen = signature
            return False
        self._seen = signature
        try:
            problems = self.engine.reload()
        except FaqError as error:
            for problem in error.problems:
                log.error("%s", problem.format(error.path))
            log.error("%s has mistakes; still serving the last good version", error.path)
            return False
        for problem in problems:
            log.warning("%s", problem.format(str(self.engine.path)))
        log.info("reloaded %s: %d entries", self.engine.path, len(self.engine.faq.entries))
        return True

    async def run(self) -> None:
        while True:
            await asyncio.to_thread(self.poll)
            await asyncio.sleep(self.interval)

    def start_thread(self) -> threading.Thread:
        """For the console chat, which has no event loop."""

        def loop() -> None:
            while True:
                self.poll()
                self._requested.wait(self.interval)

        thread = threading.Thread(target=loop, name="faq-watcher", daemon=True)
        thread.start()
        return thread
