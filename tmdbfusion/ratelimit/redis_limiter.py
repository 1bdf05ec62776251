"""A rate limit shared by every process that talks to TMDB from one address.

TMDB limits requests per IP address, so a fleet of workers behind one NAT shares one
budget. ``RedisRateLimiter`` keeps that budget in Redis: every reservation, from any
process, takes the next free slot of one shared schedule (GCRA, the generic cell rate
algorithm) in a single Lua script, and the caller sleeps until its slot.

Why it is ours: the maintained Python limiters with a Redis backend (``limits``,
``pyrate-limiter``, ``throttled-py``) check a request against the limit and allow or
refuse it, some retrying until allowed; none hands out first-come-first-served
reservations that return the wait, over a redis-py client the user already has, in
both an asyncio and a blocking flavour. Our clients need exactly that
(``SyncRateLimit`` / ``AsyncRateLimit``): the wait is slept outside any lock, and a
cancelled caller gives its slot back.

How it works:

* One key holds the theoretical arrival time (TAT) of the next free slot, in integer
  microseconds of Redis's own clock (``TIME``), so the hosts' clocks never matter.
  Reserving moves the TAT on by one interval (``1 / rate``) and returns how long until
  the caller's slot; ``burst`` slots may go out back to back. The key expires (PX)
  once the schedule has caught up with the present, so an idle limit leaves nothing
  behind. Refunding moves the TAT back by one interval, never before now.
* The scripts go through redis-py's ``register_script``: its Script objects load the
  script again when Redis answers NOSCRIPT, as after a restart. A restart also loses
  the key (unless Redis persists it), which allows at most one extra burst.
* When Redis fails (an error, a refused connection, a timeout), the limiter falls back
  to a local ``RateLimiter`` at ``rate * fallback_share`` (each process then limits
  itself alone, so the share should be about one over the number of processes), logs
  a WARNING at most once a minute on the ``tmdbfusion.ratelimit`` logger, and tries
  Redis again every ``recheck_interval`` seconds, from one caller at a time while the
  others keep to the local limit. When Redis answers, it logs "shared rate limit
  restored" at INFO. No Redis error ever reaches the caller.
* ``timeout`` bounds each Redis call of the asyncio flavour. The blocking flavour
  cannot interrupt a call: its client's ``socket_timeout``,
  ``socket_connect_timeout`` and ``retry`` settings bound it instead.

The limiter does not own the Redis client: closing it is the caller's job.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import TYPE_CHECKING, Any, overload

from .._checks.values import check_count, check_number
from .._extras import require_extra
from .._throttled_log import ThrottledWarning
from .local import RateLimiter

if TYPE_CHECKING:
    import redis
    import redis.asyncio
    from redis.commands.core import AsyncScript, Script

__all__ = ["AsyncRedisRateLimiter", "RedisRateLimiter", "SyncRedisRateLimiter"]

_log = logging.getLogger("tmdbfusion.ratelimit")

# KEYS[1]: the theoretical arrival time (TAT) of the next free slot, in microseconds
# of Redis's clock. ARGV[1]: the interval between slots; ARGV[2]: the tolerance,
# (burst - 1) intervals; both in microseconds. Returns the wait in microseconds.
# Numbers are written with %.0f: Lua's own number-to-string conversion would round
# a 16-digit microsecond timestamp.
_RESERVE = """
if redis.replicate_commands then redis.replicate_commands() end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.0f', next_tat),
    'PX', string.format('%.0f', math.ceil((next_tat - now) / 1000)))
return wait
"""

# Gives one slot back: the TAT moves back by one interval, but never before now (an
# idle schedule cannot bank slots beyond its burst). Returns 1 if a slot was freed.
_REFUND = """
if redis.replicate_commands then redis.replicate_commands() end
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat then return 0 end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
if tat <= now then return 0 end
local earlier = tat - tonumber(ARGV[1])
if earlier <= now then
    redis.call('DEL', KEYS[1])
else
    redis.call('SET', KEYS[1], string.format('%.0f', earlier),
        'PX', string.format('%.0f', math.ceil((earlier - now) / 1000)))
