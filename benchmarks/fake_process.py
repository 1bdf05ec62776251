"""FakeTMDB in a process of its own, so that its work never shares the client's GIL
(TMDB's servers are not on the client's machine either).

``FakeProcess(serve, *args)`` spawns ``serve(connection, *args)``, which starts a
FakeTMDB, sends its ``client_kwargs()`` and then answers the messages the benchmark
sends (``ask``) until it receives ``stop``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Self

START_TIMEOUT = 60.0


class FakeProcess:
    def __init__(self, serve: Callable[..., None], *args: object, stop: object = "stop") -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._stop = stop
        self._process = context.Process(target=serve, args=(child, *args), daemon=True)
        self._process.start()
        child.close()
        try:
            if not self._connection.poll(START_TIMEOUT):
                raise RuntimeError(f"FakeTMDB did not start within {START_TIMEOUT:.0f} s")
            self.client_kwargs: dict[str, Any] = self._connection.recv()
        except BaseException:
            self.close()
            raise

    @property
    def connection(self) -> Connection:
        return self._connection

    def ask(self, message: object) -> Any:
        """Send ``message`` to the server process; its answer."""
        self._connection.send(message)
        return self._connection.recv()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._connection.send(self._stop)
        self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(10)
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
