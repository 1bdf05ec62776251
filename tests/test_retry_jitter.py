"""Fault 8 of issue 8: requests a 429 held back do not all come back in lockstep.

Ten calls in flight at once each get a 429 with ``Retry-After: 1`` on their first
request and a 200 on the next. Each retry waits the ``Retry-After`` plus a random jitter
(uniform in [0, 0.5] s, ``RetryPolicy.retry_after_jitter``), so the retries reach the
server spread out, not in the same millisecond. Real concurrency differs by flavour
(``asyncio.gather`` for the async client, threads for the sync one), so this test is
written twice here instead of once in tests/_async/.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType

from tests.scripted_server import Reply, Request, ScriptedServer, response
from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion.models import MovieDetails

CALLS = 10
IDS = list(range(1, CALLS + 1))
RETRY_AFTER = 1.0
JITTER = 0.5  # RetryPolicy.retry_after_jitter, the library's default
TOO_MANY = response(
    b'{"success": false, "status_code": 25, "status_message": "over the limit"}',
    status=429,
    headers=("Retry-After: 1",),
)


class RateLimitingServer:
    """A ScriptedServer that answers the first request for each path with a 429 and
    ``Retry-After: 1``, and later ones with a movie; it records when each request came."""

    def __init__(self) -> None:
        self.arrivals: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self._server = ScriptedServer(self._respond)
        self.url = self._server.url

    def _respond(self, request: Request) -> Reply:
        now = time.monotonic()
        path = request.head.split(b" ", 2)[1].decode().partition("?")[0]
        with self._lock:
            times = self.arrivals.setdefault(path, [])
            times.append(now)
            first = len(times) == 1
        if first:
            return Reply(TOO_MANY)
        movie_id = int(path.rsplit("/", 1)[1])
        return Reply(response(b'{"id": %d, "title": "Film %d"}' % (movie_id, movie_id)))

    def __enter__(self) -> RateLimitingServer:
        self._server.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.__exit__(kind, value, traceback)


def _check_spread(server: RateLimitingServer, movies: list[MovieDetails], elapsed: float) -> None:
    assert [movie.id for movie in movies] == IDS
    assert sorted(server.arrivals) == sorted(f"/3/movie/{i}" for i in IDS)
    assert all(len(times) == 2 for times in server.arrivals.values()), server.arrivals
    firsts = [times[0] for times in server.arrivals.values()]
    retries = [times[1] for times in server.arrivals.values()]
    delays = [retry - first for first, retry in zip(firsts, retries, strict=True)]
    # The ten calls really were in flight together: every 429 came before any retry.
    assert max(firsts) < min(retries)
    # Each retry honoured Retry-After, and added no more than the jitter (plus slack).
    assert all(RETRY_AFTER <= delay < RETRY_AFTER + JITTER + 0.5 for delay in delays), delays
    # Not in lockstep: the retries arrive spread out, and so do the waits behind them
    # (without jitter both spreads are a few milliseconds; with it, ten uniform draws
    # in [0, 0.5] s span less than 50 ms with a probability of about 1e-8).
    assert max(retries) - min(retries) > 0.05, retries
    assert max(delays) - min(delays) > 0.05, delays
    assert elapsed < RETRY_AFTER + JITTER + 1.5


async def test_async_429_retries_are_not_in_lockstep() -> None:
    """Fault 8, async client: ten asyncio.gather'ed calls, each answered 429 with
    Retry-After: 1, retry after at least 1 s and at spread-out times."""
    with RateLimitingServer() as server:
        async with AsyncTMDBClient(
            "k", base_url=server.url, rate_limit=None, max_retries=3, timeout=5.0
        ) as client:
            started = time.monotonic()
            movies = await asyncio.gather(*(client.movies.details(i) for i in IDS))
            elapsed = time.monotonic() - started
    _check_spread(server, movies, elapsed)


def test_sync_429_retries_are_not_in_lockstep() -> None:
    """Fault 8, sync client: ten calls from ten threads sharing one client, each answered
    429 with Retry-After: 1, retry after at least 1 s and at spread-out times."""
    with (
        RateLimitingServer() as server,
        TMDBClient("k", base_url=server.url, rate_limit=None, max_retries=3, timeout=5.0) as client,
        ThreadPoolExecutor(max_workers=CALLS) as pool,
    ):
        started = time.monotonic()
        movies = list(pool.map(client.movies.details, IDS))
        elapsed = time.monotonic() - started
    _check_spread(server, movies, elapsed)
