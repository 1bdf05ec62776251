"""What a cache backend is: bytes in, bytes out, under string keys, with a lifetime.

The clients store TMDB's own bytes (status, ETag, expiry and body, framed by
``tmdbfusion.cache.entry``), never decoded objects, so a backend needs no knowledge of
TMDB or of the models. Write your own by implementing one Protocol: ``SyncCacheBackend``
for ``TMDBClient``, ``AsyncCacheBackend`` for ``AsyncTMDBClient`` (the built-in
backends implement whichever their storage allows). A backend may raise on failure;
the client then treats the lookup as a miss, logs a WARNING at most once a minute,
and carries on.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class SyncCacheBackend(Protocol):
    def get(self, key: str) -> bytes | None:
        """The value stored under ``key``, or None when absent or past its lifetime."""
        ...

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (> 0), replacing any other."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key``; no error when it is absent."""
        ...


@runtime_checkable
class AsyncCacheBackend(Protocol):
    async def aget(self, key: str) -> bytes | None:
        """The value stored under ``key``, or None when absent or past its lifetime."""
        ...

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (> 0), replacing any other."""
        ...

    async def adelete(self, key: str) -> None:
        """Forget ``key``; no error when it is absent."""
        ...
