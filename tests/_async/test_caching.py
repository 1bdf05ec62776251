"""The response cache through the client, over real sockets, on every built-in backend
(memory, a SQLite file, a real redis-server) and on a backend written by a user."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from tests.user_components import BrokenBackend, CountingLimiter, RecordingBackend
from tmdbfusion import AsyncTMDBClient, NotFoundError, ServerError
from tmdbfusion.cache import AsyncCacheBackend, CachePolicy, MemoryCache
from tmdbfusion.cache.entry import decode_entry
from tmdbfusion.testing import FakeTMDB

from .conftest import FAST_RETRIES

OPTIONS = {"rate_limit": None, "max_retries": 0}


@pytest.fixture
async def cached(
    fake_tmdb: FakeTMDB, cache_backend: AsyncCacheBackend
) -> AsyncIterator[AsyncTMDBClient]:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=cache_backend) as c:
        yield c


async def test_a_fresh_answer_is_served_from_the_cache(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    first = await cached.movies.details(550)
    second = await cached.movies.details(550)
    assert second == first
    assert [r.path for r in fake_tmdb.requests] == ["/3/movie/550"]
    stats = cached.stats
    assert (stats.cache_misses, stats.cache_hits, stats.requests_sent) == (1, 1, 1)
    assert stats.bytes_from_cache == stats.bytes_received > 0


async def test_an_expired_answer_is_revalidated_and_a_304_refreshes_it(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.default_max_age = 0  # stale as soon as stored
    first = await cached.movies.details(551)
    second = await cached.movies.details(551)
    assert second == first
    sent, revalidation = fake_tmdb.requests
    assert "If-None-Match" not in sent.headers
    assert revalidation.headers["If-None-Match"].startswith('W/"')
    assert fake_tmdb.status_counts == {200: 1, 304: 1}
    assert cached.stats.cache_revalidations == 1
    fake_tmdb.default_max_age = 3600  # the 304 makes it fresh again for an hour
    await cached.movies.details(551)
    assert fake_tmdb.status_counts == {200: 1, 304: 2}
    await cached.movies.details(551)
    assert len(fake_tmdb.requests) == 3


async def test_a_changed_answer_replaces_the_entry(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.default_max_age = 0
    fake_tmdb.set_response("GET", "/3/movie/552", {"id": 552, "title": "Before"})
    assert (await cached.movies.details(552)).title == "Before"
    fake_tmdb.set_response("GET", "/3/movie/552", {"id": 552, "title": "After"})
    assert (await cached.movies.details(552)).title == "After"
    assert fake_tmdb.status_counts == {200: 2}
    fake_tmdb.default_max_age = 3600
    assert (await cached.movies.details(552)).title == "After"
    assert (await cached.movies.details(552)).title == "After"
    assert fake_tmdb.status_counts == {200: 2, 304: 1}


async def test_the_cache_holds_tmdbs_bytes_under_a_key_without_credentials(
    fake_tmdb: FakeTMDB,
) -> None:
    backend = RecordingBackend()
    exact = b'{"id": 553,  "title": "Spacing kept"}'
    fake_tmdb.set_response("GET", "/3/movie/553", exact)
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), **OPTIONS, cache=backend, language="fr-FR"
    ) as client:
        await client.movies.details(553, append_to_response=["videos", "credits"])
    ((key, value),) = backend.values.items()
    assert fake_tmdb.api_key not in key and "api_key" not in key
    assert key == (
        f"GET {fake_tmdb.url}/3/movie/553?append_to_response=credits%2Cvideos&language=fr-FR"
    )
    entry = decode_entry(value)
    assert entry is not None
    assert entry.body == exact and entry.status == 200 and entry.etag is not None
    # Fresh for TMDB's max-age, then kept a day more to be revalidated.
    assert backend.lifetimes[key] == pytest.approx(6 * 3600 + 86_400)


async def test_same_query_in_any_order_shares_an_entry_and_defaults_split_them(
    fake_tmdb: FakeTMDB, cache_backend: AsyncCacheBackend
) -> None:
    kwargs = {**fake_tmdb.client_kwargs(), **OPTIONS, "cache": cache_backend}
    async with AsyncTMDBClient(**kwargs, language="en-US") as english:
        await english.movies.details(554, append_to_response=["images", "credits"])
        await english.movies.details(554, append_to_response="credits,images")
        assert len(fake_tmdb.requests) == 1
        async with AsyncTMDBClient(**kwargs, language="de-DE") as german:
            await german.movies.details(554, append_to_response="credits,images")
    assert [r.query["language"] for r in fake_tmdb.requests] == ["en-US", "de-DE"]


async def test_policy_ttl_overrides_max_age_per_resource_and_operation(
    fake_tmdb: FakeTMDB,
) -> None:
    backend = RecordingBackend()
    policy = CachePolicy(
        ttl={"trending": 60, "movies": 120, "movies.popular": 30}, max_ttl=100, keep_stale=0
    )
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), **OPTIONS, cache=backend, cache_policy=policy
    ) as client:
        await client.trending.movies("day")
        await client.movies.details(555)
        await client.movies.popular()
        await client.people.details(287)
    lifetimes = {key.split("?")[0].split("/3/")[1]: ttl for key, ttl in backend.lifetimes.items()}
    assert lifetimes == {
        "trending/movie/day": 60,
        "movie/555": 100,  # 120 clamped by max_ttl
        "movie/popular": 30,
        "person/287": 100,  # TMDB's six hours, clamped
    }


async def test_a_ttl_of_zero_revalidates_every_time(fake_tmdb: FakeTMDB) -> None:
    policy = CachePolicy(ttl={"trending": 0})
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache(), cache_policy=policy
    ) as client:
        for _ in range(3):
            await client.trending.movies("week")
    assert fake_tmdb.status_counts == {200: 1, 304: 2}


async def test_one_users_account_data_is_never_served_to_another(
    fake_tmdb: FakeTMDB, cache_backend: AsyncCacheBackend
) -> None:
    kwargs = {**fake_tmdb.client_kwargs(), **OPTIONS, "cache": cache_backend}
    async with AsyncTMDBClient(**kwargs) as alice, AsyncTMDBClient(**kwargs) as bob:
        for client, session in ((alice, "alice-session"), (bob, "bob-session")):
            await client.account.details(1, session_id=session)
            await client.account.details(1, session_id=session)
            await client.movies.account_states(550, session_id=session)
            await client.account.rated_movies(1, session_id=session)
            # Public details with the user's own state appended.
            await client.movies.details(
                550, append_to_response=["account_states"], session_id=session
            )
        for client, guest in ((alice, "alice-guest"), (bob, "bob-guest")):
            await client.guest_sessions.rated_movies(guest)
            await client.movies.details(
                550, append_to_response=["account_states"], guest_session_id=guest
            )
        await alice.authentication.create_request_token()
        await bob.authentication.create_request_token()
        assert alice.stats.cache_hits == bob.stats.cache_hits == 0
    sessions = [
        r.query.get("session_id") or r.query.get("guest_session_id") or r.path.split("/")[3]
        for r in fake_tmdb.requests
    ]
    assert sessions == (
        ["alice-session"] * 5
        + ["bob-session"] * 5
        + ["alice-guest", "alice-guest", "bob-guest", "bob-guest"]
        + ["token", "token"]
    )


async def test_errors_are_not_cached_unless_the_policy_asks(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.not_found.add("/3/movie/404")
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as c:
        for _ in range(2):
            with pytest.raises(NotFoundError):
                await c.movies.details(404)
    assert fake_tmdb.status_counts == {404: 2}

    fake_tmdb.reset()
    fake_tmdb.not_found.add("/3/movie/404")
    policy = CachePolicy(negative_ttl=60)
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache(), cache_policy=policy
    ) as c:
        for _ in range(3):
            with pytest.raises(NotFoundError) as caught:
                await c.movies.details(404)
            assert caught.value.status_code == 34
    assert fake_tmdb.status_counts == {404: 1}


async def test_a_deleted_resource_drops_its_stale_entry(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.default_max_age = 0
    await cached.movies.details(556)
    fake_tmdb.not_found.add("/3/movie/556")
    with pytest.raises(NotFoundError):
        await cached.movies.details(556)
    with pytest.raises(NotFoundError):
        await cached.movies.details(556)
    assert "If-None-Match" not in fake_tmdb.requests[-1].headers


async def test_stale_if_error_serves_the_expired_entry_when_tmdb_fails(
    fake_tmdb: FakeTMDB, cache_backend: AsyncCacheBackend
) -> None:
    fake_tmdb.default_max_age = 0
    policy = CachePolicy(stale_if_error=True)
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(),
        max_retries=3,
        rate_limit=None,
        cache=cache_backend,
        cache_policy=policy,
    ) as client:
        fresh = await client.movies.details(557)
        fake_tmdb.faults.fail_first = 1
        assert await client.movies.details(557) == fresh
        fake_tmdb.faults.fail_status = 429
        fake_tmdb.faults.fail_first = 1
        assert await client.movies.details(557) == fresh
        assert client.stats.cache_stale == 2
        # Not retried: the stale answer came at once.
        assert client.stats.retries == 0
    assert fake_tmdb.status_counts == {200: 1, 503: 1, 429: 1}


async def test_without_stale_if_error_a_failure_is_raised(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.default_max_age = 0
    await cached.movies.details(558)
    fake_tmdb.faults.fail_first = 1
    with pytest.raises(ServerError):
        await cached.movies.details(558)
    assert cached.stats.cache_stale == 0


async def test_stale_if_error_covers_an_unreachable_tmdb() -> None:
    backend = RecordingBackend()
    policy = CachePolicy(stale_if_error=True)
    with FakeTMDB() as fake:
        fake.default_max_age = 0
        url = fake.url
        async with AsyncTMDBClient(
            **fake.client_kwargs(), **OPTIONS, cache=backend, cache_policy=policy
        ) as client:
            movie = await client.movies.details(559)
    # The same cache, TMDB now gone.
    async with AsyncTMDBClient(
        fake.api_key, base_url=url, **OPTIONS, cache=backend, cache_policy=policy
    ) as client:
        assert await client.movies.details(559) == movie
        assert client.stats.cache_stale == 1


async def test_with_options_cache_false_bypasses_the_cache(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    await cached.movies.details(560)
    uncached = cached.with_options(cache=False)
    await uncached.movies.details(560)
    await uncached.movies.details(561)
    await cached.movies.details(561)
    assert [r.path for r in fake_tmdb.requests] == [
        "/3/movie/560",
        "/3/movie/560",
        "/3/movie/561",
        "/3/movie/561",
    ]
    assert "If-None-Match" not in fake_tmdb.requests[1].headers
    assert cached.stats.requests_sent == 4  # stats are shared with derived clients


async def test_writes_are_not_cached(cached: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    for _ in range(2):
        await cached.movies.add_rating(550, value=8.5, session_id="s")
    assert [r.method for r in fake_tmdb.requests] == ["POST", "POST"]


async def test_the_generic_request_goes_through_the_cache(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    first = await cached.request("GET", "/3/movie/562")
    assert await cached.request("GET", "/3/movie/562") == first
    assert len(fake_tmdb.requests) == 1
    await cached.request("GET", "/3/movie/562/account_states", params={"session_id": "s"})
    await cached.request("GET", "/3/movie/562/account_states", params={"session_id": "s"})
    assert len(fake_tmdb.requests) == 3


async def test_raw_responses_come_from_the_cache_too(
    cached: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    first = await cached.with_raw_response.movies.details(563)
    second = await cached.with_raw_response.movies.details(563)
    assert second.content == first.content
    assert second.headers["etag"] == first.headers["ETag"]
    assert second.headers["content-type"].startswith("application/json")
    assert second.parse() == first.parse()
    assert len(fake_tmdb.requests) == 1


async def test_a_failing_backend_is_a_miss_logged_once(
    fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    backend = BrokenBackend()
    caplog.set_level(logging.WARNING, logger="tmdbfusion.cache")
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=backend) as client:
        for _ in range(3):
            assert (await client.movies.details(564)).id == 564
    assert len(fake_tmdb.requests) == 3
    assert backend.calls == 6
    warnings = [r for r in caplog.records if r.name == "tmdbfusion.cache"]
    assert len(warnings) == 1
    assert "storage is down" in warnings[0].getMessage()


async def test_bytes_that_are_not_an_entry_are_a_miss(fake_tmdb: FakeTMDB) -> None:
    backend = RecordingBackend()
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=backend) as client:
        await client.movies.details(565)
        (key,) = backend.values
        backend.values[key] = b"written by another program"
        assert (await client.movies.details(565)).id == 565
    assert len(fake_tmdb.requests) == 2
    assert decode_entry(backend.values[key]) is not None


async def test_stats_count_requests_retries_and_429s(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None) as client:
        client.retry_policy = FAST_RETRIES
        fake_tmdb.faults.fail_first = 2
        await client.movies.details(566)
        fake_tmdb.faults.fail_status = 429
        fake_tmdb.faults.retry_after = 0.01
        fake_tmdb.faults.fail_first = 1
        await client.movies.details(567)
        stats = client.stats
    assert stats.requests_sent == 5
    assert stats.retries == 3
    assert dict(stats.retries_by_cause) == {"server_error": 2, "rate_limited": 1}
    assert stats.rate_limited == 1
    assert stats.cache_hits == stats.cache_misses == 0


async def test_stats_count_bytes_received(client: AsyncTMDBClient) -> None:
    raw = await client.with_raw_response.movies.details(568)
    assert client.stats.bytes_received == len(raw.content) > 0
    assert client.stats.requests_sent == 1


async def test_a_rate_limiter_of_the_users_own_is_used(fake_tmdb: FakeTMDB) -> None:
    limiter = CountingLimiter(wait=0.01)
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=limiter) as client:
        await client.movies.details(569)
        await client.movies.details(570)
    assert (limiter.reserved, limiter.refunded) == (2, 0)


async def test_cache_hits_take_no_rate_limit_slot(fake_tmdb: FakeTMDB) -> None:
    limiter = CountingLimiter()
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), rate_limit=limiter, cache=MemoryCache()
    ) as client:
        for _ in range(5):
            await client.movies.details(571)
    assert limiter.reserved == 1


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"cache": object()}, TypeError, "AsyncCacheBackend"),
        ({"cache": "memory"}, TypeError, "AsyncCacheBackend"),
        ({"cache_policy": {"max_ttl": 1}}, TypeError, "CachePolicy"),
        ({"rate_limit": "fast"}, TypeError, "rate_limit"),
        ({"rate_limit": True}, TypeError, "rate_limit"),
    ],
)
async def test_bad_cache_and_limiter_arguments_are_refused(
    fake_tmdb: FakeTMDB, kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        AsyncTMDBClient(**fake_tmdb.client_kwargs(), **kwargs)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
