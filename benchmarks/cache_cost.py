"""10. Cache cost: what a hit costs beyond decoding TMDB's bytes, and what a miss adds.

A hit still decodes the bytes the cache kept (the cache holds TMDB's bytes, never
objects), so the floor of a hit is that decoding; the overhead is everything else the
client and the backend do. A miss does everything a call without a cache does, plus a
lookup and a store. Measured for MemoryCache, SQLiteCache (a real file) and RedisCache
(a real redis-server), through both clients, side by side in one run.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion._decoding import decode
from tmdbfusion.cache import MemoryCache, RedisCache, SQLiteCache
from tmdbfusion.models import MovieAppend, MovieDetails

from .harness import Check, Section, Series
from .payloads import movie_details_plain, movie_details_with_credits
from .server import API_KEY, serve

BACKENDS = ("MemoryCache", "SQLiteCache", "RedisCache")
FLAVOURS = ("AsyncTMDBClient", "TMDBClient")
SHORT = {"AsyncTMDBClient": "async", "TMDBClient": "sync"}
HIT_BAR_US = {"MemoryCache": 20.0, "SQLiteCache": 300.0}
REDIS_SLACK_US = 20.0  # RedisCache: at most one Redis round trip plus this
MISS_BAR = 1.05
# As the README advises: socket timeouts, so that a dead Redis fails fast.
REDIS_SETTINGS = {"socket_timeout": 1.0, "socket_connect_timeout": 1.0}
SLOW_LATENCY = 0.03  # a TMDB-like round trip, where the miss bar applies
HIT_ID = 550
# The payloads: TMDB's plain details (the targets), and details with credits (74 KB:
# the cast and crew a bot shows; reported, no target).
PAYLOADS = ("plain", "credits")
APPEND: dict[str, list[MovieAppend] | None] = {"plain": None, "credits": ["credits"]}
BODY = {"plain": movie_details_plain, "credits": movie_details_with_credits}


@dataclass(frozen=True)
class Step:
    """One timed call of a measuring loop; ``awaited``: the call returns an awaitable."""

    name: str
    call: Callable[[], Any]
    awaited: bool = False


def _sync_loop(steps: list[Step], calls: int) -> dict[str, list[float]]:
    """``calls`` times each step in turn (A, B, A, B ...), each call timed on its own."""
    clock = time.perf_counter
    seconds: dict[str, list[float]] = {step.name: [] for step in steps}
    for _ in range(calls):
        for step in steps:
            started = clock()
            step.call()
            seconds[step.name].append(clock() - started)
    return seconds


async def _async_loop(steps: list[Step], calls: int) -> dict[str, list[float]]:
    clock = time.perf_counter
    seconds: dict[str, list[float]] = {step.name: [] for step in steps}
    for _ in range(calls):
        for step in steps:
            started = clock()
            if step.awaited:
                await step.call()
            else:
                step.call()
            seconds[step.name].append(clock() - started)
    return seconds


def _p90(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=10)[-1]


@dataclass
class Timings:
    """Per-call seconds of one variant, kept by round."""

    rounds: list[list[float]] = field(default_factory=list)

    def medians_us(self) -> list[float]:
        return [statistics.median(r) * 1e6 for r in self.rounds]

    @property
    def median_us(self) -> float:
        return statistics.median(s for r in self.rounds for s in r) * 1e6

    @property
    def p90_us(self) -> float:
        return _p90([s for r in self.rounds for s in r]) * 1e6


class Bench:
    """Everything the measurements share: an event loop for the async side, one
    redis-server with a client of each flavour, a folder for the SQLite files; all
    closed by ``close()``, whatever happened."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        import redis
        import redis.asyncio

        from tests.redis_server import RedisServer

        self.stack = stack
        self.folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        redis_server = stack.enter_context(RedisServer())
        self.runner = stack.enter_context(asyncio.Runner())
        self.redis_sync = redis.Redis.from_url(redis_server.url, **REDIS_SETTINGS)
        stack.callback(self.redis_sync.close)
        self.redis_async = self.runner.run(self._async_redis(redis_server.url))
        stack.callback(lambda: self.runner.run(self.redis_async.aclose()))
        self._names = itertools.count()

    @staticmethod
    async def _async_redis(url: str) -> Any:
        import redis.asyncio

        return redis.asyncio.Redis.from_url(url, **REDIS_SETTINGS)

    def backend(self, kind: str, flavour: str) -> tuple[Any, str]:
        """A new backend of ``kind`` for ``flavour``'s client, and its name (the Redis
        key prefix or the SQLite file)."""
        name = f"{kind}-{SHORT[flavour]}-{next(self._names)}"
        if kind == "MemoryCache":
            return MemoryCache(), name
        if kind == "SQLiteCache":
            cache = SQLiteCache(self.folder / f"{name}.sqlite3")
            self.stack.callback(cache.close)
            return cache, name
        redis_client = self.redis_async if flavour == "AsyncTMDBClient" else self.redis_sync
        prefix = f"bench:{name}:"
        return RedisCache(redis_client, prefix=prefix), prefix

    def _new_client(self, flavour: str, url: str, cache: Any) -> tuple[Any, Callable[[], None]]:
        """A client, no rate limit and every other setting the default, and how to close it."""
        if flavour == "TMDBClient":
            client = TMDBClient(API_KEY, base_url=url, rate_limit=None, cache=cache)
            return client, client.close

        async def make() -> AsyncTMDBClient:
            return AsyncTMDBClient(API_KEY, base_url=url, rate_limit=None, cache=cache)

        async_client = self.runner.run(make())
        return async_client, lambda: self.runner.run(async_client.close())

    def client(self, flavour: str, url: str, cache: Any) -> Any:
        """A client that stays open until the bench closes."""
        client, close = self._new_client(flavour, url, cache)
        self.stack.callback(close)
        return client

    def measure(self, steps: list[Step], calls: int) -> dict[str, list[float]]:
        gc.collect()  # not to bill one variant for the garbage of the one before
        if any(step.awaited for step in steps):
            return self.runner.run(_async_loop(steps, calls))
        return _sync_loop(steps, calls)

    def per_call(self, flavour: str, client: Any, ids: range, append: Any) -> float:
        """Seconds per call of ``client.movies.details`` over ``ids``, one after the other."""
        gc.collect()
        if flavour == "TMDBClient":
            started = time.perf_counter()
            for movie_id in ids:
                client.movies.details(movie_id, append_to_response=append)
            return (time.perf_counter() - started) / len(ids)

        async def calls() -> float:
            started = time.perf_counter()
            for movie_id in ids:
                await client.movies.details(movie_id, append_to_response=append)
            return (time.perf_counter() - started) / len(ids)

        return self.runner.run(calls())


