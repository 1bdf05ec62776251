"""The ordered, bounded-concurrency map behind paginate(concurrency=N) and fetch_many,
in each flavour: asyncio tasks and a thread pool."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion._concurrency import AsyncBoundedMap, SyncBoundedMap
from tmdbfusion.testing import FakeTMDB


def _pool_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("tmdbfusion-bulk")]


class Gauge:
    """Counts calls running at once (thread-safe), and the most seen."""

    def __init__(self) -> None:
        self.now = self.most = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


@pytest.mark.parametrize(("limit", "window"), [(1, None), (3, None), (3, 7)])
async def test_async_map_orders_and_bounds(limit: int, window: int | None) -> None:
    gauge = Gauge()
    drawn: list[int] = []
    handed = 0

    def inputs() -> Iterator[int]:
        for i in range(30):
            drawn.append(i)
            yield i

    async def work(i: int) -> int:
        gauge.enter()
        await asyncio.sleep(0.001 * ((i * 7) % 5))  # finish out of order
        gauge.leave()
        return i * i

    results = []
    async with AsyncBoundedMap(work, inputs(), limit=limit, window=window) as mapped:
        async for value in mapped:
            handed += 1
            assert len(drawn) - handed <= (window or limit)
            results.append(value)
    assert results == [i * i for i in range(30)]
    assert gauge.most == limit


async def test_async_map_unordered_yields_as_finished() -> None:
    async def work(i: int) -> int:
        await asyncio.sleep(0.05 if i == 0 else 0)
        return i

    async with AsyncBoundedMap(work, range(4), limit=4, ordered=False) as mapped:
        results = [value async for value in mapped]
    assert sorted(results) == [0, 1, 2, 3]
    assert results[-1] == 0


async def test_async_map_raises_in_order_and_cancels_the_rest() -> None:
    cancelled: list[int] = []

    async def work(i: int) -> int:
        if i == 2:
            raise KeyError(i)
        try:
            await asyncio.sleep(0 if i < 2 else 10)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise
        return i

    got: list[int] = []
    with pytest.raises(KeyError):
        async with AsyncBoundedMap(work, range(100), limit=4) as mapped:
            async for value in mapped:
                got.append(value)
    assert got == [0, 1]
    assert sorted(cancelled) == [3, 4, 5]
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []


async def test_async_map_cancelled_consumer_leaves_no_task() -> None:
    async def work(i: int) -> int:
        await asyncio.sleep(10)
        return i

    async def consume() -> None:
        async with AsyncBoundedMap(work, range(100), limit=5) as mapped:
            async for _ in mapped:
                pass

    task = asyncio.ensure_future(consume())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []


@pytest.mark.parametrize("ordered", [True, False])
def test_sync_map_uses_limit_threads_and_draws_in_the_caller(ordered: bool) -> None:
    gauge = Gauge()
    caller = threading.get_ident()
    workers: set[int] = set()
    drawn_in: set[int] = set()

    def inputs() -> Iterator[int]:
        for i in range(40):
            drawn_in.add(threading.get_ident())
            yield i

    def work(i: int) -> int:
        gauge.enter()
        workers.add(threading.get_ident())
        time.sleep(0.002)
        gauge.leave()
        return -i

    with SyncBoundedMap(work, inputs(), limit=4, window=8, ordered=ordered) as mapped:
        results = list(mapped)
    assert (results if ordered else sorted(results, reverse=True)) == [-i for i in range(40)]
    assert gauge.most == 4
    assert len(workers) <= 4 and caller not in workers
    assert drawn_in == {caller}


def test_sync_map_raises_and_cancels_what_has_not_started() -> None:
    started: list[int] = []

    def work(i: int) -> int:
        started.append(i)
        if i == 1:
            raise KeyError(i)
        time.sleep(0.05)
        return i

    with pytest.raises(KeyError), SyncBoundedMap(work, range(100), limit=2, window=4) as mapped:
        list(mapped)
    time.sleep(0.1)
    assert len(started) <= 4


def test_sync_fetch_many_shares_one_client_across_its_threads(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.01
    with TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None, max_connections=6) as client:
        results = list(client.fetch_many(client.movies.details, range(1, 121), ordered=True))
        # The pool's threads are gone once the batch is over.
        assert _pool_threads() == []
    assert [r.value.id for r in results if r.value is not None] == list(range(1, 121))
    assert fake_tmdb.max_in_flight == 6


def test_sync_fetch_many_left_early_stops_its_threads(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.01
    with TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None, max_connections=4) as client:
        for result in client.fetch_many(client.movies.details, range(1, 1_000_001)):
            assert result.ok
            break
        assert _pool_threads() == []
    assert len(fake_tmdb.requests) <= 1 + 4


def test_sync_fetch_many_keeps_the_rate_limit(fake_tmdb: FakeTMDB) -> None:
    """TMDB-side limit 50/s, client limit 40/s, no retries: not one 429."""
    fake_tmdb.faults.rate_limit = 50
    fake_tmdb.faults.retry_after = 0
    with TMDBClient(
        **fake_tmdb.client_kwargs(), rate_limit=40, max_connections=10, max_retries=0
    ) as client:
        results = list(client.fetch_many(client.movies.details, range(1, 101)))
    assert all(r.ok for r in results)
    assert fake_tmdb.status_counts[429] == 0


async def test_async_paginate_cancelled_leaves_no_task(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.data.total_pages = 30
    fake_tmdb.faults.latency = 0.05
    try:
        async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None) as client:

            async def walk() -> None:
                async for _ in client.paginate(client.movies.popular, concurrency=8):
                    pass

            task = asyncio.ensure_future(walk())
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0)
            assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    finally:
        fake_tmdb.data.total_pages = 3
