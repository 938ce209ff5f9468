"""The staff chat's weekly digest: `python -m bot report --since 7` as the staff would read it.

Read-only and off the event loop (the caller runs it in a thread): it opens the statistics
file as `report` does, so a missing or unreadable file is a one-line digest, never an error.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from bot.clinic import report
from bot.clinic.stats import Stats
from bot.understanding.matcher import Index

log = logging.getLogger(__name__)

DIGEST_DAYS = 7  # weekly: each digest covers the days since the last one
HEADER = "Weekly report (what `python -m bot report --since 7` prints):"


def weekly(db_path: Path, index: Index | None) -> str:
    """The digest's text: the report of the last DIGEST_DAYS days, or why there is none."""
    try:
        store = Stats.open_existing(db_path)
        if store is None:
            return f"Weekly report: no statistics yet at {db_path.name} (the bot creates them as patients ask)."
        with store:
            data = report.build(store, index, since_days=DIGEST_DAYS)
    except (OSError, sqlite3.Error) as error:
        log.warning("weekly report: cannot read %s (%s)", db_path, type(error).__name__)
        return f"Weekly report: the statistics at {db_path.name} cannot be read just now ({type(error).__name__})."
    return f"{HEADER}\n\n{report.to_text(data)}"
