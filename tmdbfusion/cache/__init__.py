"""Response caches: keep TMDB's answers for as long as TMDB says they stay fresh.

    from tmdbfusion.cache import MemoryCache, SQLiteCache, RedisCache, CachePolicy

    AsyncTMDBClient(cache=MemoryCache(max_entries=10_000))
    TMDBClient(cache=SQLiteCache("tmdb-cache.sqlite3"))
    AsyncTMDBClient(cache=RedisCache(redis.asyncio.Redis()))  # TMDBClient: redis.Redis()

Only GETs of public data are cached, as TMDB's bytes (never decoded objects), under
keys that hold no credential; anything sent with a user's session, ``account/*`` and
``authentication/*`` never are. Write your own backend by implementing
``SyncCacheBackend`` or ``AsyncCacheBackend`` (bytes in, bytes out).
"""

from __future__ import annotations

from .backend import AsyncCacheBackend, SyncCacheBackend
from .memory import MemoryCache
from .policy import CachePolicy
from .redis_cache import RedisCache
from .sqlite import SQLiteCache

__all__ = [
    "AsyncCacheBackend",
    "CachePolicy",
    "MemoryCache",
    "RedisCache",
    "SQLiteCache",
    "SyncCacheBackend",
]
