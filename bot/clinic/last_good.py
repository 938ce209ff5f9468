"""The last FAQ that went live, kept on disk beside the statistics.

Written atomically each time a version goes live; read only when the bot starts and
faq.yaml cannot be used, so a deploy, reboot or crash with a broken file serves the
last good answers (loudly logged) instead of exiting and crash-looping under Docker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

from bot.clinic import saves
from bot.engine import Engine, Recorder
from bot.faq import FaqError, read_faq

log = logging.getLogger(__name__)

FILENAME = "faq.last-good.yaml"


def beside(db_path: Path) -> Path:
    """Where the last good FAQ lives: the statistics folder, the one volume Docker keeps."""
    return Path(db_path).parent / FILENAME


def save(path: Path, text: str) -> None:
    """Write atomically: a temporary file in the same folder, synced, then renamed over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".faq-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def keep(path: Path | None, text: str) -> None:
    """`save`, logging one line instead of raising: a failed backup must never stop a version going live."""
    if path is None:
        return
    try:
        save(path, text)
    except OSError as error:
        log.warning("could not keep a copy of the live FAQ at %s (%s)", path, error.strerror or error)


def start_engine(faq_path: Path, db_path: Path, recorder: Recorder | None = None) -> Engine:
    """The engine over faq.yaml, or over the last good copy (loudly) when faq.yaml cannot be used.

    Raises the FaqError of faq.yaml when there is no usable copy either."""
    return start(faq_path, db_path, recorder)[0]


def start(faq_path: Path, db_path: Path, recorder: Recorder | None = None) -> tuple[Engine, saves.SaveLog]:
    """`start_engine`, and the state it starts in for the staff chat, from the one read of each file."""
    backup = beside(db_path)
    try:
        faq, warnings, text = read_faq(faq_path)
    except FaqError as error:
        try:
            faq, _, text = read_faq(backup)
        except FaqError:
            raise error from None
        for problem in error.problems:
            log.error("%s", problem.format(error.path))
        saved = dt.datetime.fromtimestamp(backup.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        log.critical(
            "%s cannot be used: SERVING THE LAST GOOD VERSION from %s (live since %s); "
            "fix the file and it goes live within seconds",
            faq_path, backup, saved,
        )  # fmt: skip
        broken = saves.refused_faq(error, at_start=True)
        record = saves.SaveLog(saves.went_live(backup, text, len(faq.entries), at=broken.at), broken)
    else:
        keep(backup, text)
        record = saves.SaveLog(saves.went_live(faq_path, text, len(faq.entries), warnings))
    engine = Engine(faq, Path(faq_path), recorder)
    engine.last_good = backup
    return engine, record