# --- hits ------------------------------------------------------------------------------


@dataclass
class HitResults:
    timings: dict[str, Timings]
    # Per payload, backend and flavour: the median over rounds of (hit - decode), and
    # for Redis of (hit - decode - one GET of the entry), microseconds.
    overhead: dict[tuple[str, str, str], float]
    over_round_trip: dict[tuple[str, str], float]


def _hit_name(payload: str, kind: str, flavour: str) -> str:
    return f"hit: {kind}, {flavour}, {payload}"


def _decode_name(payload: str, kind: str, flavour: str) -> str:
    return f"decode beside {_hit_name(payload, kind, flavour)}"


def _get_name(payload: str, flavour: str) -> str:
    return f"Redis GET of the entry: {flavour}, {payload}"


def measure_hits(bench: Bench, urls: dict[str, str], rounds: int, calls: int) -> HitResults:
    """Per payload, backend and flavour, a loop that times, call after call, decoding
    the bytes alone, a hit (and for Redis a GET of the entry), so that each pair is
    measured under the same conditions; plus PINGs. Every loop once per round."""
    loops: list[list[Step]] = []
    table: list[str] = []  # the rows of the report, in order
    for payload in PAYLOADS:
        body = BODY[payload]()
        append = APPEND[payload]
        table.append(f"decode alone: {payload}")
        for kind in BACKENDS:
            for flavour in FLAVOURS:
                cache, name = bench.backend(kind, flavour)
                client = bench.client(flavour, urls[payload], cache)
                # The one miss that stores the entry; every timed call is a hit.
                bench.per_call(flavour, client, range(HIT_ID, HIT_ID + 1), append)
                awaited = flavour == "AsyncTMDBClient"
                hit = _hit_name(payload, kind, flavour)
                steps = [
                    Step(_decode_name(payload, kind, flavour), partial(decode, body, MovieDetails)),
                    Step(
                        hit,
                        partial(client.movies.details, HIT_ID, append_to_response=append),
                        awaited,
                    ),
                ]
                table.append(hit)
                if kind == "RedisCache":
                    # One round trip that moves the same bytes a hit must move.
                    (key,) = bench.redis_sync.keys(f"{name}*")
                    redis_client = bench.redis_async if awaited else bench.redis_sync
                    get = _get_name(payload, flavour)
                    steps.append(Step(get, partial(redis_client.get, key), awaited))
                    table.append(get)
                loops.append(steps)
    for flavour in FLAVOURS:
        awaited = flavour == "AsyncTMDBClient"
        ping = bench.redis_async.ping if awaited else bench.redis_sync.ping
        loops.append([Step(f"Redis PING: {flavour}", ping, awaited)])
        table.append(f"Redis PING: {flavour}")
    found: dict[str, Timings] = {}
    for round_number in range(rounds):
        # Rotated, so that no loop always follows the same one.
        shift = round_number * 3 % len(loops)
        for steps in loops[shift:] + loops[:shift]:
            for name, seconds in bench.measure(steps, calls).items():
                found.setdefault(name, Timings()).rounds.append(seconds)
    for payload in PAYLOADS:
        # Decoding alone, all its loops together: per round, every sample of the round.
        pooled = found[f"decode alone: {payload}"] = Timings()
        for round_number in range(rounds):
            pooled.rounds.append(
                [
                    sample
                    for kind in BACKENDS
                    for flavour in FLAVOURS
                    for sample in found[_decode_name(payload, kind, flavour)].rounds[round_number]
                ]
            )
    overhead: dict[tuple[str, str, str], float] = {}
    over_round_trip: dict[tuple[str, str], float] = {}
    for payload in PAYLOADS:
        for kind in BACKENDS:
            for flavour in FLAVOURS:
                hits = found[_hit_name(payload, kind, flavour)].medians_us()
                decoding = found[_decode_name(payload, kind, flavour)].medians_us()
                extra = [h - d for h, d in zip(hits, decoding, strict=True)]
                overhead[payload, kind, flavour] = statistics.median(extra)
                if kind == "RedisCache":
                    gets = found[_get_name(payload, flavour)].medians_us()
                    over_round_trip[payload, flavour] = statistics.median(
                        e - g for e, g in zip(extra, gets, strict=True)
                    )
    return HitResults({name: found[name] for name in table}, overhead, over_round_trip)


