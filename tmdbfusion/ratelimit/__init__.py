"""Rate limiters: ``RateLimiter`` for one process, ``RedisRateLimiter`` for a fleet.

Pass either as ``rate_limit=`` (a number makes a ``RateLimiter``); write your own by
implementing ``SyncRateLimit`` or ``AsyncRateLimit``.
"""

from __future__ import annotations

from .local import RateLimiter
from .protocol import AsyncRateLimit, SyncRateLimit
from .redis_limiter import RedisRateLimiter

__all__ = ["AsyncRateLimit", "RateLimiter", "RedisRateLimiter", "SyncRateLimit"]
