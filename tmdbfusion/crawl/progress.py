"""How a crawl shows its progress: a bar on a terminal, else a log line a minute."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, Protocol, TextIO

logger = logging.getLogger("tmdbfusion.crawl")


class Progress(Protocol):
    """Told the total at the start, each item as it is done, and when the crawl ends."""

    def start(self, total: int, done: int, failed: int) -> None: ...
    def advance(self, ok: bool) -> None: ...
    def close(self) -> None: ...


class _Counts:
    def __init__(self) -> None:
        self.total = self.done = self.failed = self.new = 0
        self.started = time.monotonic()

    def start(self, total: int, done: int, failed: int) -> None:
        self.total, self.done, self.failed = total, done, failed
        self.started = time.monotonic()

    def count(self, ok: bool) -> None:
        self.done += 1
        self.new += 1
        self.failed += not ok

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.new / elapsed if elapsed > 0 else 0.0

    def describe(self) -> str:
        rate = self.rate()
        left = self.total - self.done
        eta = _duration(left / rate) if rate > 0 else "?"
        return f"{self.done}/{self.total} ids, {rate:.1f}/s, ETA {eta}, {self.failed} errors"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class LogProgress(_Counts):
    """A line on the ``tmdbfusion.crawl`` logger every ``interval`` seconds (60)."""

    def __init__(self, interval: float = 60.0) -> None:
        super().__init__()
        self.interval = interval
        self._last = time.monotonic()

    def advance(self, ok: bool) -> None:
        self.count(ok)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            logger.info("crawl progress: %s", self.describe())

    def close(self) -> None:
        pass


class LineProgress(_Counts):
    """One ``\\r``-rewritten line on a terminal, for when rich is not installed."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self._last = 0.0

    def advance(self, ok: bool) -> None:
        self.count(ok)
        now = time.monotonic()
        if now - self._last >= 0.2:
            self._last = now
            self.stream.write("\r" + self.describe() + "\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + self.describe() + "\x1b[K\n")
        self.stream.flush()


class RichProgress:
    """A rich progress bar with the rate, ETA and error count."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("crawl"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}/s"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} errors"),
            console=Console(file=stream),
        )
        self._counts = _Counts()
        self._task: Any = None

    def start(self, total: int, done: int, failed: int) -> None:
        self._counts.start(total, done, failed)
        self._task = self._bar.add_task(
            "crawl", total=total, completed=done, failed=failed, rate="0.0"
        )
        self._bar.start()

    def advance(self, ok: bool) -> None:
        self._counts.count(ok)
        self._bar.update(
            self._task,
            completed=self._counts.done,
            failed=self._counts.failed,
            rate=f"{self._counts.rate():.1f}",
        )

    def close(self) -> None:
        self._bar.stop()


def default_progress(stream: TextIO | None = None) -> Progress:
    """A rich bar (or a plain line without rich) when ``stream`` (stderr) is a
    terminal, else a log line a minute."""
    stream = stream if stream is not None else sys.stderr
    if not stream.isatty():
        return LogProgress()
    try:
        return RichProgress(stream)
    except ImportError:
        return LineProgress(stream)
