"""Identical calls in flight at the same moment share one request to TMDB: asyncio
tasks in the async client, threads in the sync one."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tmdbfusion import AsyncTMDBClient, NotFoundError, TMDBClient
from tmdbfusion._singleflight import AsyncSingleFlight
from tmdbfusion.cache import MemoryCache
from tmdbfusion.testing import FakeTMDB

OPTIONS = {"rate_limit": None, "max_retries": 0}


async def test_concurrent_identical_calls_share_one_request(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.05
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as c:
        ids = [600 + i % 4 for i in range(40)]
        movies = await asyncio.gather(*(c.movies.details(i) for i in ids))
        stats = c.stats
    assert [m.id for m in movies] == ids
    assert sorted(r.path for r in fake_tmdb.requests) == [f"/3/movie/{600 + i}" for i in range(4)]
    assert (stats.cache_misses, stats.coalesced, stats.cache_hits) == (4, 36, 0)


async def test_a_shared_error_reaches_every_caller(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.05
    fake_tmdb.not_found.add("/3/movie/404")
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as c:
        results = await asyncio.gather(
            *(c.movies.details(404) for _ in range(5)), return_exceptions=True
        )
    assert all(isinstance(r, NotFoundError) for r in results)
    assert len(fake_tmdb.requests) == 1


async def test_a_cancelled_waiter_leaves_the_others_their_answer(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.1
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as c:
        leader = asyncio.create_task(c.movies.details(610))
        waiters = [asyncio.create_task(c.movies.details(610)) for _ in range(3)]
        await asyncio.sleep(0.03)
        waiters[0].cancel()
        movies = await asyncio.gather(leader, *waiters[1:])
        assert waiters[0].cancelled()
    assert [m.id for m in movies] == [610, 610, 610]
    assert len(fake_tmdb.requests) == 1


async def test_when_the_caller_doing_the_work_is_cancelled_another_takes_over(
    fake_tmdb: FakeTMDB,
) -> None:
    fake_tmdb.faults.latency = 0.1
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as c:
        leader = asyncio.create_task(c.movies.details(611))
        waiters = [asyncio.create_task(c.movies.details(611)) for _ in range(3)]
        await asyncio.sleep(0.03)
        leader.cancel()
        movies = await asyncio.gather(*waiters)
        assert leader.cancelled()
        assert c.stats.coalesced == 2  # one waiter did the work again, two shared it
    assert [m.id for m in movies] == [611, 611, 611]
    assert [r.path for r in fake_tmdb.requests] == ["/3/movie/611"] * 2


async def test_when_every_caller_is_cancelled_the_shared_work_is_cancelled() -> None:
    flights = AsyncSingleFlight()
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def work() -> int:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return 1

    callers = [asyncio.create_task(flights.run("k", work)) for _ in range(3)]
    await started.wait()
    for caller in callers:
        caller.cancel()
    await asyncio.gather(*callers, return_exceptions=True)
    await asyncio.wait_for(cancelled.wait(), 1)
    # A later call starts afresh rather than joining the cancelled one.
    assert await flights.run("k", _one) == (1, False)


async def _one() -> int:
    return 1


def test_threads_share_one_request(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.1
    barrier = threading.Barrier(12)
    results: list[int] = []
    with TMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as client:

        def call() -> None:
            barrier.wait()
            results.append(client.movies.details(620).id)

        threads = [threading.Thread(target=call) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stats = client.stats
    assert results == [620] * 12
    assert len(fake_tmdb.requests) == 1
    assert stats.cache_misses == 1 and stats.coalesced == 11


def test_threads_share_an_error(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.1
    fake_tmdb.not_found.add("/3/movie/404")
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []
    with TMDBClient(**fake_tmdb.client_kwargs(), **OPTIONS, cache=MemoryCache()) as client:

        def call() -> None:
            barrier.wait()
            with pytest.raises(NotFoundError) as caught:
                client.movies.details(404)
            errors.append(caught.value)

        threads = [threading.Thread(target=call) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(errors) == 6
    assert len(fake_tmdb.requests) == 1
