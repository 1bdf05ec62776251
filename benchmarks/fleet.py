"""8. Fleet: 4 processes share one RedisRateLimiter against one TMDB limit of 50/s.

TMDB limits requests per IP address (about 50 per second, 20 connections), so a
fleet of workers behind one address shares one budget. Four real OS processes
(``benchmarks.fleet_worker``) share one ``RedisRateLimiter`` at 49 requests per second
through one real redis-server, against one FakeTMDB that enforces TMDB's limits and
answers 429 beyond them. For contrast, the same four processes with only local
limiters at 40/s each, as four clients configured on their own would be.
"""

from __future__ import annotations

import contextlib
import json
import select
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tmdbfusion.testing import FakeTMDB

from .harness import Check, Section, Series
from .payloads import movie_details_plain

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 4
TMDB_RATE = 50  # FakeTMDB's faults.rate_limit: a token bucket of 50, 50 per second
TMDB_CONNECTIONS = 20  # FakeTMDB's faults.max_connections
SHARED_RATE = 49.0
LOCAL_RATE = 40.0
CONNECTIONS = TMDB_CONNECTIONS // PROCESSES  # max_connections of each process
THROUGHPUT_BAR = 0.95 * TMDB_RATE
MAX_429_SHARE = 0.01
READY_TIMEOUT = 60.0
START_DELAY = 0.5  # seconds between "all ready" and the common start
SETTLE = 2.0  # seconds between runs: TMDB's bucket refills, the shared schedule expires


@dataclass
class FleetRun:
    """What one fleet did, summed over its processes."""

    calls: int
    wall: float  # from the common start to the last process's last answer
    statuses: Counter[int]  # the answers FakeTMDB gave during the run
    summaries: list[dict[str, Any]] = field(default_factory=list)
    max_in_flight: int = 0

    def total(self, name: str) -> int:
        return sum(int(summary[name]) for summary in self.summaries)

    @property
    def ok(self) -> int:
        return self.total("ok")

    @property
    def errors(self) -> int:
        return self.total("errors")

    @property
    def throughput(self) -> float:
        return self.ok / self.wall

    @property
    def share_429(self) -> float:
        answers = sum(self.statuses.values())
        return self.statuses[429] / answers if answers else 0.0

    def retries_by_cause(self) -> Counter[str]:
        causes: Counter[str] = Counter()
        for summary in self.summaries:
            causes.update(summary["retries_by_cause"])
        return causes

    def describe(self) -> str:
        causes = ", ".join(f"{n} {cause}" for cause, n in sorted(self.retries_by_cause().items()))
        samples = {s for summary in self.summaries for s in summary["error_samples"]}
        text = (
            f"{self.ok:,} of {self.calls:,} calls succeeded in {self.wall:.1f} s: "
            f"{self.throughput:.1f} calls/s; FakeTMDB answered {sum(self.statuses.values()):,} "
            f"requests, {self.statuses[429]:,} of them 429 ({self.share_429:.1%}); "
            f"{self.errors:,} calls failed; {self.total('retries'):,} retries"
            + (f" ({causes})" if causes else "")
            + f"; FakeTMDB saw at most {self.max_in_flight} in flight at once"
        )
        if samples:
            text += f"; errors such as: {sorted(samples)[0]}"
        if any(summary["redis_fallback"] for summary in self.summaries):
            text += "; a process fell back to its local limit (Redis failed)"
        return text


