"""What mypy must see: run by ``mypy --strict`` (pyproject's ``files``), never by pytest.

Each ``assert_type`` fails the type check if a method's return type is wrong, so raw
responses and per-call options keep their exact types on both clients.
"""

from __future__ import annotations

from typing import Any, assert_type

from tmdbfusion import AsyncTMDBClient, RawResponse, TMDBClient
from tmdbfusion.models import (
    Credits,
    MovieDetails,
    MovieListItem,
    Page,
    PersonDetails,
    StatusResponse,
    TVDetails,
)


async def async_client(client: AsyncTMDBClient) -> None:
    assert_type(await client.movies.details(550), MovieDetails)
    assert_type(await client.with_raw_response.movies.details(550), RawResponse[MovieDetails])
    raw = await client.with_raw_response.movies.popular(page=2)
    assert_type(raw, RawResponse[Page[MovieListItem]])
    assert_type(raw.parse(), Page[MovieListItem])
    assert_type(raw.status_code, int)
    assert_type(raw.content, bytes)
    assert_type(raw.json(), Any)
    assert_type(await client.with_raw_response.movies.credits(550), RawResponse[Credits])
    assert_type(await client.with_raw_response.tv.details(1399), RawResponse[TVDetails])
    assert_type(await client.with_raw_response.people.details(287), RawResponse[PersonDetails])
    rated = await client.with_raw_response.movies.add_rating(550, value=8.5, session_id="s")
    assert_type(rated, RawResponse[StatusResponse])
    tuned = client.with_options(timeout=30, max_retries=0)
    assert_type(tuned, AsyncTMDBClient)
    assert_type(await tuned.people.details(287), PersonDetails)
    assert_type(await tuned.with_raw_response.tv.details(1399), RawResponse[TVDetails])


async def signatures_survive(client: AsyncTMDBClient, sync: TMDBClient) -> None:
    # strict mypy flags an unused ignore: each line below must stay a type error.
    await client.with_raw_response.movies.details("550")  # type: ignore[arg-type]
    await client.with_raw_response.movies.details(550, appendix=1)  # type: ignore[call-arg]
    sync.with_raw_response.movies.details(550, language=5)  # type: ignore[arg-type]
    client.with_options(timeout="slow")  # type: ignore[arg-type]


def sync_client(client: TMDBClient) -> None:
    assert_type(client.movies.details(550), MovieDetails)
    assert_type(client.with_raw_response.movies.details(550), RawResponse[MovieDetails])
    raw = client.with_raw_response.search.movie(query="fight club")
    assert_type(raw, RawResponse[Page[MovieListItem]])
    assert_type(raw.parse(), Page[MovieListItem])
    assert_type(client.with_raw_response.movies.credits(550), RawResponse[Credits])
    tuned = client.with_options(max_retries=1)
    assert_type(tuned, TMDBClient)
    assert_type(tuned.with_raw_response.people.details(287), RawResponse[PersonDetails])


async def caches_and_limiters(tmp: str) -> None:
    import redis
    import redis.asyncio

    from tmdbfusion import ClientStats
    from tmdbfusion.cache import CachePolicy, MemoryCache, RedisCache, SQLiteCache
    from tmdbfusion.ratelimit import RateLimiter, RedisRateLimiter

    async_redis = redis.asyncio.Redis()
    sync_redis = redis.Redis()
    policy = CachePolicy(ttl={"trending": 600}, max_ttl=86_400)
    async with AsyncTMDBClient(
        cache=RedisCache(async_redis),
        cache_policy=policy,
        rate_limit=RedisRateLimiter(async_redis, key="tmdb:my-ip", rate=45),
    ) as client:
        assert_type(client.stats, ClientStats)
        assert_type(await client.with_options(cache=False).movies.details(550), MovieDetails)
    AsyncTMDBClient(cache=MemoryCache(max_entries=10_000), rate_limit=RateLimiter(40))
    AsyncTMDBClient(cache=SQLiteCache(tmp))
    with TMDBClient(
        cache=RedisCache(sync_redis),
        rate_limit=RedisRateLimiter(sync_redis, key="tmdb:my-ip", rate=45),
    ) as sync:
        assert_type(sync.with_options(cache=MemoryCache()).movies.details(550), MovieDetails)
    TMDBClient(cache=SQLiteCache(tmp), rate_limit=RateLimiter(40))
    TMDBClient(cache=RedisCache(async_redis))  # type: ignore[arg-type]
    AsyncTMDBClient(rate_limit=RedisRateLimiter(sync_redis, rate=45))  # type: ignore[arg-type]
