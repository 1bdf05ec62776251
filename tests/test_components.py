"""A cache or rate limiter must suit the client it is given to (async or sync), and
the built-in ones say which client each Redis flavour serves."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest

from tests.redis_clients import AsyncRedisConnection, SyncRedisConnection
from tests.user_components import CountingLimiter
from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion.cache import MemoryCache, RedisCache, SQLiteCache
from tmdbfusion.ratelimit import RateLimiter, RedisRateLimiter
from tmdbfusion.testing import FakeTMDB


class SyncOnlyCache:
    def get(self, key: str) -> bytes | None:
        return None

    def set(self, key: str, value: bytes, ttl: float) -> None:
        pass

    def delete(self, key: str) -> None:
        pass


class AsyncOnlyLimiter:
    async def areserve(self) -> float:
        return 0.0

    async def arefund(self) -> None:
        pass


def test_a_sync_only_cache_is_refused_by_the_async_client(fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(TypeError, match=r"AsyncCacheBackend .*SyncCacheBackend"):
        AsyncTMDBClient(**fake_tmdb.client_kwargs(), cache=SyncOnlyCache())  # type: ignore[arg-type]
    with TMDBClient(**fake_tmdb.client_kwargs(), cache=SyncOnlyCache()) as client:
        client.movies.details(550)


async def test_an_async_only_limiter_is_refused_by_the_sync_client(fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(TypeError, match=r"SyncRateLimit .*AsyncRateLimit"):
        TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=AsyncOnlyLimiter())  # type: ignore[arg-type]
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=AsyncOnlyLimiter()) as c:
        await c.movies.details(550)


async def test_built_in_components_serve_both_clients(fake_tmdb: FakeTMDB, tmp_path: Any) -> None:
    with SQLiteCache(tmp_path / "c.sqlite3") as sqlite:
        for cache in (MemoryCache(), sqlite):
            limiter = RateLimiter(100)
            async with AsyncTMDBClient(
                **fake_tmdb.client_kwargs(), cache=cache, rate_limit=limiter
            ) as a:
                await a.movies.details(550)
            with TMDBClient(**fake_tmdb.client_kwargs(), cache=cache, rate_limit=limiter) as s:
                s.movies.details(550)
            assert a.stats.cache_misses == 1 and s.stats.cache_hits == 1


async def test_each_redis_flavour_serves_its_own_client(
    fake_tmdb: FakeTMDB, redis_server: Any
) -> None:
    kwargs = fake_tmdb.client_kwargs()
    async with AsyncRedisConnection(redis_server.url) as async_redis:
        with SyncRedisConnection(redis_server.url) as sync_redis:
            with pytest.raises(TypeError, match=r"redis\.asyncio\.Redis for AsyncTMDBClient"):
                AsyncTMDBClient(**kwargs, cache=RedisCache(sync_redis))  # type: ignore[arg-type]
            with pytest.raises(TypeError, match=r"redis\.Redis for TMDBClient"):
                TMDBClient(**kwargs, cache=RedisCache(async_redis))  # type: ignore[arg-type]
            with pytest.raises(TypeError, match="rate_limit for AsyncTMDBClient"):
                AsyncTMDBClient(
                    **kwargs,
                    rate_limit=RedisRateLimiter(sync_redis, rate=10),  # type: ignore[arg-type]
                )
            with pytest.raises(TypeError, match="rate_limit for TMDBClient"):
                TMDBClient(**kwargs, rate_limit=RedisRateLimiter(async_redis, rate=10))  # type: ignore[arg-type]
            shared = RedisCache(async_redis)
            limiter = RedisRateLimiter(async_redis, key="tmdb:test", rate=100)
            async with AsyncTMDBClient(**kwargs, cache=shared, rate_limit=limiter) as client:
                await client.movies.details(550)
            with TMDBClient(
                **kwargs,
                cache=RedisCache(sync_redis),
                rate_limit=RedisRateLimiter(sync_redis, key="tmdb:test", rate=100),
            ) as sync_client:
                sync_client.movies.details(550)
                assert sync_client.stats.cache_hits == 1
    assert len(fake_tmdb.requests) == 1


async def test_a_call_cancelled_while_waiting_for_its_slot_gives_it_back(
    fake_tmdb: FakeTMDB,
) -> None:
    limiter = CountingLimiter(wait=10.0)
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=limiter) as client:
        call = asyncio.create_task(client.movies.details(550))
        await asyncio.sleep(0.05)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    assert (limiter.reserved, limiter.refunded) == (1, 1)
    assert fake_tmdb.requests == []


async def test_a_cancelled_call_gives_its_redis_slot_back(
    fake_tmdb: FakeTMDB, redis_server: Any
) -> None:
    async with AsyncRedisConnection(redis_server.url) as connection:
        # One slot every 2 s: the second call must wait for its turn.
        limiter = RedisRateLimiter(connection, key="tmdb:cancel", rate=0.5)
        async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=limiter) as client:
            await client.movies.details(550)
            waiting = asyncio.create_task(client.movies.details(551))
            await asyncio.sleep(0.05)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            # Its slot was given back: the next call waits 2 s, not 4.
            assert 1.5 < await limiter.areserve() <= 2.0
    assert [r.path for r in fake_tmdb.requests] == ["/3/movie/550"]


def test_the_cache_and_ratelimit_modules_need_no_redis_until_redis_is_used() -> None:
    child = (
        "import sys; sys.modules['redis'] = None\n"
        "from tmdbfusion import TMDBClient\n"
        "from tmdbfusion.cache import MemoryCache, RedisCache\n"
        "from tmdbfusion.ratelimit import RedisRateLimiter\n"
        "TMDBClient('k', cache=MemoryCache())\n"
        "try:\n"
        "    RedisCache(object())\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("MissingExtraError")
    assert "pip install 'tmdbfusion[redis]'" in result.stdout
