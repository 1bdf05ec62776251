"""9. Bot: 200 concurrent commands over 20 movies, one AsyncTMDBClient with a MemoryCache.

A chat bot answers commands as they come, and many users ask for the same few movies
at once. With a cache, identical calls in flight share one request and later ones are
hits: TMDB should see each movie once, and every command should be answered within
about one round trip.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import statistics
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.cache import MemoryCache
from tmdbfusion.models import MovieAppend
from tmdbfusion.testing import FakeTMDB

from .fake_process import FakeProcess
from .harness import Check, Section, Series
from .payloads import movie_details_plain, movie_details_with_credits

COMMANDS = 200
MOVIES = 20
LATENCY = 0.05
PROBES = 5  # uncached calls, one after the other: the round trip is their median
UPSTREAM_BAR = MOVIES  # checked against the most any repeat sent
WALL_BAR = 1.2
DEFAULT_RATE = 40.0  # AsyncTMDBClient's default rate_limit (a bucket of 40 tokens)
MAX_CONNECTIONS = 20  # AsyncTMDBClient's default max_connections

# Movie ids FakeTMDB answers: plain details, details with credits, and the probes.
PLAIN_IDS = range(1, MOVIES + 1)
CREDITS_IDS = range(101, 101 + MOVIES)
PROBE_IDS = range(1001, 1001 + PROBES)


def _serve(connection: Connection, latency: float, responses: Mapping[str, bytes]) -> None:
    """The child process of ``RemoteFake``."""
    with FakeTMDB(latency=latency, record_limit=1000) as fake:
        for path, body in responses.items():
            fake.set_response("GET", path, body)
        connection.send(fake.client_kwargs())
        with contextlib.suppress(EOFError):
            while True:
                message = connection.recv()
                if message == "answered":
                    connection.send(sum(fake.status_counts.values()))
                elif isinstance(message, float):
                    # When the requests received since then arrived (time.monotonic(),
                    # the same clock in every process).
                    connection.send(
                        [r.received_at for r in fake.requests if r.received_at >= message]
                    )
                else:
                    break


class RemoteFake(FakeProcess):
    """The bot's FakeTMDB, which tells how many requests it has answered."""

    def __init__(self, latency: float, responses: Mapping[str, bytes]) -> None:
        super().__init__(_serve, latency, dict(responses))

    def answered(self) -> int:
        """How many requests FakeTMDB has answered so far, whatever their status."""
        count: int = self.ask("answered")
        return count

    def arrivals(self, since: float) -> list[float]:
        """When (``time.monotonic()``) the requests received since ``since`` arrived."""
        found: list[float] = self.ask(since)
        return found


@dataclass
class BotRun:
    round_trip: float  # median of the probes, seconds
    wall: float  # the 200 commands, seconds
    upstream: int  # requests FakeTMDB answered for the 200 commands
    coalesced: int
    hits: int
    # Seconds from the start of the commands until the first and the last request
    # reached FakeTMDB.
    first_arrival: float
    last_arrival: float


@dataclass(frozen=True)
class Variant:
    cached: bool
    ids: range
    append: list[MovieAppend] | None = None
    warm_pool: bool = False  # MAX_CONNECTIONS connections open before the commands


async def bot(fake: RemoteFake, commands: Sequence[int], variant: Variant) -> BotRun:
    """One client, as a bot keeps for its lifetime: a few uncached calls (the round
    trip, measured on the client's own connections), then ``commands`` all at once."""
    cache = MemoryCache() if variant.cached else None
    append = variant.append
    async with AsyncTMDBClient(**fake.client_kwargs, cache=cache) as client:
        uncached = client.with_options(cache=False)
        if variant.warm_pool:
            # As many calls at once as the pool has connections: all of them open.
            first = PROBE_IDS[0]
            await asyncio.gather(*(uncached.movies.details(first) for _ in range(MAX_CONNECTIONS)))
            await asyncio.sleep(MAX_CONNECTIONS / DEFAULT_RATE)  # the rate limit's tokens back
        trips = []
        for movie_id in PROBE_IDS:
            started = time.perf_counter()
            await uncached.movies.details(movie_id, append_to_response=append)
            trips.append(time.perf_counter() - started)
        stats = client.stats
        answered = fake.answered()
        began = time.monotonic()
        started = time.perf_counter()
        await asyncio.gather(
            *(client.movies.details(movie_id, append_to_response=append) for movie_id in commands)
        )
        wall = time.perf_counter() - started
        upstream = fake.answered() - answered
        arrivals = fake.arrivals(began) or [began]
        after = client.stats
    return BotRun(
        statistics.median(trips),
        wall,
        upstream,
        after.coalesced - stats.coalesced,
        after.cache_hits - stats.cache_hits,
        min(arrivals) - began,
        max(arrivals) - began,
    )