# --- misses ----------------------------------------------------------------------------


MISS_WARM_UP = 20  # untimed calls per client first: connections, threads, SQLite's


def measure_misses(
    bench: Bench, url: str, rounds: int, calls: int, ids: Iterator[int]
) -> dict[tuple[str, str], list[float]]:
    """Per flavour and backend ("none": no cache), the seconds per call of ``calls``
    distinct movies one after the other, once per round, every variant of a flavour
    in turn (rotated each round). One client per variant for the whole measurement.
    Every call with a cache is a miss: each block asks for ids never asked before."""
    variants = ("none", *BACKENDS)
    clients = {}
    for flavour in FLAVOURS:
        for kind in variants:
            cache = None if kind == "none" else bench.backend(kind, flavour)[0]
            client = clients[flavour, kind] = bench.client(flavour, url, cache)
            bench.per_call(flavour, client, _take(ids, MISS_WARM_UP), None)
    results: dict[tuple[str, str], list[float]] = {key: [] for key in clients}
    for round_number in range(rounds):
        for flavour in FLAVOURS:
            shift = round_number % len(variants)
            for kind in variants[shift:] + variants[:shift]:
                seconds = bench.per_call(flavour, clients[flavour, kind], _take(ids, calls), None)
                results[flavour, kind].append(seconds)
    return results


def _take(ids: Iterator[int], count: int) -> range:
    first = next(ids)
    for _ in range(count - 1):
        next(ids)
    return range(first, first + count)


def miss_ratios(results: dict[tuple[str, str], list[float]]) -> dict[tuple[str, str], float]:
    """Per flavour and backend, the median of the per-round ratios to no cache."""
    return {
        (flavour, kind): statistics.median(
            a / b for a, b in zip(results[flavour, kind], results[flavour, "none"], strict=True)
        )
        for flavour in FLAVOURS
        for kind in BACKENDS
    }


def ids_needed(rounds: int, calls: int) -> int:
    return len(FLAVOURS) * (len(BACKENDS) + 1) * (rounds * calls + MISS_WARM_UP)


# --- the section -----------------------------------------------------------------------


