"""A real, throwaway redis-server for the tests: its own port, no persistence.

    with RedisServer() as server:
        client = redis.Redis.from_url(server.url)
        ...
        server.restart()  # same port, empty data (as after a crash)

``stop()`` leaves the server stopped (connections are refused) until ``start()`` or
``restart()``; leaving the ``with`` block stops it and removes its directory.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

STARTUP_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


def find_redis_server() -> str | None:
    return shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    def __init__(self, executable: str | None = None) -> None:
        found = executable or find_redis_server()
        if found is None:
            raise FileNotFoundError("redis-server is not installed (apt-get install redis-server)")
        self._executable = found
        self._port: int | None = None
        self._dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the server has not been started")
        return self._port

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the server (on the port it had before, if any) and wait for PING."""
        if self.running:
            return
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="tmdbfusion-redis-"))
        if self._port is None:
            self._port = _free_port()
        log_path = self._dir / "redis.log"
        # The log goes to a file, not a pipe: a pipe nobody reads can fill up and
        # block the server.
        with log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [
                    self._executable,
                    "--port",
                    str(self._port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self._dir),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _answers_ping(self._port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                output = log_path.read_text(errors="replace")
                raise RuntimeError(
                    f"redis-server did not answer PING on port {self._port} within "
                    f"{STARTUP_TIMEOUT} s; its output:\n{output}"
                )
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it lingers); idempotent."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def restart(self) -> None:
        """Stop and start again on the same port, with no data (nothing persists)."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove its directory."""
        self.stop()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> RedisServer:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
