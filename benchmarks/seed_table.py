"""1. The seed table: 50 movie details at 500 ms injected latency."""

from __future__ import annotations

import asyncio
import math
from typing import Any

from tmdbfusion import AsyncTMDBClient, TMDBClient

from .harness import Check, Section, interleaved
from .server import API_KEY, serve

COUNT = 50
LATENCY = 0.5
DEFAULT_CONNECTIONS = 20


def run(repeats: int, quick: bool) -> Section:
    count = 10 if quick else COUNT
    ids = list(range(1, count + 1))
    with serve(latency=LATENCY, ids=count, payload="plain") as server:
        kwargs: dict[str, Any] = {"api_key": API_KEY, "base_url": server.url}

        def sync_loop() -> None:
            with TMDBClient(**kwargs) as client:
                for movie_id in ids:
                    client.movies.details(movie_id)

        async def async_loop() -> None:
            async with AsyncTMDBClient(**kwargs) as client:
                for movie_id in ids:
                    await client.movies.details(movie_id)

        async def gather(**settings: Any) -> None:
            async with AsyncTMDBClient(**kwargs, **settings) as client:
                await asyncio.gather(*(client.movies.details(i) for i in ids))

        series = interleaved(
            {
                "sync client, loop": sync_loop,
                "async client, loop": lambda: asyncio.run(async_loop()),
                "async gather, defaults": lambda: asyncio.run(gather()),
                f"async gather, max_connections={count}, rate_limit=None": lambda: asyncio.run(
                    gather(max_connections=count, rate_limit=None)
                ),
            },
            repeats,
            server,
        )
    rows = list(series.values())
    floors = [
        count * LATENCY,
        count * LATENCY,
        math.ceil(count / DEFAULT_CONNECTIONS) * LATENCY,
        LATENCY,
    ]
    for row, floor in zip(rows, floors, strict=True):
        row.floor = floor
    notes = [
        f"Floors: {count} x {LATENCY:g} s for the loops; ceil({count} / {DEFAULT_CONNECTIONS}) "
        f"x {LATENCY:g} s for a gather with the default max_connections={DEFAULT_CONNECTIONS} "
        f"(the default rate_limit=40 lets 40 go at once and the rest within 0.25 s, inside "
        f"the first round trip); one round trip for an unconstrained gather.",
    ]
    checks = [
        Check("seed: unconstrained gather vs one round trip", rows[3].median / floors[3], 1.2),
        Check("seed: gather with defaults vs its floor", rows[2].median / floors[2], 1.1),
    ]
    return Section(
        f"1. Seed table: {count} movie details at {LATENCY * 1000:.0f} ms", rows, checks, notes
    )
