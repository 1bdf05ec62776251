"""FakeTMDB in its own process, so the server never shares the client's GIL.

    python -m benchmarks.server --port P [--latency S] [--rate-limit N] [--max-connections N]

Movie details for ids 1..--ids answer with one payload of ``payloads`` (``--payload``).
``serve()`` also reads the server's CPU time, so each measurement can show that the
client, not FakeTMDB, set the pace.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tmdbfusion.testing.defaults import DEFAULT_API_KEY

API_KEY = DEFAULT_API_KEY


def main() -> None:
    from tmdbfusion.testing.server import FakeTMDB

    from .payloads import PAYLOADS

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rate-limit", type=float, default=None)
    parser.add_argument("--max-connections", type=int, default=None)
    parser.add_argument("--ids", type=int, default=5000)
    parser.add_argument("--payload", choices=sorted(PAYLOADS), default="full")
    args = parser.parse_args()
    # Keep no request: a long run must not pile them up in memory.
    fake = FakeTMDB(port=args.port, latency=args.latency, record_limit=0)
    body = PAYLOADS[args.payload]()
    for movie_id in range(1, args.ids + 1):
        fake.set_response("GET", f"/3/movie/{movie_id}", body)
    fake.faults.rate_limit = args.rate_limit
    fake.faults.max_connections = args.max_connections
    with fake:
        print("ready", flush=True)
        threading.Event().wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A running benchmark server: its base URL and a reading of its CPU time."""

    url: str
    cpu_seconds: Callable[[], float]


def _cpu_reader(pid: int) -> Callable[[], float]:
    import psutil

    process = psutil.Process(pid)

    def read() -> float:
        times = process.cpu_times()
        return float(times.user + times.system)

    return read


@contextlib.contextmanager
def serve(
    *,
    latency: float = 0.0,
    rate_limit: float | None = None,
    max_connections: int | None = None,
    ids: int = 5000,
    payload: str = "full",
) -> Iterator[Server]:
    """Run the server process; yield its URL and CPU-time reader."""
    port = free_port()
    command = [sys.executable, "-m", "benchmarks.server", "--port", str(port), "--ids", str(ids)]
    command += ["--latency", str(latency), "--payload", payload]
    if rate_limit is not None:
        command += ["--rate-limit", str(rate_limit)]
    if max_connections is not None:
        command += ["--max-connections", str(max_connections)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        yield Server(f"http://127.0.0.1:{port}", _cpu_reader(proc.pid))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


if __name__ == "__main__":
    main()
