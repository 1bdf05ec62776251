"""asyncio-only behaviour: 1,000 tasks at once, connection limits, and cancellation."""

from __future__ import annotations

import asyncio

import pytest

from tmdbfusion import AsyncTMDBClient, TransportError
from tmdbfusion.testing import FakeTMDB


async def test_thousand_tasks_respect_max_connections(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.005  # so that requests overlap at the server
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), max_connections=7, rate_limit=None
    ) as client:
        movies = await asyncio.gather(*(client.movies.details(i) for i in range(1, 1001)))
    assert [m.id for m in movies] == list(range(1, 1001))
    assert len(fake_tmdb.requests) == 1000
    assert 1 < fake_tmdb.max_in_flight <= 7


async def test_rate_limit_keeps_under_the_servers_limit(fake_tmdb: FakeTMDB) -> None:
    # The fake answers 429 beyond 50 requests per second; the client asks for 40.
    fake_tmdb.faults.rate_limit = 50
    fake_tmdb.faults.retry_after = 0
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=40) as client:
        movies = await asyncio.gather(*(client.movies.details(i) for i in range(1, 101)))
    assert len(movies) == 100
    assert len(fake_tmdb.requests) == 100  # no 429, so nothing was sent twice


async def test_cancelled_waiters_give_back_their_rate_slots(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=10) as client:
        tasks = [asyncio.create_task(client.movies.details(i)) for i in range(1, 201)]
        await asyncio.sleep(0.05)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        done = [r for r in results if not isinstance(r, BaseException)]
        assert len(done) < 200
        assert client._limiter is not None
        # Without refunds the next caller would wait ~19 s behind 190 cancelled ones.
        assert client._limiter.reserve() < 1.0
        client._limiter.refund()
        movie = await asyncio.wait_for(client.movies.details(999), timeout=5)
    assert movie.id == 999


async def test_cancelled_requests_give_back_their_connections(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.5
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), max_connections=2, rate_limit=None
    ) as client:
        tasks = [asyncio.create_task(client.movies.details(i)) for i in range(1, 11)]
        await asyncio.sleep(0.1)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        fake_tmdb.faults.latency = 0.0
        # Both connections must be usable again: these would hang if any leaked.
        movies = await asyncio.wait_for(
            asyncio.gather(*(client.movies.details(i) for i in range(20, 24))), timeout=5
        )
    assert [m.id for m in movies] == [20, 21, 22, 23]


async def test_fake_runs_on_the_current_loop_too() -> None:
    async with FakeTMDB() as fake, AsyncTMDBClient(**fake.client_kwargs()) as client:
        movie = await client.movies.details(42)
    assert movie.id == 42
    assert fake.requests[0].path == "/3/movie/42"


def test_a_client_used_from_a_second_loop_says_so(fake_tmdb: FakeTMDB) -> None:
    client = AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None, max_retries=0)
    first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
    try:
        assert first.run_until_complete(client.movies.details(1)).id == 1
        # A usage error, not a network one: scrapers that retry TransportError must not
        # retry this.
        with pytest.raises(RuntimeError, match="another event loop") as info:
            second.run_until_complete(client.movies.details(2))
        assert not isinstance(info.value, TransportError)
        first.run_until_complete(client.close())
        # Once closed, the client starts afresh on whichever loop uses it next.
        assert second.run_until_complete(client.movies.details(3)).id == 3
        second.run_until_complete(client.close())
    finally:
        first.close()
        second.close()
