"""4. Against the peers, on the same FakeTMDB: 1,000 movie details each.

Two workloads: plain details (TMDB's own example, the issue's case) and details with
``append_to_response=credits`` (what a bot showing a cast sends). Raw aiohttp +
json.loads runs beside the async clients as the floor any client on aiohttp's
``ClientSession`` pays.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import aiohttp

from tmdbfusion import AsyncTMDBClient, TMDBClient

from .harness import Check, Section, Series, interleaved, paired_ratio
from .server import API_KEY, Server, serve

CONCURRENCY = 20
OURS_ASYNC = "tmdbfusion AsyncTMDBClient"
OURS_SYNC = "tmdbfusion TMDBClient"
THEMOVIEDB_ASYNC = "themoviedb aioTMDb"
RAW_AIOHTTP = "raw aiohttp + json.loads (no model)"


def _async_variants(url: str, ids: list[int], append: str) -> dict[str, Callable[[], object]]:
    parts: list[Any] | None = [append] if append else None

    async def ours() -> None:
        async with AsyncTMDBClient(
            API_KEY, base_url=url, max_connections=CONCURRENCY, rate_limit=None
        ) as client:
            await asyncio.gather(*(client.movies.details(i, append_to_response=parts) for i in ids))

    async def raw() -> None:
        params = {"api_key": API_KEY}
        if append:
            params["append_to_response"] = append
        connector = aiohttp.TCPConnector(limit=CONCURRENCY)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one(movie_id: int) -> Any:
                async with session.get(f"{url}/3/movie/{movie_id}", params=params) as response:
                    return json.loads(await response.read())

            await asyncio.gather(*(one(i) for i in ids))

    variants: dict[str, Callable[[], object]] = {
        OURS_ASYNC: lambda: asyncio.run(ours()),
        RAW_AIOHTTP: lambda: asyncio.run(raw()),
    }
    try:
        from themoviedb import aioTMDb
    except ImportError:
        return variants

    async def themoviedb_async() -> None:
        # The same concurrency for both: at most CONCURRENCY requests in flight, on one
        # pooled session (`async with` opens it; without, each request opens its own).
        gate = asyncio.Semaphore(CONCURRENCY)
        async with aioTMDb(api_key=API_KEY) as tmdb:
            tmdb._config.host = url

            async def one(movie_id: int) -> Any:
                async with gate:
                    return await tmdb.movie(movie_id).details(append_to_response=append or None)

            await asyncio.gather(*(one(i) for i in ids))

    variants[THEMOVIEDB_ASYNC] = lambda: asyncio.run(themoviedb_async())
    return variants


def _sync_variants(url: str, ids: list[int], append: str) -> dict[str, Callable[[], object]]:
    parts: list[Any] | None = [append] if append else None

    def ours() -> None:
        with TMDBClient(API_KEY, base_url=url, rate_limit=None) as client:
            for movie_id in ids:
                client.movies.details(movie_id, append_to_response=parts)

    variants: dict[str, Callable[[], object]] = {OURS_SYNC: ours}
    try:
        import requests
        import tmdbsimple

        def simple() -> None:
            tmdbsimple.API_KEY = API_KEY
            tmdbsimple.REQUESTS_SESSION = requests.Session()
            extra = {"append_to_response": append} if append else {}
            try:
                for movie_id in ids:
                    movie = tmdbsimple.Movies(movie_id)
                    movie.base_uri = f"{url}/3"
                    movie.info(**extra)
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
                # Its default appends seven parts; ask for what the others ask for.
                movie.details(movie_id, append_to_response=append)

        variants["tmdbv3api"] = v3api
    except ImportError:
        pass
    try:
        from themoviedb import TMDb as MovieDB

        def themoviedb_sync() -> None:
            with MovieDB(api_key=API_KEY) as tmdb:
                tmdb._config.host = url
                for movie_id in ids:
                    tmdb.movie(movie_id).details(append_to_response=append or None)

        variants["themoviedb TMDb (sync)"] = themoviedb_sync
    except ImportError:
        pass
    return variants


def _run_group(
    variants: dict[str, Callable[[], object]],
    server: Server,
    repeats: int,
    title: str,
    notes: list[str],
) -> dict[str, Series]:
    working: dict[str, Callable[[], object]] = {}
    for label, call in variants.items():
        try:
            call()  # warm-up, and a check that the peer works against the fake
            working[label] = call
        except Exception as exc:
            notes.append(f"{title}: {label} could not run: {type(exc).__name__}: {exc}"[:300])
    measured = interleaved(working, repeats, server)
    for series in measured.values():
        series.label = f"{title}: {series.label}"
    return measured


def run(repeats: int, quick: bool) -> Section:
    count = 100 if quick else 1000
    ids = list(range(1, count + 1))
    notes = [
        f"{count:,} movie details per run. Async: at most {CONCURRENCY} requests in flight "
        "for every client; sync: one at a time, in a loop. Each peer is pointed at the fake "
        "through its base-URL attribute and reuses one pooled session.",
    ]
    series: list[Series] = []
    checks: list[Check] = []
    workloads = [
        ("plain details", "plain", "", True),
        ("details + credits", "credits", "credits", False),
    ]
    for title, payload, append, with_sync in workloads:
        with serve(ids=count, payload=payload) as server:
            groups = [_async_variants(server.url, ids, append)]
            if with_sync:
                groups.append(_sync_variants(server.url, ids, append))
            for variants in groups:
                measured = _run_group(variants, server, repeats, title, notes)
                series.extend(measured.values())
                labels = list(measured)
                ours = measured[labels[0]]
                for label in labels[1:]:
                    other = measured[label]
                    ratio = paired_ratio(other, ours)
                    notes.append(f"{other.label} takes {ratio:.2f}x as long as {ours.label}")
                    if label == THEMOVIEDB_ASYNC:
                        checks.append(
                            Check(
                                f"peers ({title}): throughput vs themoviedb aioTMDb",
                                ratio,
                                5.0,
                                at_most=False,
                            )
                        )
                if RAW_AIOHTTP in measured and THEMOVIEDB_ASYNC in measured:
                    floor = paired_ratio(measured[THEMOVIEDB_ASYNC], measured[RAW_AIOHTTP])
                    notes.append(
                        f"{title}: themoviedb aioTMDb takes {floor:.2f}x as long as raw aiohttp "
                        f"+ json.loads, so a client on aiohttp's ClientSession with zero cost "
                        f"of its own would reach at most {floor:.2f}x its throughput here "
                        f"(AsyncTMDBClient keeps its own connections and uses only aiohttp's "
                        f"HTTP parser)"
                    )
    return Section("4. Against the peers (same FakeTMDB, same concurrency)", series, checks, notes)
