"""The crawl survives ``kill -9`` at random moments: every id once, failures exact."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tmdbfusion.testing import FakeTMDB

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

IDS = list(range(1000, 1400))
MISSING = set(IDS[7::29])


def test_kill_9_ten_times_then_finish(fake_tmdb: FakeTMDB, tmp_path: Path) -> None:
    fake_tmdb.faults.latency = 0.05
    for movie_id in MISSING:
        fake_tmdb.not_found.add(f"/3/movie/{movie_id}")
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"{n}\n" for n in IDS))
    out = tmp_path / "out"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TMDB_")},
        "TMDB_API_KEY": fake_tmdb.api_key,
        "TMDB_BASE_URL": fake_tmdb.url,
        "TMDB_EXPORTS_BASE_URL": fake_tmdb.url,
    }
    command = [sys.executable, "-m", "tmdbfusion", "crawl", "movies.details"]
    command += ["--ids", str(ids), "--append", "credits", "--out", str(out)]
    command += ["--rate-limit", "1000", "--max-connections", "2"]
    command += ["--checkpoint-interval", "0.1"]
    chance = random.Random()
    kills = 0
    deadline = time.monotonic() + 50
    while kills < 10 and time.monotonic() < deadline:
        process = subprocess.Popen(
            command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            # Python's start-up takes ~0.3 s; kill anywhere in it and in the crawl.
            time.sleep(chance.uniform(0.1, 1.0))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
        finally:
            process.wait(timeout=30)
    assert kills == 10, "the crawl finished before it was killed 10 times"
    checkpoint = json.loads((out / "checkpoint.json").read_bytes())
    progress = checkpoint["done_below"] + len(checkpoint["done"])
    assert 0 < progress < len(IDS), "the kills should land in the middle of the crawl"

    final = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)
    assert final.returncode == 0, final.stderr

    results = [json.loads(line) for line in (out / "results.ndjson").read_bytes().splitlines()]
    failures = [json.loads(line) for line in (out / "failures.ndjson").read_bytes().splitlines()]
    done = [r["input"] for r in results] + [f["input"] for f in failures]
    assert sorted(done) == IDS  # every id, exactly once
    assert {f["input"] for f in failures} == MISSING
    assert {f["error"] for f in failures} == {"NotFoundError"}
    assert all(r["data"]["id"] == r["input"] for r in results)

    # A finished crawl: running it again sends nothing.
    fake_tmdb.requests.clear()
    again = subprocess.run(command, env=environment, capture_output=True, timeout=60)
    assert again.returncode == 0
    assert fake_tmdb.requests == []


def test_ctrl_c_checkpoints_and_exits_130(fake_tmdb: FakeTMDB, tmp_path: Path) -> None:
    fake_tmdb.faults.latency = 0.05
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"{n}\n" for n in IDS[:100]))
    out = tmp_path / "out"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TMDB_")},
        "TMDB_API_KEY": fake_tmdb.api_key,
        "TMDB_BASE_URL": fake_tmdb.url,
    }
    command = [sys.executable, "-m", "tmdbfusion", "crawl", "movies.details"]
    command += ["--ids", str(ids), "--out", str(out), "--max-connections", "2"]
    process = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not fake_tmdb.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "resume" in stderr
    checkpoint = json.loads((out / "checkpoint.json").read_bytes())
    assert 0 < checkpoint["done_below"] + len(checkpoint["done"]) < 100
    # Everything fetched before the interrupt was kept: only the rest is fetched.
    sent_before = len(fake_tmdb.requests)
    final = subprocess.run(command, env=environment, capture_output=True, timeout=60)
    assert final.returncode == 0
    results = [json.loads(line) for line in (out / "results.ndjson").read_bytes().splitlines()]
    assert sorted(r["input"] for r in results) == IDS[:100]
    assert len(fake_tmdb.requests) - sent_before <= 100 - checkpoint["done_below"]
