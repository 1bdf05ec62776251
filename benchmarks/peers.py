"""4. Against the peers, on the same FakeTMDB: 1,000 movie details each."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from tmdbfusion import AsyncTMDBClient, TMDBClient

from .harness import Check, Section, Series, interleaved, paired_ratio
from .server import API_KEY, serve

CONCURRENCY = 20


def _async_variants(url: str, ids: list[int]) -> dict[str, Callable[[], object]]:
    async def ours() -> None:
        async with AsyncTMDBClient(
            API_KEY, base_url=url, max_connections=CONCURRENCY, rate_limit=None
        ) as client:
            await asyncio.gather(*(client.movies.details(i) for i in ids))

    variants: dict[str, Callable[[], object]] = {
        "tmdbfusion AsyncTMDBClient": lambda: asyncio.run(ours())
    }
    try:
        from themoviedb import aioTMDb
    except ImportError:
        return variants

    async def themoviedb_async() -> None:
        # The same concurrency for both: at most CONCURRENCY requests in flight.
        gate = asyncio.Semaphore(CONCURRENCY)
        async with aioTMDb(api_key=API_KEY) as tmdb:
            tmdb._config.host = url

            async def one(movie_id: int) -> Any:
                async with gate:
                    return await tmdb.movie(movie_id).details()

            await asyncio.gather(*(one(i) for i in ids))

    variants["themoviedb aioTMDb"] = lambda: asyncio.run(themoviedb_async())
    return variants


def _sync_variants(url: str, ids: list[int]) -> dict[str, Callable[[], object]]:
    def ours() -> None:
        with TMDBClient(API_KEY, base_url=url, rate_limit=None) as client:
            for movie_id in ids:
                client.movies.details(movie_id)

    variants: dict[str, Callable[[], object]] = {"tmdbfusion TMDBClient": ours}
    try:
        import requests
        import tmdbsimple

        def simple() -> None:
            tmdbsimple.API_KEY = API_KEY
            tmdbsimple.REQUESTS_SESSION = requests.Session()
            try:
                for movie_id in ids:
                    movie = tmdbsimple.Movies(movie_id)
                    movie.base_uri = f"{url}/3"
                    movie.info()
            finally:
                tmdbsimple.REQUESTS_SESSION.close()

        variants["tmdbsimple"] = simple
    except ImportError:
        pass
    try:
        from tmdbv3api import Movie, TMDb

        def v3api() -> None:
            tmdb = TMDb()
            tmdb.api_key = API_KEY
            tmdb.cache = False
            movie = Movie()
            movie._base = f"{url}/3"
            for movie_id in ids:
                movie.details(movie_id)

        variants["tmdbv3api"] = v3api
    except ImportError:
        pass
    try:
        from themoviedb import TMDb as MovieDB

        def themoviedb_sync() -> None:
            with MovieDB(api_key=API_KEY) as tmdb:
                tmdb._config.host = url
                for movie_id in ids:
                    tmdb.movie(movie_id).details()

        variants["themoviedb TMDb (sync)"] = themoviedb_sync
    except ImportError:
        pass
    return variants


def run(repeats: int, quick: bool) -> Section:
    count = 100 if quick else 1000
    ids = list(range(1, count + 1))
    notes = [
        f"{count} movie details (the spec's plain details example). Async: at most "
        f"{CONCURRENCY} requests in flight for each client; sync: one at a time, in a loop."
    ]
    series: list[Series] = []
    checks: list[Check] = []
    with serve(ids=count, payload="plain") as url:
        for variants in (_async_variants(url, ids), _sync_variants(url, ids)):
            working: dict[str, Callable[[], object]] = {}
            for label, call in variants.items():
                try:
                    call()  # warm-up, and a check that the peer works against the fake
                    working[label] = call
                except Exception as exc:
                    notes.append(f"{label} could not run: {type(exc).__name__}: {exc}"[:240])
            measured = interleaved(working, repeats)
            series.extend(measured.values())
            ours = next(iter(measured.values()))
            for label, other in list(measured.items())[1:]:
                ratio = paired_ratio(other, ours)
                notes.append(f"{label} takes {ratio:.2f}x as long as {ours.label}")
                if label == "themoviedb aioTMDb":
                    checks.append(
                        Check("peers: throughput vs themoviedb aioTMDb", ratio, 5.0, at_most=False)
                    )
    return Section("4. Against the peers (same FakeTMDB, same concurrency)", series, checks, notes)