@contextlib.contextmanager
def _servers(ids: int) -> Iterator[dict[str, str]]:
    with contextlib.ExitStack() as stack:
        urls = {
            payload: stack.enter_context(serve(ids=ids, payload=payload)).url
            for payload in PAYLOADS
        }
        urls["slow"] = stack.enter_context(
            serve(ids=ids, payload="plain", latency=SLOW_LATENCY)
        ).url
        yield urls


def run(repeats: int, quick: bool) -> Section:
    rounds = 2 * repeats
    hit_calls = 100 if quick else 200
    miss_rounds, miss_calls = 4 * repeats, 50
    slow_rounds, slow_calls = repeats, 10 if quick else 30
    first_id = 1000
    last_id = first_id + ids_needed(miss_rounds, miss_calls) + ids_needed(slow_rounds, slow_calls)
    with contextlib.ExitStack() as stack:
        urls = stack.enter_context(_servers(last_id))
        bench = Bench(stack)
        hits = measure_hits(bench, urls, rounds, hit_calls)
        ids = itertools.count(first_id)
        misses = measure_misses(bench, urls["plain"], miss_rounds, miss_calls, ids)
        slow = measure_misses(bench, urls["slow"], slow_rounds, slow_calls, ids)
    return _section(
        hits, misses, slow, rounds, hit_calls, (miss_rounds, miss_calls), (slow_rounds, slow_calls)
    )


