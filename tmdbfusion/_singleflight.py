"""Identical requests in flight at the same moment share one upstream request.

Hand-written in an asyncio and a threaded flavour (``build_sync.py`` maps
``AsyncSingleFlight`` to ``SyncSingleFlight``), like the transports: waiting for
someone else's work is the part unasync cannot write.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar, cast

T = TypeVar("T")


class _LeaderCancelled(Exception):
    """The caller doing the shared work was cancelled: the others start afresh."""


class AsyncSingleFlight:
    """``await flights.run(key, fetch)``: the first caller for ``key`` runs ``fetch()``
    itself (no extra task, so its request starts at once); callers arriving meanwhile
    wait for its result or its exception. A waiting caller that is cancelled leaves the
    others waiting; when the caller doing the work is cancelled, the others start again
    (one of them doing the work)."""

    def __init__(self) -> None:
        self._flights: dict[str, asyncio.Future[object]] = {}

    async def run(self, key: str, fetch: Callable[[], Awaitable[T]]) -> tuple[T, bool]:
        """``fetch()``'s result, and whether it was shared with an earlier caller."""
        while True:
            flight = cast("asyncio.Future[T] | None", self._flights.get(key))
            if flight is None:
                return await self._lead(key, fetch), False
            try:
                # shield: a cancelled waiter must not cancel the others' future.
                result = await asyncio.shield(flight)
            except _LeaderCancelled:
                continue
            return result, True

    async def _lead(self, key: str, fetch: Callable[[], Awaitable[T]]) -> T:
        flight: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self._flights[key] = flight
        try:
            result = await fetch()
        except Exception as exc:
            flight.set_exception(exc)
            raise
        except BaseException:  # cancelled (or interrupted): not the others' failure
            flight.set_exception(_LeaderCancelled())
            raise
        else:
            flight.set_result(result)
            return result
        finally:
            del self._flights[key]
            # Marks an error as seen: with nobody waiting, asyncio would log it.
            flight.exception()


class _SyncFlight(Generic[T]):
    __slots__ = ("done", "error", "finished", "result")

    def __init__(self) -> None:
        # Made by the first thread that waits: most calls have no one waiting.
        self.done: threading.Event | None = None
        self.finished = False
        self.result: T | None = None
        self.error: Exception | None = None


class SyncSingleFlight:
    """``flights.run(key, fetch)``: the first thread for ``key`` runs ``fetch()``;
    threads arriving meanwhile wait for its result (or its exception)."""

    def __init__(self) -> None:
        self._flights: dict[str, _SyncFlight[object]] = {}
        self._lock = threading.Lock()

    def run(self, key: str, fetch: Callable[[], T]) -> tuple[T, bool]:
        """``fetch()``'s result, and whether it was shared with an earlier caller."""
        with self._lock:
            found: _SyncFlight[T] | None = self._flights.get(key)  # type: ignore[assignment]
            if found is None:
                flight: _SyncFlight[T] = _SyncFlight()
                self._flights[key] = flight  # type: ignore[assignment]
            else:
                flight = found
                if flight.done is None:
                    flight.done = threading.Event()
                done = flight.done
        if found is None:
            try:
                result = fetch()
                flight.result = result
                flight.finished = True
            except Exception as exc:
                flight.error = exc
                flight.finished = True
                raise
            finally:
                with self._lock:
                    del self._flights[key]
                    waiting = flight.done
                if waiting is not None:
                    waiting.set()
            return result, False
        done.wait()
        if not flight.finished:
            # The leader was interrupted (KeyboardInterrupt, SystemExit), not failed.
            return fetch(), False
        if flight.error is not None:
            raise flight.error
        return flight.result, True  # type: ignore[return-value]
