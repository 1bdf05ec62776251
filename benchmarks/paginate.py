"""12. Paginate: 50 pages at 100 ms latency with ``paginate(concurrency=10)``, both clients.

The first page tells how many there are; the other 49 then go up to 10 at a time, so the
walk needs 1 + ceil(49 / 10) = 6 round trips, where one page at a time needs 50. The
target: within 1.5x of 5 round trips, each round trip measured in the same run as one
call's wall time.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import math
import statistics
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion.testing import FakeTMDB

from .fake_process import FakeProcess
from .harness import WALK_CPU_NOTE, Check, Section, Series

PAGES = 50
LATENCY = 0.1
CONCURRENCY = 10
PROBES = 3  # single calls per sample: the round trip is their median
ROUND_TRIPS = 5  # the target's unit: 5 round trips
WALL_BAR = 1.5


def _serve(connection: Connection) -> None:
    """The FakeTMDB process: a list of PAGES pages, each answered after LATENCY."""
    with FakeTMDB(total_pages=PAGES, latency=LATENCY, record_limit=0) as fake:
        connection.send(fake.client_kwargs())
        with contextlib.suppress(EOFError):
            connection.recv()


def _fake() -> FakeProcess:
    return FakeProcess(_serve)


def _sync(kwargs: dict[str, Any], concurrency: int) -> tuple[float, float, float]:
    """(round trip, walk, walk CPU) seconds, with a fresh TMDBClient (defaults)."""
    with TMDBClient(**kwargs) as client:
        client.movies.popular()  # a warm connection, as for the walk's first page
        trips = []
        for _ in range(PROBES):
            started = time.perf_counter()
            client.movies.popular(page=2)
            trips.append(time.perf_counter() - started)
        cpu = time.process_time()
        started = time.perf_counter()
        pages = list(client.paginate(client.movies.popular, concurrency=concurrency))
        walk = time.perf_counter() - started
        cpu = time.process_time() - cpu
    if len(pages) != PAGES:
        raise RuntimeError(f"paginate gave {len(pages)} pages, not {PAGES}")
    return statistics.median(trips), walk, cpu


async def _async(kwargs: dict[str, Any], concurrency: int) -> tuple[float, float, float]:
    """(round trip, walk, walk CPU) seconds, with a fresh AsyncTMDBClient (defaults)."""
    async with AsyncTMDBClient(**kwargs) as client:
        await client.movies.popular()
        trips = []
        for _ in range(PROBES):
            started = time.perf_counter()
            await client.movies.popular(page=2)
            trips.append(time.perf_counter() - started)
        cpu = time.process_time()
        started = time.perf_counter()
        paginator = client.paginate(client.movies.popular, concurrency=concurrency)
        pages = [page async for page in paginator]
        walk = time.perf_counter() - started
        cpu = time.process_time() - cpu
    if len(pages) != PAGES:
        raise RuntimeError(f"paginate gave {len(pages)} pages, not {PAGES}")
    return statistics.median(trips), walk, cpu


def run(repeats: int, quick: bool) -> Section:
    # The same 50 pages in a quick run: a repeat takes about 13 s, the concurrency=1 walks.
    fake = _fake()
    try:
        kwargs = fake.client_kwargs
        variants: dict[str, Callable[[], tuple[float, float, float]]] = {
            f"AsyncTMDBClient, concurrency={CONCURRENCY}": lambda: asyncio.run(
                _async(kwargs, CONCURRENCY)
            ),
            f"TMDBClient, concurrency={CONCURRENCY}": lambda: _sync(kwargs, CONCURRENCY),
            "AsyncTMDBClient, concurrency=1": lambda: asyncio.run(_async(kwargs, 1)),
            "TMDBClient, concurrency=1": lambda: _sync(kwargs, 1),
        }
        variants[next(iter(variants))]()  # a warm-up: imports, the server's first answers
        series = {label: Series(label, requests=PAGES) for label in variants}
        trips: dict[str, list[float]] = {label: [] for label in variants}
        for _ in range(repeats):
            for label, call in variants.items():
                gc.collect()  # as harness.measure does: no variant pays for another's garbage
                trip, walk, cpu = call()
                series[label].client_cpu.append(cpu)
                series[label].samples.append(walk)
                trips[label].append(trip)
    finally:
        fake.close()
    round_trip = statistics.median(t for found in trips.values() for t in found)
    for label, found in series.items():
        waves = 1 + math.ceil((PAGES - 1) / _concurrency_of(label))
        found.floor = waves * statistics.median(trips[label])
    checks = []
    for label in list(series)[:2]:
        ratio = statistics.median(
            walk / (ROUND_TRIPS * trip)
            for walk, trip in zip(series[label].samples, trips[label], strict=True)
        )
        client = label.split(",")[0]
        checks.append(
            Check(f"paginate: {client} walk ÷ {ROUND_TRIPS} round trips", ratio, WALL_BAR)
        )
    waves = 1 + math.ceil((PAGES - 1) / CONCURRENCY)
    notes = [
        f"FakeTMDB in a process of its own answers every request after {LATENCY * 1000:.0f} "
        f"ms; its lists (`client.movies.popular`) have {PAGES} pages. Each sample makes a "
        f"fresh client with every setting the default (rate_limit 40/s, max_connections "
        f"20), makes one call to open a connection, times {PROBES} single calls one after "
        f"the other (the round trip is their median), then times "
        f"`list(client.paginate(client.movies.popular, concurrency=N))` (async: "
        f"`[page async for page in ...]`) to the last page.",
        f"Median round trip over the run: {round_trip * 1000:.1f} ms. The target compares "
        f"each walk with {ROUND_TRIPS} round trips of its own sample (the median of "
        f"per-sample ratios); the physical floor shown is 1 + ceil({PAGES - 1} / N) "
        f"round trips: the first page alone, then waves of N ({waves} round trips at "
        f"N = {CONCURRENCY}, {PAGES} at N = 1).",
    ]
    return Section(
        f"12. Paginate: {PAGES} pages at {LATENCY * 1000:.0f} ms latency, "
        f"concurrency={CONCURRENCY} against 1",
        list(series.values()),
        checks,
        notes,
        cpu_note=WALK_CPU_NOTE,
    )


def _concurrency_of(label: str) -> int:
    return int(label.rsplit("=", 1)[1])
