"""What a rate limiter is, for both clients: reserve a slot, learn how long to wait.

``reserve()`` takes the next slot and returns the seconds the caller must sleep before
sending (0.0 to send now). It never refuses and never sleeps itself, so the caller
sleeps outside any lock and a cancelled caller can ``refund()`` its slot. Implement
``SyncRateLimit`` for ``TMDBClient`` and ``AsyncRateLimit`` (the same two methods,
``a``-prefixed and awaitable) for ``AsyncTMDBClient``; ``RateLimiter`` implements
both, ``RedisRateLimiter`` whichever its Redis client allows.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class SyncRateLimit(Protocol):
    def reserve(self) -> float:
        """Take the next slot; return the seconds to wait before using it (>= 0)."""
        ...

    def refund(self) -> None:
        """Give back a slot taken by ``reserve()`` but not used (best effort)."""
        ...


@runtime_checkable
class AsyncRateLimit(Protocol):
    async def areserve(self) -> float:
        """Take the next slot; return the seconds to wait before using it (>= 0)."""
        ...

    async def arefund(self) -> None:
        """Give back a slot taken by ``areserve()`` but not used (best effort)."""
        ...
