"""Import cost, lazy HTTP libraries, py.typed, the FakeTMDB command line and the demo."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import tmdbfusion
from tmdbfusion import TMDBClient


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def test_import_loads_neither_http_library() -> None:
    out = _run(
        "import sys, tmdbfusion, tmdbfusion.models, tmdbfusion.errors;"
        "print('aiohttp' in sys.modules, 'requests' in sys.modules)"
    )
    assert out == "False False"


def test_each_client_loads_only_its_library_when_imported() -> None:
    # Imported with the class, not when a client is created: importing aiohttp takes
    # over 100 ms, which would block a running event loop.
    out = _run(
        "import sys; import tmdbfusion;"
        "print('aiohttp' in sys.modules, 'requests' in sys.modules);"
        "from tmdbfusion import AsyncTMDBClient;"
        "print('aiohttp' in sys.modules, 'requests' in sys.modules);"
        "from tmdbfusion import TMDBClient; print('requests' in sys.modules)"
    )
    assert out.split("\n") == ["False False", "True False", "True"]


def test_package_ships_py_typed() -> None:
    assert (Path(tmdbfusion.__file__).parent / "py.typed").is_file()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_fake_runs_from_the_command_line() -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tmdbfusion.testing", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert f"127.0.0.1:{port}" in proc.stdout.readline()
        with TMDBClient("fake-api-key", base_url=f"http://127.0.0.1:{port}") as client:
            assert client.movies.details(550).id == 550
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_demo_prints_the_seed_table() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tmdbfusion", "demo", "--count", "6", "--latency", "0.05"],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("TMDB_")},
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "FakeTMDB" in out
    for row in ("sync client, loop", "async client, loop", "async client, asyncio.gather"):
        assert row in out
    assert time.monotonic() - started < 120
