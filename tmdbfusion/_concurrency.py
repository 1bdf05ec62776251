"""Calling one function over many inputs, a bounded number at a time, with the results
handed out in input order or as they finish.

Hand-written in an asyncio and a threaded flavour (``build_sync.py`` maps
``AsyncBoundedMap`` to ``SyncBoundedMap``), like ``_singleflight.py``: running work
side by side is the part unasync cannot write. ``client.paginate(..., concurrency=N)``
and ``client.fetch_many`` use it.

    async with AsyncBoundedMap(fetch, numbers, limit=10) as results:
        async for page in results:
            ...

Inputs are drawn from the iterable only as room frees up (a generator of a million ids
is never held), always by the iterating task or thread, so the iterable need not be
thread-safe. At most ``limit`` calls run at once, and at most ``window`` (``limit``
unless larger) have started without their result handed out, which bounds the memory
held for results waiting their turn. An exception from a call is raised from the
iteration, in order when ``ordered``. Leaving the ``with`` block (done, ``break``, an
exception, cancellation) cancels the calls not finished and waits for them: in the
threaded flavour a call already running in a worker thread finishes first (it cannot
be interrupted), which the client's timeout bounds.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
from collections.abc import Awaitable, Callable, Iterable
from types import TracebackType
from typing import Generic, Self, TypeVar

from ._checks.values import check_count

InT = TypeVar("InT")
OutT = TypeVar("OutT")


def _window(limit: int, window: int | None) -> tuple[int, int]:
    limit = check_count("limit", limit)
    if window is None:
        return limit, limit
    return limit, max(limit, check_count("window", window))


class AsyncBoundedMap(Generic[InT, OutT]):
    """``await func(x)`` for each ``x`` of ``inputs``, at most ``limit`` at once, as asyncio
    tasks; iterate it (inside ``async with``) for the results."""

    def __init__(
        self,
        func: Callable[[InT], Awaitable[OutT]],
        inputs: Iterable[InT],
        *,
        limit: int,
        window: int | None = None,
        ordered: bool = True,
    ) -> None:
        self._func = func
        self._inputs = iter(inputs)
        self._limit, self._window = _window(limit, window)
        self._ordered = ordered
        # Ordered: every task started and not handed out, in input order. Unordered:
        # the running tasks, and the finished ones waiting to be handed out.
        self._started: collections.deque[asyncio.Task[OutT]] = collections.deque()
        self._running: set[asyncio.Task[OutT]] = set()
        self._finished: collections.deque[asyncio.Task[OutT]] = collections.deque()
        self._slots: asyncio.Semaphore | None = None
        self._drained = False

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> OutT:
        self._fill()
        if self._ordered:
            if not self._started:
                raise StopAsyncIteration
            head = self._started[0]
            # wait(), not `await head`: a cancelled caller must not cancel the task
            # here; aclose() does, for every task at once.
            await asyncio.wait((head,))
            self._started.popleft()
        else:
            if not self._finished:
                if not self._running:
                    raise StopAsyncIteration
                done, _ = await asyncio.wait(self._running, return_when=asyncio.FIRST_COMPLETED)
                self._running -= done
                self._finished.extend(done)
            head = self._finished.popleft()
        self._fill()  # the next call starts before this result is handed out
        return head.result()

    def _held(self) -> int:
        return len(self._started) + len(self._running) + len(self._finished)

    def _fill(self) -> None:
        while not self._drained and self._held() < self._window:
            try:
                item = next(self._inputs)
            except StopIteration:
                self._drained = True
                return
            task = asyncio.ensure_future(self._run(item))
            if self._ordered:
                self._started.append(task)
            else:
                self._running.add(task)

    async def _run(self, item: InT) -> OutT:
        if self._window == self._limit:
            return await self._func(item)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._limit)
        async with self._slots:
            return await self._func(item)

    async def aclose(self) -> None:
        """Cancel the calls not finished, and wait until they have stopped."""
        self._drained = True
        tasks = [*self._started, *self._running, *self._finished]
        self._started.clear()
        self._running.clear()
        self._finished.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            # Also marks their exceptions as retrieved: nothing is logged for them.
            await asyncio.gather(*tasks, return_exceptions=True)


class SyncBoundedMap(Generic[InT, OutT]):
    """``func(x)`` for each ``x`` of ``inputs`` in a pool of ``limit`` worker threads;
    iterate it (inside ``with``) for the results. ``func`` must be safe to call from
    several threads at once, as the blocking client's methods are."""

    def __init__(
        self,
        func: Callable[[InT], OutT],
        inputs: Iterable[InT],
        *,
        limit: int,
        window: int | None = None,
        ordered: bool = True,
    ) -> None:
        self._func = func
        self._inputs = iter(inputs)
        self._limit, self._window = _window(limit, window)
        self._ordered = ordered
        self._started: collections.deque[concurrent.futures.Future[OutT]] = collections.deque()
        self._running: set[concurrent.futures.Future[OutT]] = set()
        self._finished: collections.deque[concurrent.futures.Future[OutT]] = collections.deque()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._drained = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> OutT:
        self._fill()
        if self._ordered:
            if not self._started:
                raise StopIteration
            head = self._started[0]
            concurrent.futures.wait((head,))
            self._started.popleft()
        else:
            if not self._finished:
                if not self._running:
                    raise StopIteration
                done, _ = concurrent.futures.wait(
                    self._running, return_when=concurrent.futures.FIRST_COMPLETED
                )
                self._running -= done
                self._finished.extend(done)
            head = self._finished.popleft()
        self._fill()
        return head.result()

    def _held(self) -> int:
        return len(self._started) + len(self._running) + len(self._finished)

    def _fill(self) -> None:
        while not self._drained and self._held() < self._window:
            try:
                item = next(self._inputs)
            except StopIteration:
                self._drained = True
                return
            if self._pool is None:
                # The pool makes its threads as work arrives: never more than limit.
                self._pool = concurrent.futures.ThreadPoolExecutor(
                    max_workers=self._limit, thread_name_prefix="tmdbfusion-bulk"
                )
            future = self._pool.submit(self._func, item)
            if self._ordered:
                self._started.append(future)
            else:
                self._running.add(future)

    def close(self) -> None:
        """Cancel the calls not started, and wait for the running ones to finish."""
        self._drained = True
        self._started.clear()
        self._running.clear()
        self._finished.clear()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
