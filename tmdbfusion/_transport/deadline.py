"""An end-to-end deadline for blocking requests.

requests' ``timeout`` (urllib3's, and its ``Timeout(total=...)`` too) bounds each socket
read, not the answer: a server that sends one byte a second never trips it. No library
offers more, so a watchdog thread shuts down the socket of an attempt that outlives its
deadline, which wakes the blocked read at once; the transport then reports a timeout.

The socket is found through urllib3's public extension points: each pool's
``ConnectionCls``, and a ``PoolManager``'s ``pool_classes_by_scheme``. The connection
classes tell the attempt running on their thread which connection it is using.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from typing import Any, Protocol

# The watchdog thread ends after this long without deadlines, and starts again on demand.
_IDLE_EXIT = 5.0
# Which attempt the current thread is running, for the connection classes to find.
_current = threading.local()


class _HasSocket(Protocol):
    sock: socket.socket | None


class Attempt:
    """One request attempt and the connection it uses, which expiry shuts down.

    ``with attempt:`` makes it the current thread's, for the connections to find; on the
    way out it is finished, and a late expiry does nothing.
    """

    __slots__ = ("_connection", "_finished", "_lock", "deadline", "expired")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False
        self._finished = False
        self._connection: _HasSocket | None = None
        self._lock = threading.Lock()

    def use(self, connection: _HasSocket) -> None:
        with self._lock:
            self._connection = connection
            expired = self.expired and not self._finished
        if expired:
            # Past the deadline before this connection was in hand (during a connect).
            _shut(connection)

    def expire(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.expired = True
            connection = self._connection
        if connection is not None:
            _shut(connection)

    def __enter__(self) -> Attempt:
        _current.attempt = self
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._finished = True
        _current.attempt = None


def _shut(connection: _HasSocket) -> None:
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            # socket.socket's own shutdown, also for an SSLSocket: the TLS layer's would
            # drop its state under the thread that is reading.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class Watchdog:
    """Expires attempts at their deadlines, from one thread that runs while any wait."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Attempt]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._running = False

    def start(self, timeout: float) -> Attempt:
        attempt = Attempt(time.monotonic() + timeout)
        with self._wake:
            heapq.heappush(self._heap, (attempt.deadline, next(self._order), attempt))
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="tmdbfusion-deadlines", daemon=True).start()
            elif self._heap[0][2] is attempt:
                self._wake.notify()
        return attempt

    def _run(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    heapq.heappop(self._heap)[2].expire()
                if self._heap:
                    self._wake.wait(self._heap[0][0] - now)
                elif not self._wake.wait(_IDLE_EXIT) and not self._heap:
                    self._running = False
                    return


def _report_connection(connection: _HasSocket) -> None:
    attempt: Attempt | None = getattr(_current, "attempt", None)
    if attempt is not None:
        attempt.use(connection)


_watched_classes: dict[type[Any], type[Any]] = {}
_watched_lock = threading.Lock()


def watched_pool_classes(pool_classes: dict[str, type[Any]]) -> dict[str, type[Any]]:
    """urllib3 pool classes whose connections report themselves to the current attempt."""
    return {scheme: _watched_pool(cls) for scheme, cls in pool_classes.items()}


def _watched_pool(pool_class: type[Any]) -> type[Any]:
    with _watched_lock:
        watched = _watched_classes.get(pool_class)
        if watched is None:
            connection_class = _watched_connection(pool_class.ConnectionCls)
            watched = type(pool_class.__name__, (pool_class,), {"ConnectionCls": connection_class})
            _watched_classes[pool_class] = watched
        return watched


def _watched_connection(connection_class: type[Any]) -> type[Any]:
    class WatchedConnection(connection_class):  # type: ignore[misc]
        # connect() runs first for TLS and proxied connections; request() for every
        # request, including those on a kept-alive connection.
        def connect(self) -> None:
            _report_connection(self)
            super().connect()

        def request(self, *args: Any, **kwargs: Any) -> None:
            _report_connection(self)
            super().request(*args, **kwargs)

    WatchedConnection.__name__ = WatchedConnection.__qualname__ = connection_class.__name__
    return WatchedConnection
