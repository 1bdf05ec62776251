"""The blocking client shared by many threads stays within max_connections."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from tmdbfusion import TMDBClient
from tmdbfusion.testing import FakeTMDB


def test_threads_share_one_pool_within_max_connections(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.01
    with (
        TMDBClient(**fake_tmdb.client_kwargs(), max_connections=4, rate_limit=None) as client,
        ThreadPoolExecutor(max_workers=16) as pool,
    ):
        movies = list(pool.map(client.movies.details, range(1, 201)))
    assert [m.id for m in movies] == list(range(1, 201))
    assert 1 < fake_tmdb.max_in_flight <= 4


def test_rate_limit_holds_across_threads(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.rate_limit = 50
    fake_tmdb.faults.retry_after = 0
    with (
        TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=40) as client,
        ThreadPoolExecutor(max_workers=20) as pool,
    ):
        movies = list(pool.map(client.movies.details, range(1, 101)))
    assert len(movies) == 100
    assert len(fake_tmdb.requests) == 100
