"""6. Start-up and memory: import time, first response, RSS of 10,000 decoded details."""

from __future__ import annotations

import re
import subprocess
import sys

from .harness import Check, Section, Series, paired_ratio
from .server import API_KEY, serve

_MEMORY_PROBE = """
import gc, json, sys, psutil
kind, count = sys.argv[1], int(sys.argv[2])
from benchmarks.payloads import movie_details_plain
raw = movie_details_plain()
process = psutil.Process()
if kind == "structs":
    from tmdbfusion._decoding import decoder_for
    from tmdbfusion.models import MovieDetails
    decoder = decoder_for(MovieDetails)
    decode = decoder.decode
else:
    decode = json.loads
gc.collect()
before = process.memory_info().rss
held = [decode(raw) for _ in range(count)]
gc.collect()
print(process.memory_info().rss - before)
"""

_FIRST_RESPONSE = """
import sys, time
started = time.perf_counter()
from tmdbfusion import TMDBClient
with TMDBClient(sys.argv[1], base_url=sys.argv[2]) as client:
    client.movies.details(1)
print(time.perf_counter() - started)
"""

_FIRST_RESPONSE_ASYNC = """
import sys, time
started = time.perf_counter()
import asyncio
from tmdbfusion import AsyncTMDBClient
async def main():
    async with AsyncTMDBClient(sys.argv[1], base_url=sys.argv[2]) as client:
        await client.movies.details(1)
asyncio.run(main())
print(time.perf_counter() - started)
"""

_HTTP_CHECK = "import sys; print('aiohttp' in sys.modules or 'requests' in sys.modules)"
_IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)")


def _import_time(statement: str) -> tuple[float, bool]:
    """Seconds that ``statement`` spent importing tmdbfusion modules (cumulative, so
    with everything they pulled in), and whether aiohttp or requests got loaded."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"{statement}; {_HTTP_CHECK}"],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for line in done.stderr.splitlines():
        found = _IMPORT_LINE.match(line)
        # Top-level entries only: the lazily loaded clients appear as roots of their own.
        if found and not found.group(2) and found.group(3).startswith("tmdbfusion"):
            total += int(found.group(1))
    return total / 1e6, done.stdout.strip() == "True"


def _run(code: str, *args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def run(repeats: int, quick: bool) -> Section:
    count = 1000 if quick else 10_000
    imports = Series("import tmdbfusion", unit="ms")
    clients = Series("from tmdbfusion import AsyncTMDBClient, TMDBClient", unit="ms")
    first = Series("new TMDBClient to first response, import included", unit="ms")
    first_async = Series("new AsyncTMDBClient to first response, import included", unit="ms")
    structs = Series(f"RSS of {count:,} decoded MovieDetails", unit="MB")
    dicts = Series(f"RSS of {count:,} json.loads dicts", unit="MB")
    loaded_http = False
    loaded_by_clients = False
    with serve(ids=10, payload="plain") as server:
        url = server.url
        for _ in range(repeats):
            seconds, loaded = _import_time("import tmdbfusion")
            loaded_http |= loaded
            imports.samples.append(seconds * 1000)
            seconds, loaded = _import_time("from tmdbfusion import AsyncTMDBClient, TMDBClient")
            loaded_by_clients |= loaded
            clients.samples.append(seconds * 1000)
            first.samples.append(_run(_FIRST_RESPONSE, API_KEY, url) * 1000)
            first_async.samples.append(_run(_FIRST_RESPONSE_ASYNC, API_KEY, url) * 1000)
            structs.samples.append(_run(_MEMORY_PROBE, "structs", str(count)) / 2**20)
            dicts.samples.append(_run(_MEMORY_PROBE, "dicts", str(count)) / 2**20)
    checks = [
        Check("import tmdbfusion (ms)", imports.median, 50.0),
        Check("import tmdbfusion loads aiohttp or requests (1 = yes)", float(loaded_http), 0.0),
        Check("memory: structs / dicts", paired_ratio(structs, dicts), 0.5),
    ]
    notes = [
        "Import times are `-X importtime`'s cumulative microseconds of the tmdbfusion "
        "modules the statement loads (with everything they import), in a fresh interpreter; "
        "the interpreter's own start-up is not counted.",
        "`import tmdbfusion` loads the errors only; the clients, models and endpoint registry "
        "load on first use of `AsyncTMDBClient` / `TMDBClient` (the second row, not a target "
        "of the issue; it "
        + (
            "loads the HTTP libraries too: each client class brings its own, aiohttp or "
            "requests, so that creating a client inside a running event loop does not "
            "block it on an import"
            if loaded_by_clients
            else "loads neither aiohttp nor requests, which are imported when the first "
            "client is created"
        )
        + ").",
        f"Memory holds the spec's plain movie-details example decoded {count:,} times; RSS "
        "growth of a fresh process, measured after gc.collect().",
    ]
    return Section(
        "6. Start-up and memory",
        [imports, clients, first, first_async, structs, dicts],
        checks,
        notes,
    )
