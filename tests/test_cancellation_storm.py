"""Thousands of in-flight requests cancelled at random, over and over, leave the async
client working, with no socket open after ``close()`` and no ResourceWarning.

Run in a fresh interpreter under ``-X dev`` (asyncio's debug mode, every warning shown),
against a FakeTMDB reached as ``localhost`` so that connects go through aiohttp's happy
eyeballs (IPv6 first, then IPv4), the phase the previous transport leaked sockets in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STORM = """
import asyncio, gc, json, logging, random, warnings

import psutil

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.testing import FakeTMDB

ROUNDS, TASKS = 6, 1500
complaints = []


class Complaints(logging.Handler):
    def emit(self, record):
        complaints.append(record.getMessage()[:200])


logging.getLogger("asyncio").addHandler(Complaints(logging.ERROR))
logging.getLogger("aiohttp").addHandler(Complaints(logging.ERROR))


def client_sockets(port):
    return sum(
        1
        for c in psutil.Process().net_connections(kind="tcp")
        if c.raddr and c.raddr.port == port and c.status != psutil.CONN_TIME_WAIT
    )


async def storm(client, rng):
    tasks = [
        asyncio.create_task(client.movies.details(rng.randint(1, 500))) for _ in range(TASKS)
    ]
    loop = asyncio.get_running_loop()
    for task in tasks:
        if rng.random() < 0.7:
            loop.call_later(rng.uniform(0, 0.08), task.cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = sum(isinstance(r, asyncio.CancelledError) for r in results)
    failed = [repr(r) for r in results if isinstance(r, Exception)]
    return cancelled, TASKS - cancelled - len(failed), failed[:3]


async def main():
    rng = random.Random(8)
    async with FakeTMDB(latency=0.01) as fake:
        port = int(fake.url.rsplit(":", 1)[1])
        client = AsyncTMDBClient(
            fake.api_key, base_url=f"http://localhost:{port}", rate_limit=None, max_connections=200
        )
        rounds = []
        for _ in range(ROUNDS):
            rounds.append(await storm(client, rng))
        after = await asyncio.wait_for(client.movies.details(550), timeout=10)
        open_before_close = client_sockets(port)
        await client.close()
        open_after_close = client_sockets(port)
    return rounds, after.id, open_before_close, open_after_close


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    rounds, movie_id, before, after = asyncio.run(main())
    gc.collect()
resource_warnings = [
    str(w.message)[:200] for w in caught if issubclass(w.category, ResourceWarning)
]
print(json.dumps({
    "rounds": rounds, "movie_id": movie_id, "open_before_close": before,
    "open_after_close": after, "resource_warnings": resource_warnings, "complaints": complaints,
}))
"""


def test_a_cancellation_storm_leaks_nothing_and_leaves_the_client_working() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-c", STORM],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for cancelled, succeeded, failed in result["rounds"]:
        # A storm really happened: most requests were cancelled in flight, some finished.
        assert cancelled > 500 and succeeded > 0, result["rounds"]
        assert failed == [], failed
    assert result["movie_id"] == 550
    assert result["open_before_close"] > 0  # the count sees the client's sockets
    assert result["open_after_close"] == 0
    assert result["resource_warnings"] == []
    assert result["complaints"] == []
