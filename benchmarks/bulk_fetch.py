"""14. Bulk fetch: 200 movie details at 50 ms latency with ``fetch_many``, both clients.

``TMDBClient.fetch_many`` runs its calls in a pool of ``max_connections`` worker threads
(``SyncBoundedMap``) that share one client, so its 200 calls need ceil(200 / 20) = 10
round trips, where a plain loop needs 200. Measured side by side, a repeat at a time:
the sync and the async ``fetch_many`` (as they finish, and ``ordered=True``) and the
loop a user would otherwise write, each with a fresh client (``rate_limit=None``,
``max_connections=20``). The targets: the sync walk within 1.5x of its 10 round trips
(each round trip measured in the same sample as one call's wall time, as in section 12),
and within 1.5x of the async walk; the speed-up over the loop is reported.

The threads' cost is measured apart, at 0 ms latency where nothing hides it: the client
process's CPU time per request (``time.process_time()``, all its threads) over 2,000
ids, ``fetch_many`` against the plain loop, both clients; reported, with no bar.

Every walk is checked as well (bar 0): no call failed, every id came back exactly once
with the details of that id, and in input order with ``ordered=True``. The workers all
call the one client at once, so this is also the thread-safety test under load.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import gc
import math
import random
import statistics
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from tmdbfusion import AsyncTMDBClient, FetchResult, TMDBClient
from tmdbfusion.models import MovieDetails
from tmdbfusion.testing import FakeTMDB

from .fake_process import FakeProcess
from .harness import WALK_CPU_NOTE, Check, Section, Series

IDS = 200
QUICK_IDS = 60
CPU_IDS = 2000
QUICK_CPU_IDS = 400
LATENCY = 0.05
CONNECTIONS = 20
PROBES = 3  # single calls per sample: the round trip is their median
WALL_BAR = 1.5  # sync fetch_many wall ÷ its ceil(ids / 20) round trips
ASYNC_BAR = 1.5  # sync fetch_many wall ÷ async fetch_many wall, same sample

SYNC = "TMDBClient"
ASYNC = "AsyncTMDBClient"
FETCH = "fetch_many"
ORDERED = "fetch_many(ordered=True)"
LOOP = "a loop of single calls"


def _serve(connection: Connection, latency: float) -> None:
    """The FakeTMDB process: every request answered after ``latency`` seconds."""
    with FakeTMDB(latency=latency, record_limit=0) as fake:
        connection.send(fake.client_kwargs())
        with contextlib.suppress(EOFError):
            connection.recv()


def _fake(latency: float) -> FakeProcess:
    return FakeProcess(_serve, latency)


@dataclass
class _Sample:
    trip: float  # one call's wall time, the median of PROBES
    wall: float  # the timed walk over every id
    cpu: float  # the client process's CPU seconds during the walk
    problems: int  # calls failed, ids missing, repeated, wrong or out of order
    threads: int = 0  # the most threads alive at once during the walk (sync fetch_many)
    left: int = 0  # threads still alive after the walk, beyond those alive before it


def _problems(ids: list[int], results: list[FetchResult[int, MovieDetails]], ordered: bool) -> int:
    failed = sum(1 for result in results if result.error is not None or result.value is None)
    wrong = sum(
        1 for result in results if result.value is not None and result.value.id != result.input
    )
    given = collections.Counter(result.input for result in results)
    asked = collections.Counter(ids)
    # Missing and repeated ids (a multiset difference both ways); with ordered=True,
    # every position holding another id than the input's at that position.
    lost = sum(((given - asked) + (asked - given)).values())
    misplaced = (
        sum(1 for result, wanted in zip(results, ids, strict=False) if result.input != wanted)
        if ordered
        else 0
    )
    return failed + wrong + lost + misplaced


def _loop_problems(ids: list[int], values: list[MovieDetails]) -> int:
    return abs(len(values) - len(ids)) + sum(
        1 for value, wanted in zip(values, ids, strict=False) if value.id != wanted
    )


def _sync(kwargs: dict[str, Any], ids: list[int], mode: str) -> _Sample:
    """One sample with a fresh TMDBClient: the round trip, then the timed walk."""
    with TMDBClient(**kwargs, rate_limit=None, max_connections=CONNECTIONS) as client:
        client.movies.details(1)  # a warm connection, as a real client would have
        trips = []
        for number in range(PROBES):
            started = time.perf_counter()
            client.movies.details(2 + number)
            trips.append(time.perf_counter() - started)
        before = threading.active_count()
        peak = before
        gc.collect()
        cpu = time.process_time()
        started = time.perf_counter()
        if mode == LOOP:
            values = [client.movies.details(movie_id) for movie_id in ids]
        else:
            results = []
            for result in client.fetch_many(client.movies.details, ids, ordered=mode == ORDERED):
                results.append(result)
                peak = max(peak, threading.active_count())
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
        left = threading.active_count() - before
    if mode == LOOP:
        problems = _loop_problems(ids, values)
    else:
        problems = _problems(ids, results, mode == ORDERED)
    return _Sample(statistics.median(trips), wall, cpu, problems, peak - before, left)


async def _async(kwargs: dict[str, Any], ids: list[int], mode: str) -> _Sample:
    """One sample with a fresh AsyncTMDBClient: the round trip, then the timed walk."""
    async with AsyncTMDBClient(**kwargs, rate_limit=None, max_connections=CONNECTIONS) as client:
        await client.movies.details(1)
        trips = []
        for number in range(PROBES):
            started = time.perf_counter()
            await client.movies.details(2 + number)
            trips.append(time.perf_counter() - started)
        gc.collect()
        cpu = time.process_time()
        started = time.perf_counter()
        if mode == LOOP:
            values = [await client.movies.details(movie_id) for movie_id in ids]
        else:
            walk = client.fetch_many(client.movies.details, ids, ordered=mode == ORDERED)
            results = [result async for result in walk]
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
    if mode == LOOP:
        problems = _loop_problems(ids, values)
    else:
        problems = _problems(ids, results, mode == ORDERED)
    return _Sample(statistics.median(trips), wall, cpu, problems)


def _variant(
    client: str, mode: str, kwargs: dict[str, Any], ids: list[int]
) -> Callable[[], _Sample]:
    if client == SYNC:
        return lambda: _sync(kwargs, ids, mode)
    return lambda: asyncio.run(_async(kwargs, ids, mode))


def _measure(
    variants: dict[str, Callable[[], _Sample]], repeats: int, requests: int
) -> tuple[dict[str, Series], dict[str, list[_Sample]]]:
    """Every variant once per repeat, in turn, after one warm-up call of the first."""
    variants[next(iter(variants))]()  # imports, the server's first answers
    series = {label: Series(label, requests=requests) for label in variants}
    samples: dict[str, list[_Sample]] = {label: [] for label in variants}
    for _ in range(repeats):
        for label, call in variants.items():
            gc.collect()  # no variant pays for another's garbage
            sample = call()
            series[label].samples.append(sample.wall)
            series[label].client_cpu.append(sample.cpu)
            samples[label].append(sample)
    return series, samples


def _label(client: str, mode: str, latency: float) -> str:
    return f"{client}, {mode}, {latency * 1000:.0f} ms"


def _ratio(numerator: Iterable[float], denominator: Iterable[float]) -> float:
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))


def run(repeats: int, quick: bool) -> Section:
    count = QUICK_IDS if quick else IDS
    cpu_count = QUICK_CPU_IDS if quick else CPU_IDS
    # Distinct ids in no particular order: an ordered walk cannot pass by sorting them.
    ids = random.Random(14).sample(range(100, 1_000_000), count)
    cpu_ids = random.Random(15).sample(range(100, 1_000_000), cpu_count)
    waves = math.ceil(count / CONNECTIONS)

    slow = _fake(LATENCY)
    try:
        kwargs = slow.client_kwargs
        walks = {
            _label(client, mode, LATENCY): _variant(client, mode, kwargs, ids)
            for client, mode in [
                (SYNC, FETCH),
                (ASYNC, FETCH),
                (SYNC, ORDERED),
                (ASYNC, ORDERED),
                (SYNC, LOOP),
            ]
        }
        series, samples = _measure(walks, repeats, count)
    finally:
        slow.close()
    fast = _fake(0.0)
    try:
        kwargs = fast.client_kwargs
        costs = {
            _label(client, mode, 0.0): _variant(client, mode, kwargs, cpu_ids)
            for client, mode in [(SYNC, FETCH), (SYNC, LOOP), (ASYNC, FETCH), (ASYNC, LOOP)]
        }
        cpu_series, cpu_samples = _measure(costs, repeats, cpu_count)
    finally:
        fast.close()

    for label, found in series.items():
        trip = statistics.median(sample.trip for sample in samples[label])
        found.floor = (count if LOOP in label else waves) * trip

    sync_fetch = _label(SYNC, FETCH, LATENCY)
    async_fetch = _label(ASYNC, FETCH, LATENCY)
    sync_loop = _label(SYNC, LOOP, LATENCY)
    sync_walls = series[sync_fetch].samples
    sync_floor = _ratio(sync_walls, (waves * s.trip for s in samples[sync_fetch]))
    async_floor = _ratio(
        series[async_fetch].samples, (waves * s.trip for s in samples[async_fetch])
    )
    against_async = _ratio(sync_walls, series[async_fetch].samples)
    speed_up = _ratio(series[sync_loop].samples, sync_walls)
    every = [s for found in (samples, cpu_samples) for runs in found.values() for s in runs]
    problems = sum(sample.problems for sample in every)
    checks = [
        Check(
            f"bulk_fetch: {SYNC}.fetch_many wall ÷ ceil({count} / {CONNECTIONS}) round trips",
            sync_floor,
            WALL_BAR,
        ),
        Check(
            f"bulk_fetch: {SYNC}.fetch_many ÷ {ASYNC}.fetch_many (wall time, "
            f"{LATENCY * 1000:.0f} ms)",
            against_async,
            ASYNC_BAR,
        ),
        Check(
            "bulk_fetch: calls failed, ids missing, repeated, wrong or out of order",
            problems,
            0,
        ),
    ]

    round_trip = statistics.median(s.trip for runs in samples.values() for s in runs)
    sync_runs = samples[sync_fetch] + samples[_label(SYNC, ORDERED, LATENCY)]
    sync_runs += cpu_samples[_label(SYNC, FETCH, 0.0)]
    peak_threads = max(sample.threads for sample in sync_runs)
    left_threads = max(sample.left for sample in sync_runs)

    def per_request(client: str, mode: str) -> float:
        found = cpu_series[_label(client, mode, 0.0)].cpu_per_request
        assert found is not None
        return found * 1e6

    sync_pool = per_request(SYNC, FETCH)
    sync_alone = per_request(SYNC, LOOP)
    async_map = per_request(ASYNC, FETCH)
    async_alone = per_request(ASYNC, LOOP)
    sync_cpu_walls = cpu_series[_label(SYNC, FETCH, 0.0)].samples
    sync_loop_walls = cpu_series[_label(SYNC, LOOP, 0.0)].samples
    notes = [
        f"Part 1 ({count} ids, {LATENCY * 1000:.0f} ms rows): FakeTMDB in a process of its "
        f"own answers every request after {LATENCY * 1000:.0f} ms. Each sample makes a fresh "
        f"client (`rate_limit=None, max_connections={CONNECTIONS}`, everything else the "
        f"default), makes one call to open a connection, times {PROBES} single "
        f"`client.movies.details` calls one after the other (the round trip is their "
        f"median), then times the walk over {count} distinct movie ids, shuffled: "
        f"`list(client.fetch_many(client.movies.details, ids))` (async: `[r async for r in "
        f"...]`), the same with `ordered=True`, or `[client.movies.details(i) for i in ids]`. "
        f"The variants take turns within each repeat.",
        f"Median round trip over the run: {round_trip * 1000:.1f} ms. The physical floor "
        f"shown is ceil({count} / {CONNECTIONS}) = {waves} round trips for `fetch_many` and "
        f"{count} for the loop, each variant's round trips its own; the targets are medians "
        f"of per-sample ratios. `{SYNC}.fetch_many` ÷ floor: {sync_floor:.3f}; "
        f"`{ASYNC}.fetch_many` ÷ floor: {async_floor:.3f}. Speed-up of `{SYNC}.fetch_many` "
        f"over the loop: {speed_up:.1f}x (at most {count / waves:.0f}x: {count} round trips "
        f"against {waves}). With the default `rate_limit=40` the walk would instead take "
        f"about {count / 40:.0f} s, paced by the limit, not the threads.",
        f"Part 2 ({cpu_count} ids, 0 ms rows): the same walks against a second FakeTMDB that "
        f"answers at once, for the client's CPU: its process's CPU time during the walk alone "
        f"(`time.process_time()`, all its threads) over its {cpu_count} requests. Per request: "
        f"`{SYNC}.fetch_many` {sync_pool:.0f} µs against {sync_alone:.0f} µs for its loop "
        f"(the thread pool adds {sync_pool - sync_alone:.0f} µs, "
        f"{sync_pool / sync_alone - 1:+.0%}); `{ASYNC}.fetch_many` {async_map:.0f} µs against "
        f"{async_alone:.0f} µs for its loop. At 0 ms the sync walk takes "
        f"{_ratio(sync_cpu_walls, sync_loop_walls):.2f}x the loop's wall time: "
        f"with nothing to wait for, the {CONNECTIONS} threads only share one GIL.",
        f"Thread safety: the {CONNECTIONS} worker threads of `{SYNC}.fetch_many` all call the "
        f"one client at once (its `requests.Session` holds a pool of `max_connections` "
        f"connections). The third target counts, over every `fetch_many` and loop walk of "
        f"both parts, the calls that failed, the ids missing or repeated, the answers whose "
        f"`id` was not the one asked for, and with `ordered=True` the results out of input "
        f"order: {problems}. The most threads alive at once during a sync walk, beyond "
        f"those alive before it: {peak_threads} (the pool makes at most {CONNECTIONS}); "
        f"still alive after it: {left_threads}.",
    ]
    return Section(
        f"14. Bulk fetch: {count} details at {LATENCY * 1000:.0f} ms latency with "
        f"fetch_many, max_connections={CONNECTIONS}",
        list(series.values()) + list(cpu_series.values()),
        checks,
        notes,
        cpu_note=WALK_CPU_NOTE,
    )
