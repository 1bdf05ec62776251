"""Client fixtures for the async tests (unasynced into tests/_sync/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.redis_clients import AsyncRedisConnection
from tmdbfusion import AsyncTMDBClient
from tmdbfusion._retry import RetryPolicy
from tmdbfusion.cache import AsyncCacheBackend, MemoryCache, RedisCache, SQLiteCache
from tmdbfusion.testing import FakeTMDB

# Real backoff starts at 0.5 s; the tests keep the same logic with tiny waits.
FAST_RETRIES = RetryPolicy(
    max_retries=3, backoff_base=0.001, backoff_cap=0.01, retry_after_jitter=0.001
)


@pytest.fixture
async def client(fake_tmdb: FakeTMDB) -> AsyncIterator[AsyncTMDBClient]:
    """A client pointed at the fake, without client-side rate limiting."""
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None) as tmdb:
        tmdb.retry_policy = FAST_RETRIES
        yield tmdb


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def cache_backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[AsyncCacheBackend]:
    """Each built-in cache backend on its real storage: memory, a SQLite file, and a
    redis-server started for the test (skipped without one, unless CI requires it)."""
    if request.param == "memory":
        yield MemoryCache()
    elif request.param == "sqlite":
        with SQLiteCache(tmp_path / "cache.sqlite3") as cache:
            yield cache
    else:
        server = request.getfixturevalue("redis_server")
        async with AsyncRedisConnection(server.url) as connection:
            yield RedisCache(connection)
