"""The asyncio transport's own connection handling (the sync one is requests' and urllib3's).

Served by ``tests/scripted_server.py`` over real sockets.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from typing import Any

import pytest

from tests.scripted_server import Reply, Request, ScriptedServer, response
from tmdbfusion import AsyncTMDBClient, TMDBClient, TransportError


def _client(server: ScriptedServer, **kwargs: Any) -> AsyncTMDBClient:
    settings: dict[str, Any] = {"max_retries": 0, "rate_limit": None, "timeout": 5.0}
    settings.update(kwargs)
    return AsyncTMDBClient("k", base_url=server.url, **settings)


def _drop_second_request_on_first_connection(server_ref: list[ScriptedServer]) -> Any:
    def respond(request: Request) -> Reply:
        if (request.connection, request.number) == (1, 2):
            return Reply(b"", close=True)
        return Reply(response(b'{"n": %d}' % len(server_ref[0].requests)))

    return respond


async def test_a_get_on_a_pooled_connection_the_server_closed_is_sent_again_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ref: list[ScriptedServer] = []
    with ScriptedServer(_drop_second_request_on_first_connection(ref)) as server:
        ref.append(server)
        # No retries allowed: the resend is the transport's, since the server never
        # answered the request on the connection it had closed.
        with caplog.at_level(logging.DEBUG, logger="tmdbfusion"):
            async with _client(server, max_retries=0) as client:
                assert await client.request("GET", "/3/x") == {"n": 1}
                assert await client.request("GET", "/3/x") == {"n": 3}
    assert [(r.connection, r.number) for r in server.requests] == [(1, 1), (1, 2), (2, 1)]
    assert any("sending again on a new one" in r.getMessage() for r in caplog.records)


async def test_a_post_on_a_pooled_connection_the_server_closed_is_not_sent_again() -> None:
    ref: list[ScriptedServer] = []
    with ScriptedServer(_drop_second_request_on_first_connection(ref)) as server:
        ref.append(server)
        async with _client(server, max_retries=3) as client:
            await client.request("GET", "/3/x")
            with pytest.raises(TransportError, match="closed the connection"):
                await client.request("POST", "/3/movie/1/rating", json={"value": 8})
    assert [r.method for r in server.requests] == ["GET", "POST"]


async def test_a_new_connection_closed_without_an_answer_is_not_sent_again() -> None:
    with ScriptedServer(lambda request: Reply(b"", close=True)) as server:
        async with _client(server, max_retries=0) as client:
            with pytest.raises(TransportError, match="closed the connection before responding"):
                await client.request("GET", "/3/x")
    assert len(server.requests) == 1


async def test_a_cancelled_request_leaves_no_half_read_answer_behind() -> None:
    arrived = threading.Event()

    def respond(request: Request) -> Reply:
        if request.connection == 1:
            arrived.set()
            return Reply(response(b'{"late": true}'), delay=0.5)
        return Reply(response(b'{"fresh": true}'))

    with ScriptedServer(respond) as server:
        async with _client(server, max_connections=1) as client:
            task = asyncio.create_task(client.request("GET", "/3/slow"))
            assert await asyncio.to_thread(arrived.wait, 5)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            # The slot came back (max_connections=1) and the answer is this request's.
            assert await client.request("GET", "/3/x") == {"fresh": True}
    assert server.connections == 2


async def test_idle_connections_past_their_expiry_are_not_reused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tmdbfusion._transport import connection_pool

    monkeypatch.setattr(connection_pool, "KEEPALIVE_EXPIRY", 0.05)
    with ScriptedServer(lambda request: Reply(response())) as server:
        async with _client(server) as client:
            await client.request("GET", "/3/x")
            await client.request("GET", "/3/x")
            await asyncio.sleep(0.1)
            await client.request("GET", "/3/x")
    assert [(r.connection, r.number) for r in server.requests] == [(1, 1), (1, 2), (2, 1)]


async def test_close_closes_every_connection() -> None:
    with ScriptedServer(lambda request: Reply(response())) as server:
        client = _client(server)
        await asyncio.gather(*(client.request("GET", "/3/x") for _ in range(5)))
        pool = client._transport._pool
        assert pool is not None
        connections = list(pool._connections)
        assert connections
        await client.close()
        assert all(not connection.is_open() for connection in connections)
        assert all(connection.lost.done() for connection in connections)


async def test_a_refused_connection_names_the_address() -> None:
    with ScriptedServer(lambda request: Reply(response())) as server:
        url = server.url
    async with AsyncTMDBClient("k", base_url=url, max_retries=0) as client:
        with pytest.raises(TransportError, match=re.escape("cannot connect to http://127.0.0.1:")):
            await client.request("GET", "/3/x")


@pytest.mark.parametrize("client_class", [AsyncTMDBClient, TMDBClient])
@pytest.mark.parametrize("bad", ["abc\r\nX-Injected: 1", "abc\ndef", "a b", "tok\x00en"])
def test_credentials_that_would_break_a_header_are_refused(client_class: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        client_class(access_token=bad)
    with pytest.raises(ValueError, match="printable ASCII"):
        client_class(api_key=bad)
