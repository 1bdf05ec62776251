"""A response cache in Redis, shared by every process that uses the same server.

``RedisCache(redis.asyncio.Redis(...))`` makes an ``AsyncRedisCache`` (for
``AsyncTMDBClient``), ``RedisCache(redis.Redis(...))`` a ``SyncRedisCache`` (for
``TMDBClient``). Entries live under ``prefix + key`` with a PX expiry, so Redis drops
them itself when they go stale.

The values are TMDB's bytes, so the client must not decode replies: one made with
``decode_responses=True`` is refused. A cache must never break a request: when Redis
fails (an error, a refused connection, a timeout), a lookup is a miss and a store or
delete does nothing, with a WARNING at most once a minute on the ``tmdbfusion.cache``
logger. After a failure the cache stays out of the way for ``recheck_interval``
seconds (every lookup a miss at once, no Redis call), then tries Redis again, so an
outage costs each request nothing rather than a timeout. ``timeout`` bounds each
Redis call of the asyncio flavour (when its client's ``socket_timeout`` and
``socket_connect_timeout`` are both at most ``timeout``, they bound it instead, with no
timer per call); the blocking flavour's calls are bounded by those settings and
``retry`` alone (redis-py's default retries make a refused connection take seconds).

The cache does not own the Redis client: closing it is the caller's job.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from typing import TYPE_CHECKING, Any, overload

from .._checks.values import check_number
from .._extras import require_extra
from .._throttled_log import ThrottledWarning

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["AsyncRedisCache", "RedisCache", "SyncRedisCache"]

_log = logging.getLogger("tmdbfusion.cache")

# Keys per SCAN round and per UNLINK in clear().
_BATCH = 500


def _px(ttl: float) -> int | None:
    """The expiry in milliseconds for a positive ``ttl`` (None: no expiry, for inf)."""
    if math.isinf(ttl):
        return None
    return max(1, math.ceil(ttl * 1000))


def _glob_escape(text: str) -> str:
    """``text`` as a literal in a Redis MATCH pattern."""
    return "".join("\\" + char if char in "\\*?[]" else char for char in text)


class RedisCache:
    """A ``SyncCacheBackend`` or ``AsyncCacheBackend`` (whichever fits the client) in
    Redis, under keys that start with ``prefix``. See the module docstring."""

    _client: Any
    _prefix: str
    _pattern: str
    _timeout: float
    _self_timed: bool
    _recheck_interval: float
    _down_until: float
    _errors: tuple[type[BaseException], ...]
    _warning: ThrottledWarning

    @overload
    def __new__(
        cls,
        redis_client: redis.asyncio.Redis,
        *,
        prefix: str = ...,
        timeout: float = ...,
        recheck_interval: float = ...,
    ) -> AsyncRedisCache: ...

    @overload
    def __new__(
        cls,
        redis_client: redis.Redis,
        *,
        prefix: str = ...,
        timeout: float = ...,
        recheck_interval: float = ...,
    ) -> SyncRedisCache: ...

    def __new__(
        cls,
        redis_client: redis.asyncio.Redis | redis.Redis,
        *,
        prefix: str = "tmdbfusion:cache:",
        timeout: float = 1.0,
        recheck_interval: float = 5.0,
    ) -> RedisCache:
        if not isinstance(prefix, str):
            raise TypeError(
                f"prefix must be a non-empty string, got {type(prefix).__name__} {prefix!r}"
            )
        if not prefix:
            raise ValueError(
                "prefix must be a non-empty string (clear() deletes every key that starts "
                "with it), got ''"
            )
        timeout = check_number("timeout", timeout, unit=" of seconds")
        recheck_interval = check_number(
            "recheck_interval", recheck_interval, unit=" of seconds", zero=True
        )

        require_extra("redis", feature="RedisCache", extra="redis")
        import redis as redis_sync
        import redis.asyncio as redis_async

        flavour: type[RedisCache]
        if isinstance(redis_client, redis_async.Redis):
            flavour = AsyncRedisCache
        elif isinstance(redis_client, redis_sync.Redis):
            flavour = SyncRedisCache
        else:
            raise TypeError(
                "RedisCache needs a redis.asyncio.Redis client (for AsyncTMDBClient) or a "
                f"redis.Redis client (for TMDBClient), got {type(redis_client).__name__}"
            )
        if not issubclass(flavour, cls):
            raise TypeError(
                f"{cls.__name__} cannot use a {type(redis_client).__module__}."
                f"{type(redis_client).__qualname__} client; RedisCache(...) picks the "
                "flavour that fits the client"
            )
        connection_settings = redis_client.get_connection_kwargs()
        if connection_settings.get("decode_responses"):
            raise ValueError(
                "RedisCache stores bytes: give it a Redis client made with "
                "decode_responses=False (the default), not decode_responses=True"
            )

        self: RedisCache = object.__new__(flavour)
        self._client = redis_client
        self._prefix = prefix
        self._pattern = _glob_escape(prefix) + "*"
        self._timeout = timeout
        # A client that times its own socket reads and connects at least as tightly
        # needs no timer from us (one per call is measurable on a cache hit).
        self._self_timed = all(
            isinstance(limit := connection_settings.get(name), int | float) and 0 < limit <= timeout
            for name in ("socket_timeout", "socket_connect_timeout")
        )
        self._recheck_interval = float(recheck_interval)
        self._down_until = 0.0
        self._errors = (redis_sync.exceptions.RedisError, OSError)
        self._warning = ThrottledWarning(_log)
        return self

    @property
    def prefix(self) -> str:
        return self._prefix

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self._prefix!r})"

    def _skipping(self) -> bool:
        """True while a recent failure keeps the cache out of the way."""
        return self._down_until > 0.0 and time.monotonic() < self._down_until

    def _failed(self, operation: str, error: BaseException) -> None:
        self._down_until = time.monotonic() + self._recheck_interval
        self._warning.warning(
            "Redis cache %s failed (%s: %s); carrying on without the cache, trying "
            "Redis again in %.0f s",
            operation,
            type(error).__name__,
            error,
            self._recheck_interval,
        )

    def _succeeded(self) -> None:
        if self._down_until:
            self._down_until = 0.0
            self._warning.reset()
            _log.info("Redis cache reachable again")


class SyncRedisCache(RedisCache):
    """The blocking flavour (``get``/``set``/``delete``) over a ``redis.Redis``
    client; safe to share between threads. Make it with ``RedisCache(...)``."""

    _client: redis.Redis

    def get(self, key: str) -> bytes | None:
        if self._skipping():
            return None
        try:
            value = self._client.get(self._prefix + key)
        except self._errors as error:
            self._failed("get", error)
            return None
        self._succeeded()
        return value if isinstance(value, bytes) else None

    def set(self, key: str, value: bytes, ttl: float) -> None:
        if not ttl > 0:  # also NaN
            self.delete(key)
            return
        if self._skipping():
            return
        try:
            self._client.set(self._prefix + key, value, px=_px(ttl))
        except self._errors as error:
            self._failed("set", error)

    def delete(self, key: str) -> None:
        if self._skipping():
            return
        try:
            self._client.delete(self._prefix + key)
        except self._errors as error:
            self._failed("delete", error)

    def clear(self) -> int:
        """Delete every key under the prefix (SCAN + UNLINK); return how many.

        Unlike the other methods, raises when Redis fails: it is asked for on purpose.
        """
        removed = 0
        cursor = 0
        while True:
            cursor, keys = self._client.scan(cursor, match=self._pattern, count=_BATCH)
            if keys:
                removed += self._client.unlink(*keys)
            if cursor == 0:
                return removed


class AsyncRedisCache(RedisCache):
    """The asyncio flavour (``aget``/``aset``/``adelete``) over a
    ``redis.asyncio.Redis`` client, for one event loop. Make it with
    ``RedisCache(...)``."""

    _client: redis.asyncio.Redis

    def _deadline(self) -> contextlib.AbstractAsyncContextManager[object]:
        if self._self_timed:
            return contextlib.nullcontext()
        return asyncio.timeout(self._timeout)

    async def aget(self, key: str) -> bytes | None:
        if self._skipping():
            return None
        try:
            async with self._deadline():
                value = await self._client.get(self._prefix + key)
        except self._errors as error:
            self._failed("get", error)
            return None
        self._succeeded()
        return value if isinstance(value, bytes) else None

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        if not ttl > 0:  # also NaN
            await self.adelete(key)
            return
        if self._skipping():
            return
        try:
            async with self._deadline():
                await self._client.set(self._prefix + key, value, px=_px(ttl))
        except self._errors as error:
            self._failed("set", error)

    async def adelete(self, key: str) -> None:
        if self._skipping():
            return
        try:
            async with self._deadline():
                await self._client.delete(self._prefix + key)
        except self._errors as error:
            self._failed("delete", error)

    async def aclear(self) -> int:
        """Delete every key under the prefix (SCAN + UNLINK); return how many.

        Unlike the other methods, raises when Redis fails (``TimeoutError`` after
        ``timeout`` seconds on one call): it is asked for on purpose.
        """
        removed = 0
        cursor = 0
        while True:
            async with self._deadline():
                cursor, keys = await self._client.scan(cursor, match=self._pattern, count=_BATCH)
                if keys:
                    removed += await self._client.unlink(*keys)
            if cursor == 0:
                return removed
