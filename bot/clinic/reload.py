"""Live reload: notice a saved faq.yaml and swap it in, or keep the last good one.

A save goes live only once the file has stopped changing (the same size and time on
two polls in a row), so a half-written file is never taken; a file that drops required
topics or most entries is refused as a likely accident; and no error, whatever the
file holds, can stop the watcher: it is logged in one line and the next save is tried.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from bot.clinic import last_good, saves
from bot.engine import Engine
from bot.faq import REQUIRED_IDS, Faq, FaqError, read_faq

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
# A save keeping fewer than this share of the live entries is far likelier a truncated or
# wrong file than an edit; a restart takes it if it is really meant.
MIN_KEPT_SHARE = 0.5

Signature = tuple[int, int, int] | None


def shrinks(live: Faq, new: Faq) -> str | None:
    """Why `new` looks like an accident next to `live`, or None."""
    lost = [rid for rid in REQUIRED_IDS if live.entry(rid) is not None and new.entry(rid) is None]
    if lost:
        return f"it has no entry for the required topic{'s' * (len(lost) > 1)} {', '.join(lost)}"
    if len(new.entries) < MIN_KEPT_SHARE * len(live.entries):
        return (
            f"it has {len(new.entries)} entries where the live version has {len(live.entries)}; "
            "restart the bot if that is meant"
        )
    return None


class FaqWatcher:
    """Polls the file's size and modification time; stdlib only, works on any volume mount."""

    def __init__(
        self, engine: Engine, interval: float = POLL_SECONDS, on_save: Callable[[saves.Save], None] | None = None
    ):
        self.engine = engine
        self.interval = interval
        self.on_save = on_save  # told of each save that went live or was refused (the staff chat)
        self._seen = self._signature()
        self._pending: Signature = None  # a change seen on the last poll, waiting to settle
        self._requested = threading.Event()

    def _signature(self) -> Signature:
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
        """Reload if the file changed and settled, or a reload was requested; True when a new FAQ went live."""
        try:
            return self._poll()
        except Exception as error:  # the watcher must outlive anything a file can do
            log.error("reloading %s failed (%s: %s); still serving the last good version",
                      self.engine.path, type(error).__name__, error)  # fmt: skip
            self._refuse(f"reloading failed ({type(error).__name__})")
            return False

    def _tell(self, save: saves.Save) -> None:
        if self.on_save is None:
            return
        try:
            self.on_save(save)
        except Exception as error:  # telling staff is best effort; the reload has happened either way
            log.warning("could not pass on the save of %s (%s)", self.engine.path, type(error).__name__)

    def _refuse(self, why: str) -> None:
        path = self.engine.path or Path("faq.yaml")
        self._tell(saves.refused(path, [f"{path.name}: {why}"]))

    def _poll(self) -> bool:
        signature = self._signature()
        if not self._requested.is_set():
            if signature == self._seen:
                self._pending = None
                return False
            if signature != self._pending:  # still changing (or just changed): look again next poll
                self._pending = signature
                return False
        self._requested.clear()
        self._seen, self._pending = signature, None
        path = self.engine.path
        if signature is None or path is None:
            log.error("%s: cannot read the file; still serving the last good version", path)
            self._refuse("cannot read the file (was it moved, renamed or deleted?)")
            return False
        try:
            faq, problems, text = read_faq(path)
        except FaqError as error:
            for problem in error.problems:
                log.error("%s", problem.format(error.path))
            log.error("%s has mistakes; still serving the last good version", error.path)
            self._tell(saves.refused_faq(error))
            return False
        if self._signature() != signature:  # written to while we read: the next polls take it
            return False
        reason = shrinks(self.engine.faq, faq)
        if reason:
            log.error("%s was refused: %s; still serving the last good version", path, reason)
            self._refuse(reason)
            return False
        self.engine.swap(faq)
        last_good.keep(self.engine.last_good, text)
        for problem in problems:
            log.warning("%s", problem.format(str(path)))
        log.info("reloaded %s: %d entries", path, len(faq.entries))
        self._tell(saves.went_live(path, text, len(faq.entries), problems))
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