end
return 1
"""

# Below this a slot interval no longer fits Redis's microsecond arithmetic comfortably
# (one request every ~11.6 days).
_MIN_RATE = 1e-6


class _BadReply(Exception):
    """The script answered something other than an integer (not our script?)."""


class RedisRateLimiter:
    """A rate limit shared through Redis by every process that uses the same ``key``.

    ``RedisRateLimiter(redis.asyncio.Redis(...), rate=45)`` makes an
    ``AsyncRedisRateLimiter`` (for ``AsyncTMDBClient``), ``RedisRateLimiter(
    redis.Redis(...), rate=45)`` a ``SyncRedisRateLimiter`` (for ``TMDBClient``).

    ``rate`` is requests per second for the whole fleet; ``burst`` how many may go out
    back to back (1: evenly spaced); ``key`` names the shared budget (one per outgoing
    IP address). While Redis fails, each process keeps to ``rate * fallback_share`` on
    its own and tries Redis again every ``recheck_interval`` seconds; ``timeout``
    bounds each Redis call of the asyncio flavour. See the module docstring.
    """

    _key: str
    _rate: float
    _burst: int
    _timeout: float
    _recheck_interval: float
    _interval_us: int
    _tolerance_us: int
    _fallback: RateLimiter
    _fallback_rate: float
    _errors: tuple[type[BaseException], ...]
    _state_lock: threading.Lock
    _using_fallback: bool
    _retry_at: float
    _warning: ThrottledWarning

    @overload
    def __new__(
        cls,
        redis_client: redis.asyncio.Redis,
        *,
        key: str = ...,
        rate: float,
        burst: int = ...,
        fallback_share: float = ...,
        timeout: float = ...,
        recheck_interval: float = ...,
    ) -> AsyncRedisRateLimiter: ...

    @overload
    def __new__(
        cls,
        redis_client: redis.Redis,
        *,
        key: str = ...,
        rate: float,
        burst: int = ...,
        fallback_share: float = ...,
        timeout: float = ...,
        recheck_interval: float = ...,
    ) -> SyncRedisRateLimiter: ...

    def __new__(
        cls,
        redis_client: redis.asyncio.Redis | redis.Redis,
        *,
        key: str = "tmdbfusion:ratelimit",
        rate: float,
        burst: int = 1,
        fallback_share: float = 0.25,
        timeout: float = 1.0,
        recheck_interval: float = 1.0,
    ) -> RedisRateLimiter:
        if not isinstance(key, str):
            raise TypeError(f"key must be a non-empty string, got {type(key).__name__} {key!r}")
        if not key:
            raise ValueError("key must be a non-empty string, got ''")
        rate = check_number("rate", rate, unit=" of requests per second")
        if rate < _MIN_RATE:
            raise ValueError(f"rate must be at least {_MIN_RATE} requests per second, got {rate}")
        burst = check_count("burst", burst)
        fallback_share = check_number("fallback_share", fallback_share)
        if fallback_share > 1:
            raise ValueError(
                f"fallback_share must be a number with 0 < fallback_share <= 1, "
                f"got {fallback_share}"
            )
        timeout = check_number("timeout", timeout, unit=" of seconds")
        recheck_interval = check_number("recheck_interval", recheck_interval, unit=" of seconds")

        require_extra("redis", feature="RedisRateLimiter", extra="redis")
        import redis as redis_sync
        import redis.asyncio as redis_async

        flavour: type[RedisRateLimiter]
        if isinstance(redis_client, redis_async.Redis):
            flavour = AsyncRedisRateLimiter
        elif isinstance(redis_client, redis_sync.Redis):
            flavour = SyncRedisRateLimiter
        else:
            raise TypeError(
                "RedisRateLimiter needs a redis.asyncio.Redis client (for AsyncTMDBClient) "
                f"or a redis.Redis client (for TMDBClient), got {type(redis_client).__name__}"
            )
        if not issubclass(flavour, cls):
            raise TypeError(
                f"{cls.__name__} cannot use a {type(redis_client).__module__}."
                f"{type(redis_client).__qualname__} client; RedisRateLimiter(...) picks "
                "the flavour that fits the client"
            )

        self: RedisRateLimiter = object.__new__(flavour)
        self._key = key
        self._rate = rate
        self._burst = burst
        self._timeout = timeout
        self._recheck_interval = recheck_interval
        self._interval_us = max(1, round(1_000_000 / rate))
        self._tolerance_us = (burst - 1) * self._interval_us
        self._fallback_rate = rate * fallback_share
        self._fallback = RateLimiter(self._fallback_rate, burst=burst)
        self._errors = (redis_sync.exceptions.RedisError, OSError, _BadReply)
        self._state_lock = threading.Lock()
        self._using_fallback = False
        self._retry_at = 0.0
        self._warning = ThrottledWarning(_log)
        self._register(redis_client)
        return self

    def _register(self, redis_client: Any) -> None:
        raise NotImplementedError  # pragma: no cover - every flavour defines it

    @property
    def key(self) -> str:
        return self._key

    @property
    def rate(self) -> float:
        """Requests per second for everyone sharing ``key``."""
        return self._rate

    @property
    def burst(self) -> int:
        return self._burst

    @property
    def using_fallback(self) -> bool:
        """True while Redis is failing and this process keeps to its local share."""
        return self._using_fallback

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(key={self._key!r}, rate={self._rate}, "
            f"burst={self._burst}, using_fallback={self._using_fallback})"
        )

    # The fallback state machine, shared by both flavours; it never holds its lock
    # across I/O.

    def _should_try_redis(self) -> bool:
        """Whether this call goes to Redis; while falling back, one call per interval
        does (it probes), and the others keep to the local limiter."""
        with self._state_lock:
            if not self._using_fallback:
                return True
            now = time.monotonic()
            if now < self._retry_at:
                return False
            self._retry_at = now + self._recheck_interval
            return True

    def _redis_failed(self, error: BaseException) -> None:
        with self._state_lock:
            self._using_fallback = True
            self._retry_at = time.monotonic() + self._recheck_interval
        self._warning.warning(
            "Redis is unreachable for the shared rate limit %r (%s: %s); this process "
            "now keeps to %.4g requests/s on its own (rate %.4g x fallback_share) and "
            "tries Redis again every %.4g s",
            self._key,
            type(error).__name__,
            error,
            self._fallback_rate,
            self._rate,
            self._recheck_interval,
        )

    def _redis_answered(self) -> None:
        if not self._using_fallback:
            return
        with self._state_lock:
            restored, self._using_fallback = self._using_fallback, False
        if restored:
            self._warning.reset()
            _log.info("shared rate limit restored: Redis answers again for %r", self._key)

    def _refund_locally(self) -> bool:
        """Whether a refund goes to the local limiter (the source now in use)."""
        with self._state_lock:
            return self._using_fallback

    @staticmethod
    def _seconds(microseconds: object) -> float:
        if not isinstance(microseconds, int):
            raise _BadReply(f"the rate limit script returned {microseconds!r}")
        return max(0, microseconds) / 1_000_000


class SyncRedisRateLimiter(RedisRateLimiter):
    """The blocking flavour (``reserve``/``refund``) over a ``redis.Redis`` client;
    safe to share between threads. Make it with ``RedisRateLimiter(...)``."""

    _reserve_script: Script
    _refund_script: Script

    def _register(self, redis_client: redis.Redis) -> None:
        self._reserve_script = redis_client.register_script(_RESERVE)
        self._refund_script = redis_client.register_script(_REFUND)

    def reserve(self) -> float:
        """Take the next shared slot; return the seconds to wait before using it."""
        if self._should_try_redis():
            try:
                result = self._reserve_script(
                    keys=[self._key], args=[self._interval_us, self._tolerance_us]
                )
                wait = self._seconds(result)
            except self._errors as error:
                self._redis_failed(error)
            else:
                self._redis_answered()
                return wait
        return self._fallback.reserve()

    def refund(self) -> None:
        """Give back a slot taken by ``reserve()`` but not used (best effort)."""
        if self._refund_locally():
            self._fallback.refund()
            return
        try:
            self._refund_script(keys=[self._key], args=[self._interval_us])
        except self._errors as error:
            self._redis_failed(error)


class AsyncRedisRateLimiter(RedisRateLimiter):
    """The asyncio flavour (``areserve``/``arefund``) over a ``redis.asyncio.Redis``
    client, for one event loop. Make it with ``RedisRateLimiter(...)``."""

    _reserve_script: AsyncScript
    _refund_script: AsyncScript

    def _register(self, redis_client: redis.asyncio.Redis) -> None:
        self._reserve_script = redis_client.register_script(_RESERVE)
        self._refund_script = redis_client.register_script(_REFUND)

    async def areserve(self) -> float:
        """Take the next shared slot; return the seconds to wait before using it."""
        if self._should_try_redis():
            try:
                async with asyncio.timeout(self._timeout):
                    result = await self._reserve_script(
                        keys=[self._key], args=[self._interval_us, self._tolerance_us]
                    )
                wait = self._seconds(result)
            except self._errors as error:
                self._redis_failed(error)
            else:
                self._redis_answered()
                return wait
        return self._fallback.reserve()

    async def arefund(self) -> None:
        """Give back a slot taken by ``areserve()`` but not used (best effort)."""
        if self._refund_locally():
            self._fallback.refund()
            return
        try:
            async with asyncio.timeout(self._timeout):
                await self._refund_script(keys=[self._key], args=[self._interval_us])
        except self._errors as error:
            self._redis_failed(error)
