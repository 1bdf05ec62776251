"""2. Overhead against the bare HTTP library: full movie details, no injected latency."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import aiohttp
import msgspec
import requests

from tmdbfusion import AsyncTMDBClient, TMDBClient

from .harness import Check, Section, interleaved, paired_ratio
from .payloads import movie_details_full
from .server import API_KEY, serve

CONNECTIONS = 20
DISTINCT_IDS = 500


def run(repeats: int, quick: bool) -> Section:
    count = 200 if quick else 2000
    ids = [1 + i % DISTINCT_IDS for i in range(count)]
    size_kb = len(movie_details_full()) / 1024
    with serve(ids=DISTINCT_IDS, payload="full") as server:
        url = server.url
        params = {"api_key": API_KEY}

        async def raw_aiohttp(decode: Callable[[bytes], Any]) -> None:
            connector = aiohttp.TCPConnector(limit=CONNECTIONS)
            async with aiohttp.ClientSession(connector=connector) as session:

                async def one(movie_id: int) -> Any:
                    async with session.get(f"{url}/3/movie/{movie_id}", params=params) as r:
                        return decode(await r.read())

                await asyncio.gather(*(one(i) for i in ids))

        async def ours_async() -> None:
            async with AsyncTMDBClient(
                API_KEY, base_url=url, max_connections=CONNECTIONS, rate_limit=None
            ) as client:
                await asyncio.gather(*(client.movies.details(i) for i in ids))

        def raw_requests() -> None:
            with requests.Session() as session:
                for movie_id in ids:
                    json.loads(session.get(f"{url}/3/movie/{movie_id}", params=params).content)

        def ours_sync() -> None:
            with TMDBClient(API_KEY, base_url=url, rate_limit=None) as client:
                for movie_id in ids:
                    client.movies.details(movie_id)

        async_series = interleaved(
            {
                "AsyncTMDBClient (typed)": lambda: asyncio.run(ours_async()),
                "raw aiohttp + json.loads": lambda: asyncio.run(raw_aiohttp(json.loads)),
                "raw aiohttp + msgspec (untyped)": lambda: asyncio.run(
                    raw_aiohttp(msgspec.json.decode)
                ),
            },
            repeats,
            server,
            requests=count,
        )
        sync_series = interleaved(
            {
                "TMDBClient (typed), loop": ours_sync,
                "raw requests.Session + json.loads, loop": raw_requests,
            },
            repeats,
            server,
            requests=count,
        )
    ours, raw_json, raw_msgspec = async_series.values()
    ours_s, raw_s = sync_series.values()
    checks = [
        Check("overhead: async vs raw aiohttp + json.loads", paired_ratio(ours, raw_json), 1.0),
        Check("overhead: async vs raw aiohttp + msgspec", paired_ratio(ours, raw_msgspec), 1.10),
        Check("overhead: sync vs raw requests + json.loads", paired_ratio(ours_s, raw_s), 1.0),
    ]
    notes = [
        f"{count:,} GETs of a {size_kb:.0f} KB movie-details payload with every append part "
        "(TMDB's own examples for details and each part, joined; the issue estimated about "
        f"100 KB). Async variants share {CONNECTIONS} connections; sync variants run in a loop "
        "on one. Ratios are time ÷ the bare library's time: below 1 is faster.",
    ]
    return Section(
        "2. Overhead against the bare HTTP library",
        [*async_series.values(), *sync_series.values()],
        checks,
        notes,
    )
