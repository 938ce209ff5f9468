"""What staff need to know about saves of faq.yaml, without a shell: the version that is live,
the last save that was refused and why, and the notice each save deserves.

Plain text and no Telegram: the staff chat (bot.telegram.staff) escapes and sends it. The
reload watcher records each save here from its own thread, so the state is behind a lock
and every listener is called inside a guard: a failing notice never stops a reload.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from bot.faq import FaqError, Problem

log = logging.getLogger(__name__)

# The first mistake usually explains the rest, and a phone shows about this many lines at once.
MAX_PROBLEMS_SHOWN = 5
# Enough of the SHA-256 to tell two versions apart at a glance (as git shows commits).
VERSION_CHARS = 12
TIME_FORMAT = "%Y-%m-%d %H:%M UTC"

Moment = dt.datetime | None  # None: now


class SaveKind(Enum):
    LIVE = "live"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Save:
    """One save of faq.yaml as the watcher saw it: live, or refused with its problems."""

    kind: SaveKind
    file: str  # the file's name, as staff know it ("faq.yaml")
    at: dt.datetime
    entries: int = 0
    problems: tuple[str, ...] = ()  # "faq.yaml:12: …", in file order; warnings for a live save
    version: str = ""  # the start of the SHA-256 of the text that went live
    at_start: bool = False  # found when the bot started, not by the watcher


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def problem_lines(path: str | Path, problems: Sequence[Problem]) -> tuple[str, ...]:
    """Problems as `check` prints them, named by the file's name only (staff never see the folder)."""
    return tuple(problem.format(Path(path).name) for problem in problems)


def went_live(path: str | Path, text: str, entries: int, warnings: Sequence[Problem] = (), at: Moment = None) -> Save:
    version = hashlib.sha256(text.encode("utf-8")).hexdigest()[:VERSION_CHARS]
    return Save(SaveKind.LIVE, Path(path).name, at or _now(), entries, problem_lines(path, warnings), version)


def refused(path: str | Path, problems: Sequence[str], at: Moment = None, *, at_start: bool = False) -> Save:
    """A refused save; `problems` are whole lines ("faq.yaml:12: …" or "faq.yaml: why")."""
    return Save(SaveKind.REFUSED, Path(path).name, at or _now(), problems=tuple(problems), at_start=at_start)


def refused_faq(error: FaqError, at: Moment = None, *, at_start: bool = False) -> Save:
    """A save YAML or the schema refused: its errors first, warnings after."""
    ordered = sorted(error.problems, key=lambda problem: problem.warning)
    return refused(error.path, problem_lines(error.path, ordered), at, at_start=at_start)


def _first_few(problems: Sequence[str]) -> list[str]:
    shown = list(problems[:MAX_PROBLEMS_SHOWN])
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(f"…and {len(problems) - MAX_PROBLEMS_SHOWN} more: run check to see them all")
    return shown


def notice(save: Save) -> str:
    """What the staff chat is told about one save."""
    if save.kind is SaveKind.LIVE:
        count = len(save.problems)
        warnings = f", {count} warning{'s' * (count != 1)} (safe to serve, worth fixing):" if count else ""
        return "\n".join([f"{save.file} is live: {save.entries} entries{warnings}", *_first_few(save.problems)])
    if save.at_start:
        head = f"The bot started while {save.file} has mistakes, so it is serving the last good version:"
    else:
        head = "Your save was refused, the live version is unchanged:"
    fix = f"Fix {save.file} and save again; it goes live within seconds."
    return "\n".join([head, *_first_few(save.problems), fix])


def statistics_line(off: str, record_unanswered: bool) -> str:
    """/status's statistics: on or off (and why), and whether question text is kept."""
    if off:
        return f"off: {off}"
    kept = (
        "daily counts, unanswered and picked questions (redacted)"
        if record_unanswered
        else "daily counts only, no text"
    )
    return f"on, {kept}"


def _duration(seconds: float) -> str:
    """ "2 d 3 h 5 min", "3 h 0 min", "5 min": whole minutes, the larger units only when there are any."""
    hours, minutes = divmod(int(seconds // 60), 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} d {hours} h {minutes} min"
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


class SaveLog:
    """The live version and the last refused save since the bot started; tells its listeners of each save."""

    def __init__(self, live: Save, refused_save: Save | None = None, started: dt.datetime | None = None):
        self.started = started or live.at
        self._live = live
        self._refused = refused_save
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Save], None]] = []

    @property
    def live(self) -> Save:
        with self._lock:
            return self._live

    @property
    def last_refused(self) -> Save | None:
        with self._lock:
            return self._refused

    def subscribe(self, listener: Callable[[Save], None]) -> None:
        self._listeners.append(listener)

    def record(self, save: Save) -> None:
        """Remember `save` and tell every listener; a listener that fails is logged in one line."""
        with self._lock:
            if save.kind is SaveKind.LIVE:
                self._live = save
            else:
                self._refused = save
        for listener in list(self._listeners):
            try:
                listener(save)
            except Exception as error:  # a notice must never cost a reload
                log.warning("could not pass on the %s save (%s)", save.kind.value, type(error).__name__)

    def status(self, statistics: str, now: dt.datetime | None = None) -> str:
        """The staff chat's /status: live version, last refused save, statistics, uptime."""
        now = now or _now()
        live, last = self.live, self.last_refused
        version = f", version {live.version}" if live.version else ""
        warned = f", {len(live.problems)} warnings" if live.problems else ""
        lines = [f"Live: {live.file}, {live.entries} entries{warned}, since {live.at.strftime(TIME_FORMAT)}{version}"]
        if last is None:
            lines.append("Last refused save: none since the bot started")
        else:
            first = last.problems[0] if last.problems else "no reason recorded"
            since_fixed = " (a later save went live)" if live.at > last.at else ""
            lines.append(f"Last refused save: {last.at.strftime(TIME_FORMAT)}, {first}{since_fixed}")
        lines.append(f"Statistics: {statistics}")
        since = self.started.strftime(TIME_FORMAT)
        lines.append(f"Up for {_duration((now - self.started).total_seconds())} (since {since})")
        return "\n".join(lines)
