"""The blocking client shared by many threads: one pool within max_connections, one
rate limit, a timeout per request, and no state shared through cookies."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.scripted_server import Reply, Request, ScriptedServer, response, trickle
from tmdbfusion import AsyncTMDBClient, RequestTimeoutError, TMDBClient
from tmdbfusion.testing import FakeTMDB


def test_threads_share_one_pool_within_max_connections(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 0.01
    with (
        TMDBClient(**fake_tmdb.client_kwargs(), max_connections=4, rate_limit=None) as client,
        ThreadPoolExecutor(max_workers=16) as pool,
    ):
        movies = list(pool.map(client.movies.details, range(1, 201)))
    assert [m.id for m in movies] == list(range(1, 201))
    assert 1 < fake_tmdb.max_in_flight <= 4


def test_rate_limit_holds_across_threads(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.rate_limit = 50
    fake_tmdb.faults.retry_after = 0
    with (
        TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=40) as client,
        ThreadPoolExecutor(max_workers=20) as pool,
    ):
        movies = list(pool.map(client.movies.details, range(1, 101)))
    assert len(movies) == 100
    assert len(fake_tmdb.requests) == 100


def test_each_thread_s_timeout_ends_only_its_own_request() -> None:
    """The deadline watchdog shuts the socket of the attempt that ran out of time, not
    the sockets of other threads' requests on the same client."""

    def respond(request: Request) -> Reply:
        if b"/slow" in request.head.split(b"\r\n", 1)[0]:
            return trickle(response(), 0.2)
        return Reply(response(b'{"fast": true}'), delay=0.3)

    with (
        ScriptedServer(respond) as server,
        TMDBClient("k", base_url=server.url, timeout=1.0, max_retries=0, rate_limit=None) as client,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        started = time.monotonic()
        slow = [pool.submit(client.request, "GET", "/3/slow") for _ in range(4)]
        fast = [pool.submit(client.request, "GET", "/3/fast") for _ in range(4)]
        assert [f.result(timeout=10) for f in fast] == [{"fast": True}] * 4
        for future in slow:
            with pytest.raises(RequestTimeoutError):
                future.result(timeout=10)
        assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("client_class", [TMDBClient, AsyncTMDBClient])
def test_cookies_are_not_kept(client_class: type[Any]) -> None:
    """Neither client keeps cookies (a CDN sets them): no request carries one back."""
    cookie = "Set-Cookie: __cf_bm=abc123; Path=/; HttpOnly"
    with ScriptedServer(lambda request: Reply(response(headers=(cookie,)))) as server:

        async def twice_async() -> None:
            async with client_class("k", base_url=server.url, rate_limit=None) as client:
                await client.request("GET", "/3/x")
                await client.request("GET", "/3/x")

        if client_class is AsyncTMDBClient:
            asyncio.run(twice_async())
        else:
            with client_class("k", base_url=server.url, rate_limit=None) as client:
                client.request("GET", "/3/x")
                client.request("GET", "/3/x")
    assert len(server.requests) == 2
    assert all(b"cookie:" not in r.head.lower() for r in server.requests)
