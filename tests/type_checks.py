"""What mypy must see: run by ``mypy --strict`` (pyproject's ``files``), never by pytest.

Each ``assert_type`` fails the type check if a method's return type is wrong, so raw
responses and per-call options keep their exact types on both clients.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Iterator
from typing import Any, assert_type

from tmdbfusion import AsyncTMDBClient, FetchResult, RawResponse, TMDBClient
from tmdbfusion._async.pagination import AsyncPaginator
from tmdbfusion._sync.pagination import SyncPaginator
from tmdbfusion.models import (
    ChangedItem,
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


async def pipelines(client: AsyncTMDBClient, sync: TMDBClient) -> None:
    # fetch_many: the input's type and the method's model, on both clients.
    batch = client.fetch_many(client.movies.details, [550], append_to_response=["credits"])
    assert_type(batch, AsyncGenerator[FetchResult[int, MovieDetails], None])
    await batch.aclose()  # a generator: closing it cancels the calls in flight
    async for result in client.fetch_many(client.movies.details, [550], ordered=True):
        assert_type(result, FetchResult[int, MovieDetails])
        assert_type(result.value, MovieDetails | None)
        assert_type(result.error, Exception | None)
        assert_type(result.ok, bool)
    assert_type(
        sync.fetch_many(sync.movies.details, (i for i in range(3))),
        Generator[FetchResult[int, MovieDetails], None, None],
    )
    assert_type(
        sync.fetch_many(sync.with_raw_response.people.details, [287]),
        Generator[FetchResult[int, RawResponse[PersonDetails]], None, None],
    )
    client.fetch_many(client.movies.details, ["550"])  # type: ignore[call-overload]
    client.fetch_many(client.movies.details, [550], appendix=1)  # type: ignore[call-overload]
    # paginate(concurrency=N) keeps the item type.
    pages = client.paginate(client.movies.popular, region="US", concurrency=10)
    assert_type(pages, AsyncPaginator[MovieListItem])
    assert_type(pages.truncated, bool)
    assert_type(pages.total_pages, int | None)
    assert_type(
        sync.paginate(sync.search.movie, query="x", concurrency=4), SyncPaginator[MovieListItem]
    )
    client.paginate(client.movies.popular, regoin="US")  # type: ignore[call-overload]
    # changes.iter_ids: ids.
    async for movie_id in client.changes.iter_ids("movie", since="2026-01-01"):
        assert_type(movie_id, int)
    assert_type(sync.changes.iter_ids("tv", since="2026-01-01"), Iterator[int])
    assert_type(await client.changes.movie_list(), Page[ChangedItem])
