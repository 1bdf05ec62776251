"""Refusing a cache or rate limiter that does not fit the client it is given to."""

from __future__ import annotations

from .cache.backend import AsyncCacheBackend, SyncCacheBackend
from .ratelimit.protocol import AsyncRateLimit, SyncRateLimit

# protocol -> (its methods, the client it serves, the protocol of the other client)
_FLAVOURS: dict[type, tuple[str, str, type]] = {
    AsyncCacheBackend: ("aget()/aset()/adelete()", "AsyncTMDBClient", SyncCacheBackend),
    SyncCacheBackend: ("get()/set()/delete()", "TMDBClient", AsyncCacheBackend),
    AsyncRateLimit: ("areserve()/arefund()", "AsyncTMDBClient", SyncRateLimit),
    SyncRateLimit: ("reserve()/refund()", "TMDBClient", AsyncRateLimit),
}


def wrong_component(name: str, value: object, protocol: type) -> TypeError:
    methods, client, other = _FLAVOURS[protocol]
    message = (
        f"{name} for {client} must implement {protocol.__name__} ({methods}), "
        f"got {type(value).__name__}"
    )
    if isinstance(value, other):
        message += (
            f", which implements {other.__name__} for the other client: a RedisCache or "
            "RedisRateLimiter takes redis.asyncio.Redis for AsyncTMDBClient and "
            "redis.Redis for TMDBClient"
        )
    return TypeError(message)
