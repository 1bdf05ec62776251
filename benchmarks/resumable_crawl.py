"""13. Resumable crawl: 5,000 ids with ``tmdbfusion.crawl.crawl`` against FakeTMDB at 50/s.

The target (from the issue): ``crawl(client, "movies.details", ids, out,
append=["credits"])`` over 5,000 ids reaches at least 0.95 of TMDB's 50 requests a
second with checkpointing on (the default ``checkpoint_interval=1.0``), and writes
exactly one line per id to ``results.ndjson`` and none to ``failures.ndjson``.

FakeTMDB runs in a process of its own and enforces TMDB's limits (``faults.rate_limit =
50``, ``faults.max_connections = 20``), answering each request after 40 ms: a typical
round trip to TMDB's CDN from a well-connected host. At 49 requests a second that keeps
about 2 requests in flight (49 x 0.04), far below the 20 connections, so the latency
neither sets the pace nor hides behind it; what sets the pace is the rate, as in a real
crawl.

The checkpoint's cost per item is reported, with no bar: it depends on the disk (three
fsyncs per commit) more than on the code, and if it ever slowed the crawl the rate
target above would miss. Two figures:

- the commit path itself (``Journal.write``: append and fsync the lines; and
  ``Checkpoint.save``: write checkpoint.json beside, fsync, rename, fsync the
  directory), timed around those two methods in the crawl's writer thread during the
  runs at 50/s, divided by the items: the checkpoint's cost per item at TMDB's rate;
- everything ``crawl()`` adds over a bare ``client.fetch_many(
  client.with_raw_response.movies.details, ids)`` that writes nothing (the lines, the
  JSON check of each body, the id list, the commits), measured with no rate limit and
  no latency, side by side, per item (wall and client CPU).

The runs at 50/s take about 100 s each at full size: they repeat at most
``RATE_REPEATS`` (2) times whatever ``repeats`` says; the unthrottled pairs take a
second or two and repeat ``repeats`` times.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.crawl import CrawlSummary, crawl
from tmdbfusion.crawl.checkpoint import CHECKPOINT, Checkpoint
from tmdbfusion.crawl.journal import FAILURES, RESULTS, Journal
from tmdbfusion.testing import FakeTMDB

from .fake_process import FakeProcess
from .harness import Check, Section, Series

TMDB_RATE = 50.0
TMDB_CONNECTIONS = 20
# The client asks for slightly less than the server allows (as benchmarks/crawl.py does),
# so that requests bunching up on the way do not push it over the limit.
CLIENT_RATE = 49.0
CONNECTIONS = 20
LATENCY = 0.04
OPERATION = "movies.details"
APPEND = ("credits",)
RATE_BAR = 0.95
RATE_REPEATS = 2  # full-size runs at 50/s take about 100 s each
SETTLE = 1.5  # seconds for the server's token bucket to refill between runs

T = TypeVar("T")


def _serve(connection: Connection) -> None:
    """The FakeTMDB process: generated movie details; faults set over ``connection``."""
    with FakeTMDB(record_limit=0) as fake:
        connection.send(fake.client_kwargs())
        while True:
            try:
                kind, argument = connection.recv()
            except (EOFError, OSError):
                return
            if kind == "faults":
                for name, value in argument.items():
                    setattr(fake.faults, name, value)
                connection.send(None)
            elif kind == "status":
                connection.send((dict(fake.status_counts), time.process_time()))
            else:
                return


class _Fake(FakeProcess):
    """The crawl's FakeTMDB, which also takes faults and reports its answers."""

    def __init__(self) -> None:
        super().__init__(_serve, stop=("stop", None))

    def set_faults(self, **faults: Any) -> None:
        self.ask(("faults", faults))

    def status(self) -> tuple[Counter[int], float]:
        """Answers by status so far, and the server process's CPU seconds."""
        counts, cpu = self.ask(("status", None))
        return Counter(counts), cpu


