"""A WARNING that repeats at most once per interval, for failures that repeat per call.

A cache or a shared rate limiter that cannot reach Redis fails on every request; one
line a minute says so without flooding the log.
"""

from __future__ import annotations

import logging
import threading
import time


class ThrottledWarning:
    def __init__(self, logger: logging.Logger, *, interval: float = 60.0) -> None:
        self._logger = logger
        self._interval = interval
        self._last: float | None = None
        self._suppressed = 0
        self._lock = threading.Lock()

    def warning(self, message: str, *args: object) -> None:
        now = time.monotonic()
        with self._lock:
            if self._last is not None and now - self._last < self._interval:
                self._suppressed += 1
                return
            suppressed, self._suppressed, self._last = self._suppressed, 0, now
        if suppressed:
            message += " (%d more like it in the last %.0f s not logged)"
            args = (*args, suppressed, self._interval)
        self._logger.warning(message, *args)

    def reset(self) -> None:
        """Log the next failure at once (the thing has recovered)."""
        with self._lock:
            self._last = None
            self._suppressed = 0
