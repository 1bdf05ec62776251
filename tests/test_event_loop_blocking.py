"""No single step of the async client blocks its event loop for more than 20 ms, once
the client is imported: creating it inside the running loop, its first HTTPS request
(the trust store is loaded off the loop), and bodies that are large, endless or
inflate far past ``max_response_bytes``.

Measured in a fresh interpreter, so every first-time cost is really paid there, with
asyncio's debug mode reporting each callback that ran longer than 20 ms. Those are wall
times: on a busy machine the client process can be descheduled mid-step, so a run is
repeated (at most 3 times, each a fresh interpreter) until one shows no slow step. A
step that really blocks is slow in every run.
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
from pathlib import Path

import certifi

from tests.scripted_server import (
    Reply,
    Request,
    ScriptedServer,
    endless_chunked,
    gzip_bomb,
    response,
)

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.020
# About the largest answer TMDB gives: movie details with 4,000 cast members (1.1 MB).
LARGE = json.dumps(
    {
        "id": 550,
        "title": "Fight Club",
        "credits": {
            "id": 550,
            "cast": [
                {
                    "id": i,
                    "name": f"Actor {i}",
                    "character": f"Role {i}",
                    "credit_id": f"{i:024x}",
                    "order": i,
                    "known_for_department": "Acting",
                    "popularity": 1.5,
                    "profile_path": "/abc.jpg",
                }
                for i in range(4000)
            ],
            "crew": [],
        },
    }
).encode()

CLIENT = """
import asyncio, json, logging, sys, time

from tmdbfusion import AsyncTMDBClient, ResponseTooLargeError

slow = []


class Collect(logging.Handler):
    def emit(self, record):
        if "took" in record.getMessage():
            message = record.getMessage()
            at = message.find("running at")
            slow.append(message[at : at + 40] + " ... " + message[-20:])


logging.getLogger("asyncio").addHandler(Collect())
logging.getLogger("asyncio").setLevel(logging.WARNING)
https_url, http_url, budget = sys.argv[1], sys.argv[2], float(sys.argv[3])


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = budget
    steps = {}
    started = time.perf_counter()
    client = AsyncTMDBClient("k", base_url=https_url, rate_limit=None, max_retries=0)
    steps["create"] = time.perf_counter() - started
    async with client:
        assert await client.request("GET", "/3/configuration") == {"ok": True}
        assert await client.request("GET", "/3/configuration") == {"ok": True}
    async with AsyncTMDBClient("k", base_url=http_url, rate_limit=None, max_retries=0) as plain:
        movie = await plain.movies.details(550, append_to_response=["credits"])
        assert len(movie.credits.cast) == 4000
        try:
            await plain.request("GET", "/3/bomb")
            raise AssertionError("the gzip bomb was not refused")
        except ResponseTooLargeError:
            pass
        try:
            await plain.request("GET", "/3/endless")
            raise AssertionError("the endless body was not refused")
        except ResponseTooLargeError:
            pass
    print(json.dumps({"steps": steps, "slow": slow}))


asyncio.run(main(), debug=True)
"""


def _path(request: Request) -> str:
    return request.head.split(b" ")[1].split(b"?")[0].decode()


def _reply(path: str) -> Reply:
    if path == "/3/bomb":
        return Reply(gzip_bomb(256 * 2**20))
    if path == "/3/endless":
        return endless_chunked(b"x" * 65536)
    if path == "/3/movie/550":
        return Reply(response(LARGE))
    return Reply(response())


def test_no_step_blocks_the_loop_for_more_than_20_ms(
    tls_server_context: ssl.SSLContext, trusted_ca: str, tmp_path: Path
) -> None:
    # A trust store the size of a big system one (certifi's bundle, four times over,
    # then the test CA): loading it takes well over 20 ms, so it must happen off the loop.
    store = tmp_path / "store.pem"
    store.write_text(Path(certifi.where()).read_text() * 4 + Path(trusted_ca).read_text())
    https = ScriptedServer(lambda request: Reply(response()), tls=tls_server_context)
    plain = ScriptedServer(lambda request: _reply(_path(request)))
    runs = []
    with https, plain:
        for _ in range(3):
            done = subprocess.run(
                [sys.executable, "-c", CLIENT, https.url, plain.url, str(BUDGET)],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=ROOT,
                env={**os.environ, "SSL_CERT_FILE": str(store)},
            )
            assert done.returncode == 0, done.stderr
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            if not runs[-1]["slow"] and runs[-1]["steps"]["create"] < BUDGET:
                break
    assert runs[-1]["slow"] == [], runs
    assert runs[-1]["steps"]["create"] < BUDGET, runs
    # Each run sent both HTTPS requests and the three plain ones, to the two servers.
    assert len(https.requests) == 2 * len(runs)
    assert [_path(r) for r in plain.requests] == ["/3/movie/550", "/3/bomb", "/3/endless"] * len(
        runs
    )