class _Silent:
    """A ``Progress`` that shows nothing."""

    def start(self, total: int, done: int, failed: int) -> None:
        pass

    def advance(self, ok: bool) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class _CommitMeter:
    """Time spent in the commit path, in the crawl's writer thread."""

    commits: int = 0
    saves: int = 0
    wall: float = 0.0
    cpu: float = 0.0  # time.thread_time() of the writer thread
    checkpoint_bytes: int = 0


@contextlib.contextmanager
def _metered() -> Iterator[_CommitMeter]:
    """Wrap ``Journal.write`` and ``Checkpoint.save`` (the whole commit path but
    ``Checkpoint.mark`` and four counters) with timers, for the duration."""
    meter = _CommitMeter()
    write, save = Journal.write, Checkpoint.save

    def timed_write(self: Journal, results: list[bytes], failures: list[bytes]) -> tuple[int, int]:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return write(self, results, failures)
        finally:
            meter.cpu += time.thread_time() - cpu
            meter.wall += time.perf_counter() - wall
            meter.commits += 1

    def timed_save(self: Checkpoint, out_dir: Path) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            save(self, out_dir)
        finally:
            meter.cpu += time.thread_time() - cpu
            meter.wall += time.perf_counter() - wall
            meter.saves += 1
        meter.checkpoint_bytes += (out_dir / CHECKPOINT).stat().st_size

    Journal.write = timed_write  # type: ignore[method-assign]
    Checkpoint.save = timed_save  # type: ignore[method-assign]
    try:
        yield meter
    finally:
        Journal.write = write  # type: ignore[method-assign]
        Checkpoint.save = save  # type: ignore[method-assign]


@dataclass
class _Output:
    """What a crawl directory holds: lines that are not exactly one per id (missing,
    repeated or unknown), lines in failures.ndjson, and results.ndjson's size."""

    wrong: int
    failures: int
    results_bytes: int


def _inspect(out: Path, count: int) -> _Output:
    seen: Counter[Any] = Counter()
    with open(out / RESULTS, "rb") as file:
        for line in file:
            seen[json.loads(line)["input"]] += 1
    expected = set(range(1, count + 1))
    wrong = sum(abs(seen[item] - 1) for item in expected)
    wrong += sum(times for item, times in seen.items() if item not in expected)
    with open(out / FAILURES, "rb") as file:
        failures = sum(1 for _ in file)
    return _Output(wrong, failures, (out / RESULTS).stat().st_size)


@dataclass
class _Timed:
    wall: float
    cpu: float  # the client process's CPU seconds (all its threads)


def _timed(work: Coroutine[Any, Any, T]) -> tuple[T, _Timed]:
    """Run ``work`` in a new event loop: its value, wall and client CPU seconds (the loop,
    creating and closing the client included, as in the other sections)."""
    gc.collect()  # as harness.measure does: no run pays for another's garbage
    cpu = time.process_time()
    started = time.perf_counter()
    value = asyncio.run(work)
    return value, _Timed(time.perf_counter() - started, time.process_time() - cpu)


async def _crawl(
    kwargs: dict[str, Any], count: int, out: Path, rate_limit: float | None
) -> CrawlSummary:
    """One crawl of ids 1..count into the empty directory ``out``."""
    async with AsyncTMDBClient(
        **kwargs, rate_limit=rate_limit, max_connections=CONNECTIONS
    ) as client:
        return await crawl(
            client, OPERATION, range(1, count + 1), out, append=APPEND, progress=_Silent()
        )


async def _plain(kwargs: dict[str, Any], count: int) -> int:
    """The same requests through a bare ``fetch_many``, writing nothing: the errors."""
    async with AsyncTMDBClient(**kwargs, rate_limit=None, max_connections=CONNECTIONS) as client:
        method = client.with_raw_response.movies.details
        errors = received = 0
        async for result in client.fetch_many(
            method, range(1, count + 1), append_to_response=list(APPEND)
        ):
            if result.value is None:
                errors += 1
            else:
                received += len(result.value.content)  # the crawl reads each body too
    return errors


