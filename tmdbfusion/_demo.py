"""``python -m tmdbfusion demo``: the seed table, measured live.

Fetches the same movie details with the sync client in a loop, the async client in a
loop, and the async client with ``asyncio.gather``. Without credentials it runs
against an embedded FakeTMDB with injected latency, so the physical floor of each
row is known and printed beside it.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._settings import ENV_ACCESS_TOKEN, ENV_API_KEY


@dataclass
class Row:
    label: str
    seconds: float
    floor: float | None


def _sync_loop(kwargs: dict[str, Any], ids: list[int]) -> None:
    from ._sync.client import TMDBClient

    with TMDBClient(**kwargs) as client:
        for movie_id in ids:
            client.movies.details(movie_id)


async def _async_loop(kwargs: dict[str, Any], ids: list[int]) -> None:
    from ._async.client import AsyncTMDBClient

    async with AsyncTMDBClient(**kwargs) as client:
        for movie_id in ids:
            await client.movies.details(movie_id)


async def _async_gather(kwargs: dict[str, Any], ids: list[int]) -> None:
    from ._async.client import AsyncTMDBClient

    async with AsyncTMDBClient(**kwargs) as client:
        await asyncio.gather(*(client.movies.details(movie_id) for movie_id in ids))


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _real_ids(kwargs: dict[str, Any], count: int) -> list[int]:
    from ._sync.client import TMDBClient

    with TMDBClient(**kwargs) as client:
        ids: list[int] = []
        for page in client.paginate(client.movies.popular):
            ids.extend(item.id for item in page.results)
            if len(ids) >= count:
                break
    return ids[:count]


def measure(kwargs: dict[str, Any], ids: list[int], latency: float | None) -> list[Row]:
    count = len(ids)
    default_connections = 20

    def floor(round_trips: int) -> float | None:
        return None if latency is None else round_trips * latency

    unconstrained = {**kwargs, "max_connections": count, "rate_limit": None}
    return [
        Row("sync client, loop", _timed(lambda: _sync_loop(kwargs, ids)), floor(count)),
        Row(
            "async client, loop",
            _timed(lambda: asyncio.run(_async_loop(kwargs, ids))),
            floor(count),
        ),
        Row(
            "async client, asyncio.gather (defaults)",
            _timed(lambda: asyncio.run(_async_gather(kwargs, ids))),
            floor(math.ceil(count / default_connections)),
        ),
        Row(
            f"async client, asyncio.gather (max_connections={count}, rate_limit=None)",
            _timed(lambda: asyncio.run(_async_gather(unconstrained, ids))),
            floor(1),
        ),
    ]


def render(rows: list[Row], count: int) -> str:
    width = max(len(r.label) for r in rows)
    lines = [
        f"{'':{width}}  {'measured':>9}  {'floor':>7}  {'ratio':>6}",
        f"{f'{count} movie details':{width}}  {'':>9}  {'':>7}  {'':>6}",
    ]
    for row in rows:
        floor = f"{row.floor:6.2f}s" if row.floor is not None else "    n/a"
        ratio = f"{row.seconds / row.floor:5.2f}x" if row.floor else "   n/a"
        lines.append(f"{row.label:{width}}  {row.seconds:8.2f}s  {floor}  {ratio}")
    return "\n".join(lines)


def run_demo(*, count: int = 50, latency: float = 0.5) -> int:
    if os.environ.get(ENV_ACCESS_TOKEN) or os.environ.get(ENV_API_KEY):
        print("Credentials found in the environment: measuring against the real TMDB API.")
        kwargs: dict[str, Any] = {}
        ids = _real_ids(kwargs, count)
        print(render(measure(kwargs, ids, None), count))
        return 0
    from .testing.server import FakeTMDB

    with FakeTMDB(latency=latency) as fake:
        print(
            f"No {ENV_ACCESS_TOKEN} or {ENV_API_KEY} set: using an embedded FakeTMDB at "
            f"{fake.url} with {latency * 1000:.0f} ms latency per request."
        )
        print("Measuring (the two loops take about count x latency each)...\n", flush=True)
        rows = measure(fake.client_kwargs(), list(range(1, count + 1)), latency)
    print(render(rows, count))
    return 0
