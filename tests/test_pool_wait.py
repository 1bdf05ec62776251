"""The timeout bounds a request, not its wait for one of the max_connections slots.

Requests beyond ``max_connections`` queue; a request queued behind slow ones has not
been sent, so it must not time out. (Found by the bulk-crawl benchmarks: with aiohttp's
own pool doing the queueing, 25 of these 40 requests failed with "timed out".)
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion.testing import FakeTMDB

LATENCY = 0.3
TIMEOUT = 1.0  # each request takes 0.3 s; the last of 5 waves starts after 1.2 s


async def test_async_requests_queued_beyond_max_connections_do_not_time_out(
    fake_tmdb: FakeTMDB,
) -> None:
    fake_tmdb.faults.latency = LATENCY
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(),
        max_connections=2,
        rate_limit=None,
        timeout=TIMEOUT,
        max_retries=0,
    ) as client:
        movies = await asyncio.gather(*(client.movies.details(i) for i in range(1, 11)))
    assert [m.id for m in movies] == list(range(1, 11))
    assert len(fake_tmdb.requests) == 10
    assert fake_tmdb.max_in_flight <= 2


def test_threads_queued_beyond_max_connections_do_not_time_out(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = LATENCY
    with (
        TMDBClient(
            **fake_tmdb.client_kwargs(),
            max_connections=2,
            rate_limit=None,
            timeout=TIMEOUT,
            max_retries=0,
        ) as client,
        ThreadPoolExecutor(max_workers=10) as pool,
    ):
        movies = list(pool.map(client.movies.details, range(1, 11)))
    assert [m.id for m in movies] == list(range(1, 11))
    assert len(fake_tmdb.requests) == 10
    assert fake_tmdb.max_in_flight <= 2