def _section(
    hits: HitResults,
    misses: dict[tuple[str, str], list[float]],
    slow: dict[tuple[str, str], list[float]],
    rounds: int,
    hit_calls: int,
    miss_size: tuple[int, int],
    slow_size: tuple[int, int],
) -> Section:
    plain_kb = len(BODY["plain"]()) / 1024
    credits_kb = len(BODY["credits"]()) / 1024
    series = [
        Series(f"{name} (per call)", timing.medians_us(), unit="µs")
        for name, timing in hits.timings.items()
    ]
    for label, results, latency in (("miss", misses, 0.0), ("miss", slow, SLOW_LATENCY)):
        for (flavour, kind), seconds in results.items():
            what = "no cache" if kind == "none" else kind
            series.append(
                Series(
                    f"{label} at {latency * 1000:.0f} ms: {what}, {flavour} (per call)",
                    [s * 1e6 for s in seconds],
                    unit="µs",
                )
            )
    checks = []
    for kind in BACKENDS:
        for flavour in FLAVOURS:
            if kind == "RedisCache":
                checks.append(
                    Check(
                        f"cache_cost: RedisCache hit overhead minus one Redis GET, µs "
                        f"({flavour}, plain details)",
                        hits.over_round_trip["plain", flavour],
                        REDIS_SLACK_US,
                    )
                )
            else:
                checks.append(
                    Check(
                        f"cache_cost: {kind} hit overhead over decoding, µs "
                        f"({flavour}, plain details)",
                        hits.overhead["plain", kind, flavour],
                        HIT_BAR_US[kind],
                    )
                )
    ratios = miss_ratios(misses)
    slow_ratios = miss_ratios(slow)
    # The bar applies where a user notices a miss: behind a TMDB-like round trip. At
    # FakeTMDB's raw loopback speed a miss's own lookup and store (two Redis round
    # trips, two hops to SQLite's thread) are a large share of a ~230 µs call; those
    # ratios are reported beside, for what they are.
    for kind in BACKENDS:
        for flavour in FLAVOURS:
            checks.append(
                Check(
                    f"cache_cost: {kind} miss ÷ no cache, per call ({flavour}, "
                    f"{SLOW_LATENCY * 1000:.0f} ms latency)",
                    slow_ratios[flavour, kind],
                    MISS_BAR,
                )
            )

    def hit_line(payload: str) -> str:
        timing = hits.timings
        decoding = timing[f"decode alone: {payload}"]
        parts = [
            f"decoding alone {decoding.median_us:.1f} µs (p90 {decoding.p90_us:.1f})",
        ]
        for kind in BACKENDS:
            for flavour in FLAVOURS:
                hit = timing[_hit_name(payload, kind, flavour)]
                text = (
                    f"{kind} {SHORT[flavour]}: hit {hit.median_us:.1f} µs (p90 {hit.p90_us:.1f}), "
                    f"overhead {hits.overhead[payload, kind, flavour]:.1f} µs"
                )
                if kind == "RedisCache":
                    get = timing[_get_name(payload, flavour)]
                    text += (
                        f", one GET of the entry {get.median_us:.1f} µs (p90 {get.p90_us:.1f}), "
                        f"overhead minus GET {hits.over_round_trip[payload, flavour]:.1f} µs"
                    )
                parts.append(text)
        return "; ".join(parts)

    def ratio_line(found: dict[tuple[str, str], float]) -> str:
        return "; ".join(
            f"{kind} {SHORT[flavour]} {found[flavour, kind]:.3f}"
            for kind in BACKENDS
            for flavour in FLAVOURS
        )

    def verdicts(payload: str) -> str:
        passed = []
        for kind in BACKENDS:
            for flavour in FLAVOURS:
                if kind == "RedisCache":
                    ok = hits.over_round_trip[payload, flavour] <= REDIS_SLACK_US
                else:
                    ok = hits.overhead[payload, kind, flavour] <= HIT_BAR_US[kind]
                passed.append(f"{kind} {SHORT[flavour]} {'PASS' if ok else 'MISS'}")
        return ", ".join(passed)

    ping = {flavour: hits.timings[f"Redis PING: {flavour}"].median_us for flavour in FLAVOURS}
    notes = [
        f"Hits: per backend and client, `client.movies.details({HIT_ID})` once (the miss "
        f"that stores the entry), then a loop that times, call after call, decoding the "
        f"same bytes alone (`tmdbfusion._decoding.decode(body, MovieDetails)`, the client's "
        f"own decoder), a hit, and for RedisCache a GET of the entry with the same redis "
        f"client: {hit_calls} of each per round, {rounds} rounds ({rounds * hit_calls:,} "
        f"hits in all), the loops in rotated order. Each call is timed on its own "
        f"(time.perf_counter()). The table gives each round's median per call; hit "
        f"overhead = hit - decoding, the median over rounds of the per-round difference "
        f"of medians (p90s below are over every call). Clients: every setting the default "
        f"but rate_limit=None; FakeTMDB in its own process, no latency. SQLiteCache: a "
        f"file in a temporary folder; RedisCache: a real redis-server on 127.0.0.1, "
        f"`redis.asyncio.Redis` / `redis.Redis` (redis-py, no hiredis).",
        f"Bars: MemoryCache <= {HIT_BAR_US['MemoryCache']:g} µs, SQLiteCache <= "
        f"{HIT_BAR_US['SQLiteCache']:g} µs, RedisCache <= one Redis round trip + "
        f"{REDIS_SLACK_US:g} µs. The round trip is the GET of the very entry timed beside "
        f"the hits (the one exchange a hit cannot avoid); a PING takes "
        f"{ping['AsyncTMDBClient']:.1f} µs (async) and {ping['TMDBClient']:.1f} µs (sync).",
        f"Plain details ({plain_kb:.1f} KB, the targets): {hit_line('plain')}.",
        f"Details with credits ({credits_kb:.0f} KB, `append_to_response=['credits']`; no "
        f"target, against the same bars: {verdicts('credits')}): {hit_line('credits')}.",
        f"Misses: one client per flavour and backend, and one with no cache, each warmed "
        f"up by {MISS_WARM_UP} untimed calls (connections, threads, SQLite's connection); "
        f"then {miss_size[0]} rounds in which each of them, in turn (rotated each round), "
        f"fetches {miss_size[1]} movies (plain details) no one asked for before, one after "
        f"the other: every call with a cache is a miss (a lookup, the request, a store). "
        f"The ratio is the median over rounds of (per call with the cache) ÷ (per call "
        f"with no cache, same round). At a TMDB-like {SLOW_LATENCY * 1000:.0f} ms "
        f"round trip ({slow_size[0]} rounds of {slow_size[1]} movies), where the bar of "
        f"{MISS_BAR:g} applies: {ratio_line(slow_ratios)}.",
        f"At 0 ms latency (FakeTMDB's raw loopback speed, about 230 µs a call async and "
        f"450 µs sync; no bar): {ratio_line(ratios)}. There a miss's own lookup and store "
        f"are a large share of the call: two Redis round trips (RedisCache), two hops to "
        f"a worker thread (SQLiteCache, async) or an INSERT (SQLiteCache, sync); "
        f"MemoryCache adds the key, the framing and the store, about 10-20 µs.",
    ]
    return Section(
        "10. Cache cost: a hit over decoding, a miss over no cache",
        series,
        checks,
        notes,
    )
