"""6. Start-up and memory: import time, first response, RSS of 10,000 decoded details."""

from __future__ import annotations

import re
import subprocess
import sys

from .harness import Check, Section, Series
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


def _import_time() -> tuple[float, bool]:
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import sys, tmdbfusion; print('aiohttp' in sys.modules or 'requests' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    own = 0
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if found and found.group(3) == "tmdbfusion":
            own = int(found.group(1))
    return own / 1e6, done.stdout.strip() == "True"


def _run(code: str, *args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def run(repeats: int, quick: bool) -> Section:
    count = 1000 if quick else 10_000
    imports = Series("import tmdbfusion (cumulative, ms)", unit="ms")
    first = Series("new TMDBClient to first response (ms)", unit="ms")
    structs = Series(f"RSS of {count:,} decoded MovieDetails (MB)", unit="MB")
    dicts = Series(f"RSS of {count:,} json.loads dicts (MB)", unit="MB")
    loaded_http = False
    with serve(ids=10, payload="plain") as url:
        for _ in range(repeats):
            seconds, loaded = _import_time()
            loaded_http |= loaded
            imports.samples.append(seconds * 1000)
            first.samples.append(_run(_FIRST_RESPONSE, API_KEY, url) * 1000)
            structs.samples.append(_run(_MEMORY_PROBE, "structs", str(count)) / 2**20)
            dicts.samples.append(_run(_MEMORY_PROBE, "dicts", str(count)) / 2**20)
    checks = [
        Check("import tmdbfusion (ms)", imports.median, 50.0),
        Check("import loads aiohttp or requests (1 = yes)", float(loaded_http), 0.0),
        Check("memory: structs / dicts", structs.median / dicts.median, 0.5),
    ]
    notes = [
        "Import time is the cumulative time of the `tmdbfusion` package in `-X importtime`.",
        "Memory holds the spec's plain movie-details example decoded 10,000 times.",
    ]
    return Section("6. Start-up and memory", [imports, first, structs, dicts], checks, notes)