def run(repeats: int, quick: bool) -> Section:
    count = 500 if quick else 5000
    rate_repeats = min(repeats, RATE_REPEATS)
    floor = max(0.0, count - CLIENT_RATE) / CLIENT_RATE + LATENCY
    paced = Series(
        f"resumable crawl: {count:,} ids, rate_limit={CLIENT_RATE:g}, server "
        f"{TMDB_RATE:g}/s, {LATENCY * 1000:.0f} ms",
        requests=count,
        floor=floor,
    )
    rate = Series(f"achieved items/s ÷ {TMDB_RATE:g}", unit="fraction")
    throttled = Series("answers that were 429", unit="fraction")
    commit_wall = Series("commit path at 50/s: writer-thread wall per item", unit="µs")
    commit_cpu = Series("commit path at 50/s: writer-thread CPU per item", unit="µs")
    checkpoint_bytes = Series("checkpoint.json bytes written per item at 50/s", unit="bytes")
    result_bytes = Series("results.ndjson bytes per item", unit="bytes")
    open_crawl = Series(f"no limit, 0 ms: crawl(), {count:,} ids", requests=count)
    open_plain = Series(
        f"no limit, 0 ms: bare fetch_many, {count:,} ids, nothing written", requests=count
    )
    extra_wall = Series("crawl() over bare fetch_many: wall per item", unit="µs")
    extra_cpu = Series("crawl() over bare fetch_many: client CPU per item", unit="µs")
    wrong = failures = errors = 0
    commits: list[int] = []
    fake = _Fake()
    try:
        kwargs = fake.client_kwargs
        # FakeTMDB generates each movie on first request (a few ms of its CPU each) and
        # keeps it: one pass first, so that no measured run pays for that.
        errors += asyncio.run(_plain(kwargs, count))
        for _ in range(repeats):
            with tempfile.TemporaryDirectory(prefix="tmdbfusion-bench-") as folder:
                out = Path(folder) / "crawl"
                _, crawled = _timed(_crawl(kwargs, count, out, None))
                found = _inspect(out, count)
            wrong, failures = wrong + found.wrong, failures + found.failures
            failed, plain = _timed(_plain(kwargs, count))
            errors += failed
            for series, timed in ((open_crawl, crawled), (open_plain, plain)):
                series.samples.append(timed.wall)
                series.client_cpu.append(timed.cpu)
                series.client_busy.append(timed.cpu / timed.wall)
            extra_wall.samples.append((crawled.wall - plain.wall) / count * 1e6)
            extra_cpu.samples.append((crawled.cpu - plain.cpu) / count * 1e6)

        fake.set_faults(rate_limit=TMDB_RATE, max_connections=TMDB_CONNECTIONS, latency=LATENCY)
        for _ in range(rate_repeats):
            time.sleep(SETTLE)  # both buckets start full: let the server's refill first
            before, server_cpu = fake.status()
            with (
                tempfile.TemporaryDirectory(prefix="tmdbfusion-bench-") as folder,
                _metered() as meter,
            ):
                out = Path(folder) / "crawl"
                summary, timed = _timed(_crawl(kwargs, count, out, CLIENT_RATE))
                found = _inspect(out, count)
            after, server_cpu_after = fake.status()
            if meter.commits == 0 or meter.saves == 0:
                raise RuntimeError(
                    "resumable crawl: Journal.write / Checkpoint.save were never called; "
                    "update _metered() to the crawl engine's commit path"
                )
            if summary.done != count:
                raise RuntimeError(f"resumable crawl: crawl() did {summary.done} of {count}")
            wrong, failures = wrong + found.wrong, failures + found.failures
            statuses = after - before
            paced.samples.append(timed.wall)
            paced.client_cpu.append(timed.cpu)
            paced.client_busy.append(timed.cpu / timed.wall)
            paced.server_busy.append((server_cpu_after - server_cpu) / timed.wall)
            rate.samples.append(count / timed.wall / TMDB_RATE)
            throttled.samples.append(statuses[429] / max(statuses.total(), 1))
            commit_wall.samples.append(meter.wall / count * 1e6)
            commit_cpu.samples.append(meter.cpu / count * 1e6)
            checkpoint_bytes.samples.append(meter.checkpoint_bytes / count)
            result_bytes.samples.append(found.results_bytes / count)
            commits.append(meter.commits)
    finally:
        fake.close()
    checks = [
        Check(
            f"resumable crawl: items/s as a fraction of {TMDB_RATE:g}, checkpointing on",
            rate.median,
            RATE_BAR,
            at_most=False,
        ),
        Check("resumable crawl: results.ndjson lines not one per id (all runs)", wrong, 0),
        Check("resumable crawl: lines in failures.ndjson (all runs)", failures, 0),
    ]
    size = result_bytes.median if result_bytes.samples else 0.0
    notes = [
        f"FakeTMDB (generated movie details with credits, {size:,.0f} bytes a line of "
        f"results.ndjson) runs in a process of its own. Each run: `await crawl(client, "
        f"{OPERATION!r}, range(1, {count + 1}), out, append={list(APPEND)!r}, "
        f"progress=<silent>)` into a new temporary directory on the same disk as /tmp, "
        f"with every other setting the "
        f"default (checkpoint_interval=1.0: a commit a second or every 1,000 items); "
        f"client: AsyncTMDBClient(rate_limit=..., max_connections={CONNECTIONS}), "
        f"max_retries=3 as by default. Timed from the start of the event loop (the client "
        f"created, the id list written) to its end (the last commit, the client closed).",
        f"At {TMDB_RATE:g}/s: FakeTMDB enforces faults.rate_limit = {TMDB_RATE:g} and "
        f"faults.max_connections = {TMDB_CONNECTIONS} (429 with Retry-After: 1 beyond "
        f"either) and answers after {LATENCY * 1000:.0f} ms, a typical round trip to "
        f"TMDB's CDN; at {CLIENT_RATE:g}/s that is about 2 requests in flight, so the "
        f"rate sets the pace. rate_limit={CLIENT_RATE:g} as in section 5. {rate_repeats} "
        f"run(s) of {count:,} ids (about {floor:.0f} s each; other benchmarks repeat "
        f"{repeats} times), {statistics.median(commits) if commits else 0:.0f} commits "
        f"per run (median). Physical floor: the client's bucket starts full with "
        f"{CLIENT_RATE:g} tokens, so the last request leaves at ({count} - "
        f"{CLIENT_RATE:g}) / {CLIENT_RATE:g} s and answers {LATENCY * 1000:.0f} ms later. "
        f"The ratio divides the ids by that wall time (both buckets start full, so a short "
        f"run can pass 1.0). The share of 429s is counted by FakeTMDB, retries included.",
        "Commit path: the crawl's writer thread's time inside Journal.write (append the "
        "batch's lines to results.ndjson / failures.ndjson, fsync) and Checkpoint.save "
        "(checkpoint.json written beside, fsynced, renamed over, directory fsynced), "
        "wrapped with timers from outside for the runs at 50/s, over the ids; wall and "
        "time.thread_time(). It runs beside the event loop, which waits on it only when "
        "the next commit is due before the last one finished. checkpoint.json bytes: its "
        "size after each save, summed, over the ids. No bar: it measures the disk's fsync "
        "more than the code, and a commit path slow enough to matter misses the rate "
        "target.",
        f"No limit, 0 ms (FakeTMDB's faults all off, client rate_limit=None): {repeats} "
        f"pairs, interleaved, each a fresh client: crawl() as above, then a bare "
        f"`client.fetch_many(client.with_raw_response.movies.details, ids, "
        f"append_to_response={list(APPEND)!r})` that reads each body and writes nothing. "
        f"Their difference over the ids is all crawl() adds (the id list, each line built "
        f"and its body checked as JSON, the commits), the median of per-pair "
        f"differences. A first unmeasured pass has FakeTMDB generate every movie.",
        f"Requests that failed in the bare fetch_many runs: {errors}.",
    ]
    return Section(
        f"13. Resumable crawl: {count:,} ids at {TMDB_RATE:g}/s, checkpointing on",
        [
            paced,
            rate,
            throttled,
            commit_wall,
            commit_cpu,
            checkpoint_bytes,
            result_bytes,
            open_crawl,
            open_plain,
            extra_wall,
            extra_cpu,
        ],
        checks,
        notes,
    )
