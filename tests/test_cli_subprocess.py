"""The ``tmdbfusion`` command as a real process, once per subcommand family (the crawl's
is in ``test_crawl.py``, the demo's in ``test_packaging.py``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tmdbfusion import TMDBClient
from tmdbfusion.errors import NotFoundError
from tmdbfusion.testing import FakeTMDB

# The console script pip installed beside this interpreter.
COMMAND = str(Path(sys.executable).with_name("tmdbfusion"))


def environment(fake: FakeTMDB, **extra: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TMDB_", "TMDBFUSION_"))},
        "TMDB_API_KEY": fake.api_key,
        "TMDB_BASE_URL": fake.url,
        "TMDB_EXPORTS_BASE_URL": fake.url,
        **extra,
    }


def tmdbfusion(fake: FakeTMDB, *argv: str, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, *argv],
        env=options.pop("env", None) or environment(fake),
        capture_output=True,
        text=True,
        timeout=60,
        **options,
    )


def test_the_console_script_is_installed() -> None:
    assert os.access(COMMAND, os.X_OK), f"pip install -e . should have put {COMMAND} there"


def test_operation(fake_tmdb: FakeTMDB) -> None:
    argv = ["movies", "details", "550", "--append", "credits,images", "--language", "de"]
    done = tmdbfusion(fake_tmdb, *argv)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 550  # JSON, since stdout is a pipe
    (sent,) = fake_tmdb.requests
    assert sent.query["append_to_response"] == "credits,images"
    assert fake_tmdb.api_key not in done.stdout + done.stderr


def test_operation_usage_and_not_found_exit_codes(fake_tmdb: FakeTMDB) -> None:
    assert tmdbfusion(fake_tmdb, "movies", "details").returncode == 2
    fake_tmdb.not_found.add("/3/movie/551")
    done = tmdbfusion(fake_tmdb, "movies", "details", "551")
    assert done.returncode == 3
    assert "NotFoundError" in done.stderr and "Traceback" not in done.stderr


def test_api(fake_tmdb: FakeTMDB) -> None:
    argv = ["api", "GET", "/3/search/movie", "-p", "query=alien", "--paginate"]
    done = tmdbfusion(fake_tmdb, *argv, "--format", "ndjson")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 9
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]


def test_exports(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.exports.add("movie", "2026-11-20", rows=4)
    done = tmdbfusion(fake_tmdb, "exports", "movie", "--date", "2026-11-20", "--limit", "3")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3


def test_a_reader_that_goes_away_ends_the_command_quietly(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.exports.add("movie", "2026-11-20", rows=200_000)
    argv = [COMMAND, "exports", "movie", "--date", "2026-11-20", "--format", "ndjson"]
    process = subprocess.Popen(
        argv, env=environment(fake_tmdb), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())["id"] > 0
    process.stdout.close()  # as `| head -1` does
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
    process.stderr.close()


def test_interrupt_exits_130(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 30.0
    process = subprocess.Popen(
        [COMMAND, "movies", "details", "550"],
        env=environment(fake_tmdb),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not fake_tmdb.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert out == ""


def test_profile(fake_tmdb: FakeTMDB, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    env = environment(fake_tmdb, TMDBFUSION_CONFIG=str(config))
    del env["TMDB_API_KEY"]
    done = tmdbfusion(fake_tmdb, "profile", "set", "work", input=fake_tmdb.api_key, env=env)
    assert done.returncode == 0, done.stderr
    assert config.stat().st_mode & 0o777 == 0o600
    listed = tmdbfusion(fake_tmdb, "profile", "list", env=env)
    assert "work: api_key (set)" in listed.stdout
    assert fake_tmdb.api_key not in listed.stdout + listed.stderr
    done = tmdbfusion(fake_tmdb, "movies", "details", "550", "--profile", "work", env=env)
    assert done.returncode == 0, done.stderr


def test_fake_serves_with_faults(tmp_path: Path) -> None:
    argv = [COMMAND, "fake", "--port", "0", "--fail-first", "1", "--fail-status", "503"]
    process = subprocess.Popen(
        [*argv, "--not-found", "/3/movie/551", "--latency", "0.01"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        assert f"TMDB_BASE_URL={url}" in process.stdout.readline()
        with TMDBClient("fake-api-key", base_url=url) as client:
            assert client.movies.details(550).id == 550
            assert client.stats.retries == 1  # the first answer was the injected 503
            try:
                client.movies.details(551)
            except NotFoundError:
                pass
            else:
                raise AssertionError("--not-found /3/movie/551 was not honoured")
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert "stopping" in out
