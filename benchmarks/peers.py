"""4. Against the peers, on the same FakeTMDB: 1,000 movie details each.

Three workloads: plain details (TMDB's own example), details with
``append_to_response=credits`` (what a bot showing a cast sends) and, for the async
clients only, the 290 KB details with every part appended (the overhead benchmark's
payload; themoviedb's schema rejects it). Raw aiohttp ``ClientSession`` + json.loads runs
beside the async clients: AsyncTMDBClient is built on ``ClientSession`` too, so that is
the floor of its transport, and its client CPU per request is compared with ours.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import aiohttp

from tmdbfusion import AsyncTMDBClient, TMDBClient

from .harness import Check, Section, Series, interleaved, paired_cpu_ratio, paired_ratio
from .server import API_KEY, Server, serve

CONCURRENCY = 20
OURS_ASYNC = "tmdbfusion AsyncTMDBClient"
OURS_SYNC = "tmdbfusion TMDBClient"
THEMOVIEDB_ASYNC = "themoviedb aioTMDb"
RAW_AIOHTTP = "raw aiohttp ClientSession + json.loads (no model)"
# The targets of issue 8: client CPU per request against raw ClientSession + json.loads
# (at most), and themoviedb aioTMDb's wall time over ours (at least), per workload.
CPU_BARS = {"plain": 1.10, "full": 0.6}
THEMOVIEDB_BARS = {"plain": 3.0, "credits": 40.0}


def _async_variants(
    url: str, ids: list[int], append: str, *, with_peers: bool = True
) -> dict[str, Callable[[], object]]:
    parts: list[Any] | None = [append] if append else None

    async def ours() -> None:
        async with AsyncTMDBClient(
            API_KEY, base_url=url, max_connections=CONCURRENCY, rate_limit=None
        ) as client:
            await asyncio.gather(*(client.movies.details(i, append_to_response=parts) for i in ids))

    async def raw() -> None:
        # What a competent user writes with ClientSession: one session, a connector
        # limited to the same concurrency, the body read whole and handed to json.loads.
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
    if not with_peers:
        return variants
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
    requests: int,
) -> dict[str, Series]:
    working: dict[str, Callable[[], object]] = {}
    for label, call in variants.items():
        if label in (OURS_ASYNC, OURS_SYNC):
            call()  # warm-up; our own client failing is an error, not a note
            working[label] = call
            continue
        try:
            call()  # warm-up, and a check that the peer works against the fake
            working[label] = call
        except Exception as exc:
            notes.append(f"{title}: {label} could not run: {type(exc).__name__}: {exc}"[:300])
    measured = interleaved(working, repeats, server, requests=requests)
    for series in measured.values():
        series.label = f"{title}: {series.label}"
    return measured


def run(repeats: int, quick: bool) -> Section:
    count = 100 if quick else 1000
    ids = list(range(1, count + 1))
    notes = [
        f"{count:,} movie details per run. Async: at most {CONCURRENCY} requests in flight "
        "for every client; sync: one at a time, in a loop. Each peer is pointed at the fake "
        "through its base-URL attribute and reuses one pooled session. Raw ClientSession: "
        f"one session on a TCPConnector(limit={CONCURRENCY}), `async with session.get(url, "
        "params=...) as r: json.loads(await r.read())`.",
        "AsyncTMDBClient runs on aiohttp's ClientSession (public API only), with its typed "
        "msgspec decoding in place of json.loads: the CPU targets compare its client CPU per "
        "request with the raw ClientSession loop's, measured side by side (interleaved, "
        "same server, same concurrency). On the 290 KB payload, decoding dominates.",
    ]
    if quick:
        notes.append(
            f"Quick run: {count} requests per run, so what a client costs once (creating it, "
            "loading a trust store, closing it) weighs ten times what it does in a full run."
        )
    series: list[Series] = []
    checks: list[Check] = []
    # (title, payload, append_to_response, sync clients too, peers too)
    workloads = [
        ("plain details", "plain", "", True, True),
        ("details + credits", "credits", "credits", False, True),
        ("full details, 290 KB", "full", "", False, False),
    ]
    for title, payload, append, with_sync, with_peers in workloads:
        with serve(ids=count, payload=payload) as server:
            groups = [_async_variants(server.url, ids, append, with_peers=with_peers)]
            if with_sync:
                groups.append(_sync_variants(server.url, ids, append))
            for variants in groups:
                measured = _run_group(variants, server, repeats, title, notes, count)
                series.extend(measured.values())
                checks += _compare(title, payload, measured, notes)
    return Section("4. Against the peers (same FakeTMDB, same concurrency)", series, checks, notes)


def _compare(
    title: str, payload: str, measured: dict[str, Series], notes: list[str]
) -> list[Check]:
    """Notes for every peer against the first variant (ours), and the issue's targets."""
    checks: list[Check] = []
    labels = list(measured)
    ours = measured[labels[0]]
    for label in labels[1:]:
        other = measured[label]
        ratio = paired_ratio(other, ours)
        notes.append(f"{other.label} takes {ratio:.2f}x as long as {ours.label}")
        if label == THEMOVIEDB_ASYNC and payload in THEMOVIEDB_BARS:
            checks.append(
                Check(
                    f"peers ({title}): themoviedb aioTMDb ÷ ours (wall time)",
                    ratio,
                    THEMOVIEDB_BARS[payload],
                    at_most=False,
                )
            )
    if RAW_AIOHTTP in measured:
        raw = measured[RAW_AIOHTTP]
        cpu = paired_cpu_ratio(ours, raw)
        ours_us = (ours.cpu_per_request or 0.0) * 1e6
        raw_us = (raw.cpu_per_request or 0.0) * 1e6
        notes.append(
            f"{title}: client CPU per request, AsyncTMDBClient {ours_us:.0f} µs against "
            f"{raw_us:.0f} µs for raw ClientSession + json.loads: {cpu:.3f}x (paired)"
        )
        if payload in CPU_BARS:
            checks.append(
                Check(
                    f"peers ({title}): async CPU per request ÷ raw ClientSession + json.loads",
                    cpu,
                    CPU_BARS[payload],
                )
            )
        if THEMOVIEDB_ASYNC in measured:
            floor = paired_ratio(measured[THEMOVIEDB_ASYNC], raw)
            notes.append(
                f"{title}: themoviedb aioTMDb takes {floor:.2f}x as long as raw ClientSession "
                f"+ json.loads: the ratio a client on ClientSession would reach if it cost "
                f"exactly what that loop costs (AsyncTMDBClient is on ClientSession too; its "
                f"typed decoding replaces json.loads)"
            )
    return checks
