"""The per-process limiter: a token bucket that hands out reservations, so callers
can sleep outside any lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .._checks.values import check_number


class RateLimiter:
    """Allows ``rate`` requests per second on average, with bursts of up to ``burst``.

    ``reserve()`` takes a token (going into debt if none is left) and returns how long
    the caller must wait before sending. A caller that gives up before its turn (a
    cancelled task) hands its token back with ``refund()``, so it does not slow the
    others. Both are safe from many threads and, holding no lock across a wait, from
    many asyncio tasks.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = check_number("rate", rate, unit=" of requests per second")
        self.burst = max(1.0, float(burst if burst is not None else rate))
        self._clock = clock
        self._tokens = self.burst
        self._updated = clock()
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        elapsed = now - self._updated
        if elapsed > 0:
            self._tokens = min(self.burst, self._tokens + elapsed * self.rate)
            self._updated = now

    def reserve(self) -> float:
        with self._lock:
            self._refill(self._clock())
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def refund(self) -> None:
        with self._lock:
            self._refill(self._clock())
            self._tokens = min(self.burst, self._tokens + 1.0)

    async def areserve(self) -> float:
        """``reserve()`` for ``AsyncTMDBClient``: no I/O, so it never yields."""
        return self.reserve()

    async def arefund(self) -> None:
        self.refund()