def _stop(worker: subprocess.Popen[str]) -> None:
    if worker.poll() is None:
        worker.kill()
        worker.wait()
    for pipe in (worker.stdin, worker.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


def _failure(what: str, worker: subprocess.Popen[str], stderr: IO[bytes]) -> RuntimeError:
    stderr.seek(0)
    tail = stderr.read().decode(errors="replace")[-2000:]
    return RuntimeError(f"fleet worker {what} (exit code {worker.poll()}):\n{tail}")


def _wait_ready(worker: subprocess.Popen[str], stderr: IO[bytes], deadline: float) -> None:
    assert worker.stdout is not None
    ready, _, _ = select.select([worker.stdout], [], [], max(0.0, deadline - time.monotonic()))
    line = worker.stdout.readline() if ready else ""
    if line.strip() != "ready":
        raise _failure(f"not ready (said {line!r})", worker, stderr)


def run_fleet(
    fake: FakeTMDB, count: int, *, redis_url: str | None = None, key: str = "tmdb:ip"
) -> FleetRun:
    """``count`` distinct movie details split over ``PROCESSES`` worker processes that
    start at one moment: sharing a ``RedisRateLimiter`` at ``redis_url``, or each with
    a local ``rate_limit=LOCAL_RATE``."""
    before = Counter(fake.status_counts)
    fake.max_in_flight = 0
    workers: list[tuple[subprocess.Popen[str], IO[bytes]]] = []
    with contextlib.ExitStack() as stack:
        first = 1
        for index in range(PROCESSES):
            share = count // PROCESSES + (1 if index < count % PROCESSES else 0)
            command = [
                sys.executable, "-m", "benchmarks.fleet_worker",
                "--base-url", fake.url, "--api-key", fake.api_key,
                "--first", str(first), "--count", str(share),
                "--connections", str(CONNECTIONS),
            ]  # fmt: skip
            if redis_url is not None:
                command += ["--redis-url", redis_url, "--key", key, "--rate", str(SHARED_RATE)]
            else:
                command += ["--local-rate", str(LOCAL_RATE)]
            first += share
            # stderr goes to a file: a pipe nobody reads could fill up and block it.
            stderr = stack.enter_context(tempfile.TemporaryFile())
            worker = subprocess.Popen(
                command,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
            stack.callback(_stop, worker)
            workers.append((worker, stderr))
        deadline = time.monotonic() + READY_TIMEOUT
        for worker, stderr in workers:
            _wait_ready(worker, stderr, deadline)
        # Every process has its client (and its Redis connection): start them together.
        start_at = time.time() + START_DELAY
        for worker, _ in workers:
            assert worker.stdin is not None
            worker.stdin.write(f"{start_at!r}\n")
            worker.stdin.flush()
        timeout = START_DELAY + 4 * count / TMDB_RATE + 120
        summaries = []
        for worker, stderr in workers:
            try:
                out, _ = worker.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                raise _failure(f"still running after {timeout:.0f} s", worker, stderr) from None
            if worker.returncode != 0:
                raise _failure("failed", worker, stderr)
            summaries.append(json.loads(out.strip().splitlines()[-1]))
    wall = max(summary["finished_at"] for summary in summaries) - start_at
    statuses = Counter(fake.status_counts) - before
    return FleetRun(count, wall, statuses, summaries, fake.max_in_flight)


def run(repeats: int, quick: bool) -> Section:
    # Each run takes count / 49 seconds (about 100 s in full): one run of each, not
    # ``repeats``.
    from tests.redis_server import RedisServer

    count = 600 if quick else 5000
    body = movie_details_plain()
    with RedisServer() as redis_server, FakeTMDB(record_limit=1000) as fake:
        fake.faults.rate_limit = TMDB_RATE
        fake.faults.max_connections = TMDB_CONNECTIONS
        for movie_id in range(1, count + 1):
            fake.set_response("GET", f"/3/movie/{movie_id}", body)
        shared = run_fleet(fake, count, redis_url=redis_server.url, key="tmdb:ip:bench")
        time.sleep(SETTLE)
        local = run_fleet(fake, count)
    shared_floor = (count - 1) / SHARED_RATE
    # TMDB's bucket starts full: 50 answers at once, then 50 per second.
    local_floor = max(0, count - TMDB_RATE) / TMDB_RATE
    series = [
        Series(
            f"fleet: {count:,} details, {PROCESSES} processes, one RedisRateLimiter "
            f"at {SHARED_RATE:g}/s",
            [shared.wall],
            floor=shared_floor,
        ),
        Series(
            f"fleet: {count:,} details, {PROCESSES} processes, local rate_limit="
            f"{LOCAL_RATE:g} each (contrast)",
            [local.wall],
            floor=local_floor,
        ),
    ]
    checks = [
        Check(
            f"fleet: calls/s, {PROCESSES} processes sharing RedisRateLimiter({SHARED_RATE:g}/s)",
            shared.throughput,
            THROUGHPUT_BAR,
            at_most=False,
        ),
        Check("fleet: share of TMDB's answers that were 429", shared.share_429, MAX_429_SHARE),
        Check("fleet: calls that failed", shared.errors, 0),
    ]
    notes = [
        f"{count:,} distinct movie details (TMDB's plain example, {len(body):,} bytes) split "
        f"over {PROCESSES} real OS processes (`python -m benchmarks.fleet_worker`), each "
        f"`AsyncTMDBClient(max_connections={CONNECTIONS}, rate_limit=...)` with at most "
        f"{CONNECTIONS} calls in flight (a semaphore around asyncio.gather), no cache. One "
        f"FakeTMDB (in the parent process, reached over its URL) enforces TMDB's limits for "
        f"all of them at once: faults.rate_limit = {TMDB_RATE} (a token bucket of "
        f"{TMDB_RATE}, {TMDB_RATE} per second) and faults.max_connections = "
        f"{TMDB_CONNECTIONS}, answering 429 (Retry-After: 1) beyond either.",
        f"Shared: one `RedisRateLimiter(redis.asyncio.Redis(...), key=..., rate="
        f"{SHARED_RATE:g})` per process (burst 1, evenly spaced), all on one real "
        f"redis-server the benchmark starts. {shared.describe()}.",
        f"Contrast (no target): the same processes with only a local `rate_limit="
        f"{LOCAL_RATE:g}` each ({PROCESSES * LOCAL_RATE:g}/s in all, each bucket starting "
        f"full with {LOCAL_RATE:g} tokens). {local.describe()}.",
        f"Throughput: successful calls ÷ the wall time from the common start (every process "
        f"had built its client and connected to Redis, then all were told to start at the "
        f"same time.time()) to the last answer of the last process. The share of 429s is "
        f"counted by FakeTMDB (fake.status_counts), retried or not. One run of each (other "
        f"benchmarks repeat {repeats} times): at {SHARED_RATE:g}/s a run takes "
        f"{shared_floor:.0f} s. Physical floor: "
        f"the shared schedule sends call k at k / {SHARED_RATE:g} s, so the last leaves at "
        f"({count} - 1) / {SHARED_RATE:g} s; for the contrast, TMDB's own bucket "
        f"(({count} - {TMDB_RATE}) / {TMDB_RATE} s).",
    ]
    return Section(
        f"8. Fleet: {PROCESSES} processes, {count:,} details, one shared limit of "
        f"{SHARED_RATE:g}/s against TMDB's {TMDB_RATE}/s",
        series,
        checks,
        notes,
    )