def run(repeats: int, quick: bool) -> Section:
    plain, credits = movie_details_plain(), movie_details_with_credits()
    variants = {
        "cached": Variant(cached=True, ids=PLAIN_IDS),
        "cached, warm pool": Variant(cached=True, ids=PLAIN_IDS, warm_pool=True),
        "cached, credits": Variant(cached=True, ids=CREDITS_IDS, append=["credits"]),
        "no cache": Variant(cached=False, ids=PLAIN_IDS),
    }
    runs: dict[str, list[BotRun]] = {name: [] for name in variants}
    responses = {f"/3/movie/{movie_id}": plain for movie_id in (*PLAIN_IDS, *PROBE_IDS)}
    responses.update({f"/3/movie/{movie_id}": credits for movie_id in CREDITS_IDS})

    def commands(variant: Variant, seed: int) -> list[int]:
        chosen = list(variant.ids) * (COMMANDS // MOVIES)
        random.Random(seed).shuffle(chosen)
        return chosen

    with RemoteFake(LATENCY, responses) as fake:
        # A warm-up, so that no sample pays for first imports and first connections.
        for name in ("cached", "cached, credits"):
            asyncio.run(bot(fake, commands(variants[name], -1), variants[name]))
        for repeat in range(repeats):
            # Rotated, so that no variant always runs first.
            names = list(variants)
            names = names[repeat % len(names) :] + names[: repeat % len(names)]
            for name in names:
                variant = variants[name]
                runs[name].append(asyncio.run(bot(fake, commands(variant, repeat), variant)))

    def series(name: str, label: str, floor: float | None = None) -> Series:
        return Series(label, [r.wall for r in runs[name]], floor=floor)

    round_trip = statistics.median(r.round_trip for r in runs["cached"])
    # The bar is held by a bot as it runs: its pool's connections open (aiohttp keeps
    # them alive), as the round trip it is compared with was measured. A cold pool adds
    # a connect per connection (against TMDB, a TCP and a TLS handshake: one to three
    # more round trips whatever the client), so it is reported beside, without a bar.
    ratio = statistics.median(r.wall / r.round_trip for r in runs["cached, warm pool"])
    cold_ratio = statistics.median(r.wall / r.round_trip for r in runs["cached"])
    credits_ratio = statistics.median(r.wall / r.round_trip for r in runs["cached, credits"])
    upstream = max(r.upstream for r in (*runs["cached"], *runs["cached, warm pool"]))
    # Without a cache every command is a request: the client's bucket starts with 40
    # tokens (the probes took 5 of them, refilled while they ran), so the last of 200
    # leaves (200 - 40) / 40 s in, and answers one round trip later.
    rate_floor = (COMMANDS - DEFAULT_RATE) / DEFAULT_RATE + LATENCY
    table = [
        Series(
            f"bot: one uncached round trip ({LATENCY * 1000:.0f} ms latency)",
            [r.round_trip for r in runs["cached"]],
        ),
        series("cached", f"bot: {COMMANDS} commands, MemoryCache", floor=round_trip),
        series(
            "cached, warm pool",
            f"bot: {COMMANDS} commands, MemoryCache, {MAX_CONNECTIONS} connections open",
            floor=statistics.median(r.round_trip for r in runs["cached, warm pool"]),
        ),
        series(
            "cached, credits",
            f"bot: {COMMANDS} commands with credits ({len(credits) // 1024} KB), MemoryCache",
            floor=statistics.median(r.round_trip for r in runs["cached, credits"]),
        ),
        series("no cache", f"bot: {COMMANDS} commands, no cache (contrast)", floor=rate_floor),
    ]
    checks = [
        Check(
            f"bot: requests to TMDB for {COMMANDS} commands over {MOVIES} movies",
            upstream,
            UPSTREAM_BAR,
        ),
        Check(
            f"bot: wall time of {COMMANDS} commands ÷ one round trip (pool warm)",
            ratio,
            WALL_BAR,
        ),
    ]

    def counts(name: str) -> str:
        chosen = runs[name]
        first = statistics.median(r.first_arrival for r in chosen) * 1000
        last = statistics.median(r.last_arrival for r in chosen) * 1000
        tail = statistics.median(r.wall - r.last_arrival - LATENCY for r in chosen) * 1000
        return (
            f"requests to TMDB {'/'.join(str(r.upstream) for r in chosen)}, calls that shared "
            f"a request in flight {'/'.join(str(r.coalesced) for r in chosen)}, cache hits "
            f"{'/'.join(str(r.hits) for r in chosen)} (per repeat); the first request reached "
            f"FakeTMDB {first:.1f} ms after the commands began, the last {last:.1f} ms; "
            f"after the last one's {LATENCY * 1000:.0f} ms, {tail:.1f} ms more until every "
            f"command had its answer (medians)"
        )

    notes = [
        f"{COMMANDS} commands over {MOVIES} distinct movies ({COMMANDS // MOVIES} each, "
        f"shuffled), handed to asyncio.gather at once, through one `AsyncTMDBClient("
        f"cache=MemoryCache())` with every other setting the default (rate_limit="
        f"{DEFAULT_RATE:g}, max_connections=20). FakeTMDB, in a process of its own, "
        f"answers every request after {LATENCY * 1000:.0f} ms with TMDB's plain details "
        f"example ({len(plain):,} bytes). A fresh client and cache per repeat; the "
        f"benchmark counts the requests FakeTMDB answered during the {COMMANDS} commands.",
        f"Round trip: on the same client, just before the commands, {PROBES} uncached "
        f"calls one after the other (`client.with_options(cache=False)`, on the client's "
        f"own connections); the median. The bar is {WALL_BAR:g} times that round trip, "
        f"compared per repeat, for a bot as it runs: its pool's {MAX_CONNECTIONS} "
        f"connections already open (aiohttp keeps them alive between busy moments), "
        f"as they were for the round trip; median ratio {ratio:.3f}; "
        f"{counts('cached, warm pool')}.",
        f"Cold pool (no bar): the probes leave one connection open and the commands open "
        f"the other {MAX_CONNECTIONS - 1} they need; wall time ÷ round trip "
        f"{cold_ratio:.3f}; {counts('cached')}. Against TMDB each new connection costs a "
        f"TCP and a TLS handshake, one to three round trips whatever the client does, so "
        f"only the warm pool can be held to a bar near one round trip.",
        f"With credits (`append_to_response=['credits']`, {len(credits):,} bytes each, the "
        f"cast and crew a bot shows; no target): wall time ÷ round trip {credits_ratio:.3f}; "
        f"{counts('cached, credits')}. Each command decodes the shared bytes on its own.",
        f"No cache (contrast, no target): the same {COMMANDS} commands on the same "
        f"settings without a cache: {counts('no cache')}; the client's own rate limit "
        f"sets the pace (physical floor ({COMMANDS} - {DEFAULT_RATE:g}) / {DEFAULT_RATE:g} "
        f"+ {LATENCY:g} = {rate_floor:g} s).",
    ]
    return Section(
        f"9. Bot: {COMMANDS} concurrent commands over {MOVIES} movies, "
        f"{LATENCY * 1000:.0f} ms latency",
        table,
        checks,
        notes,
    )
