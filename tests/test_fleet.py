"""Fleets of real processes sharing one real redis-server and one FakeTMDB: a shared
rate limit that keeps a whole fleet under TMDB's, through a Redis restart, and caches
(a SQLite file, Redis) shared by two processes at once. Both clients."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tmdbfusion.testing import FakeTMDB

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ["async", "sync"]


@pytest.fixture
def fleet_fake() -> Iterator[FakeTMDB]:
    """A FakeTMDB of the test's own, enforcing TMDB's per-IP limit on every process."""
    with FakeTMDB() as fake:
        fake.faults.rate_limit = 50
        fake.faults.max_connections = 20
        yield fake


def run_fleet(
    fake: FakeTMDB,
    redis_url: str,
    *,
    client: str,
    processes: int,
    per_process: int,
    rate: float = 0.0,
    cache: str = "none",
    distinct: bool = True,
    repeat: int = 1,
    during: Any = None,
) -> list[dict[str, Any]]:
    """Start ``processes`` workers at the same moment and return their summaries."""
    start_at = time.time() + 3.0  # time for every interpreter to import and connect
    workers = []
    for index in range(processes):
        first = 1000 + (index * per_process if distinct else 0)
        command = [
            sys.executable, "-m", "tests.fleet_worker",
            "--client", client, "--base-url", fake.url, "--api-key", fake.api_key,
            "--redis-url", redis_url, "--rate", str(rate), "--cache", cache,
            "--ids", f"{first}:{per_process}", "--repeat", str(repeat),
            "--start-at", str(start_at),
        ]  # fmt: skip
        workers.append(
            subprocess.Popen(
                command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
        )
    try:
        if during is not None:
            time.sleep(max(0.0, start_at - time.time()))
            during()
        summaries = []
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
            summaries.append(json.loads(out.strip().splitlines()[-1]))
        return summaries
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.communicate()


def busiest_second(fake: FakeTMDB) -> int:
    """The most requests that reached the fake in any 1-second window."""
    times = sorted(r.received_at for r in fake.requests)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


@pytest.mark.parametrize("client", CLIENTS)
def test_four_processes_share_one_rate_limit_without_a_429(
    fleet_fake: FakeTMDB, redis_server: Any, client: str
) -> None:
    # 40/s leaves room for scheduling jitter: a process that wakes late from its wait
    # can land in the next second's window, on a 2-core machine running 5 processes.
    summaries = run_fleet(
        fleet_fake, redis_server.url, client=client, processes=4, per_process=45, rate=40
    )
    assert sum(s["ok"] for s in summaries) == 180
    assert [s["error_count"] for s in summaries] == [0, 0, 0, 0]
    assert fleet_fake.status_counts == {200: 180}  # not one 429, even retried
    assert busiest_second(fleet_fake) <= 50


def test_without_the_shared_limit_the_same_fleet_overruns_tmdb(
    fleet_fake: FakeTMDB, redis_server: Any
) -> None:
    summaries = run_fleet(
        fleet_fake, redis_server.url, client="async", processes=4, per_process=45, rate=0
    )
    assert sum(s["ok"] + s["error_count"] for s in summaries) == 180
    assert fleet_fake.status_counts[429] > 0
    assert busiest_second(fleet_fake) > 50


@pytest.mark.parametrize("client", CLIENTS)
def test_a_redis_restart_mid_run_costs_no_error(
    fleet_fake: FakeTMDB, redis_server: Any, client: str
) -> None:
    restarted = threading.Event()

    def restart_redis() -> None:
        time.sleep(1.0)
        redis_server.restart()
        restarted.set()

    summaries = run_fleet(
        fleet_fake,
        redis_server.url,
        client=client,
        processes=4,
        per_process=30,
        rate=40,
        during=lambda: threading.Thread(target=restart_redis, daemon=True).start(),
    )
    assert restarted.wait(10)
    assert [s["error_count"] for s in summaries] == [0, 0, 0, 0], summaries
    assert sum(s["ok"] for s in summaries) == 120
    # At most one extra burst while the budget restarted: TMDB's own limit, which
    # allows a burst of 50, never answered 429.
    assert fleet_fake.status_counts.get(429, 0) == 0


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("cache", ["sqlite", "redis"])
def test_two_processes_share_a_cache_without_corruption_or_locks(
    fleet_fake: FakeTMDB, redis_server: Any, tmp_path: Path, client: str, cache: str
) -> None:
    fleet_fake.faults.rate_limit = None
    spec = f"sqlite:{tmp_path / 'shared.sqlite3'}" if cache == "sqlite" else "redis"
    summaries = run_fleet(
        fleet_fake,
        redis_server.url,
        client=client,
        processes=2,
        per_process=60,
        cache=spec,
        distinct=False,  # both processes want the same 60 movies, three times each
        repeat=3,
    )
    for summary in summaries:
        assert summary["error_count"] == 0, summary["errors"]
        assert summary["wrong"] == []
        assert summary["ok"] == 180
    # Each movie went upstream at least once and at most once per process; every
    # other call was answered from the shared cache (or shared a call in flight).
    assert 60 <= len(fleet_fake.requests) <= 120
    assert sum(s["cache_hits"] + s["coalesced"] for s in summaries) >= 360 - 120
    assert sum(s["cache_hits"] for s in summaries) > 0
