"""7. Paced: 500 movie details at rate_limit=49 with 20 ms latency, as a bot or scraper runs.

At TMDB's real limit (40-50 requests per second per IP) the rate, not the client, sets
the pace: this measures how close the client gets to that floor and how much of a core
it uses to get there.
"""

from __future__ import annotations

import asyncio
import statistics

from tmdbfusion import AsyncTMDBClient

from .harness import Check, Section, Series, measure
from .server import API_KEY, serve

RATE = 49.0
LATENCY = 0.02
WALL_BAR = 1.02
CPU_BAR = 0.06


def rate_floor(count: int, rate: float = RATE, latency: float = LATENCY) -> float:
    """Seconds ``count`` requests need at ``rate`` per second: the client's token bucket
    starts full with ``burst = rate`` tokens (tmdbfusion/ratelimit/local.py), so the first
    ``rate`` go at once and request ``k`` (from 0) may leave at ``(k + 1 - rate) / rate``;
    the last one leaves at ``(count - rate) / rate`` and answers one round trip later."""
    return max(0.0, count - rate) / rate + latency


def run(repeats: int, quick: bool) -> Section:
    count = 150 if quick else 500
    floor = rate_floor(count)
    label = f"paced: {count} details, rate_limit={RATE:g}, {LATENCY * 1000:.0f} ms latency"
    series = Series(label, requests=count, floor=floor)
    with serve(latency=LATENCY, ids=count, payload="plain") as server:
        url = server.url

        async def paced(ids: range, rate_limit: float | None) -> None:
            # Every other setting is the default (max_connections=20, max_retries=3).
            async with AsyncTMDBClient(API_KEY, base_url=url, rate_limit=rate_limit) as client:
                await asyncio.gather(*(client.movies.details(i) for i in ids))

        # A warm-up, unpaced, so that no sample pays for first imports.
        asyncio.run(paced(range(1, 21), None))
        for _ in range(repeats):
            measure(series, lambda: asyncio.run(paced(range(1, count + 1), RATE)), server)
    share = statistics.median(series.client_busy)
    checks = [
        Check("paced: wall time ÷ rate floor", series.median / floor, WALL_BAR),
        Check("paced: client CPU, share of one core", share, CPU_BAR),
    ]
    notes = [
        f"{count:,} movie details (TMDB's plain example) per repeat, all handed to "
        f"asyncio.gather at once, as a bot or scraper would; client: "
        f"AsyncTMDBClient(rate_limit={RATE:g}), every other setting the default; FakeTMDB "
        f"answers each request after {LATENCY * 1000:.0f} ms and enforces no limit.",
        f"Rate floor: the token bucket starts full with burst = rate = {RATE:g} tokens, so "
        f"the first {RATE:g} requests leave at once and the last one leaves at "
        f"(count - rate) / rate; it answers one round trip later. Floor = "
        f"({count} - {RATE:g}) / {RATE:g} + {LATENCY:g} = {floor:.3f} s.",
        f"Client CPU share of one core: the client process's CPU seconds over the run "
        f"(time.process_time(), all threads) ÷ its wall seconds; the median repeat, "
        f"bar {CPU_BAR:.0%}.",
    ]
    return Section(
        f"7. Paced: {count} details at {RATE:g} requests/s, {LATENCY * 1000:.0f} ms latency",
        [series],
        checks,
        notes,
    )
