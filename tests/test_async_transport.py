"""How the asyncio transport uses aiohttp's ClientSession: resends, cancellation, loops
and closing. Served by ``tests/scripted_server.py`` over real sockets."""

from __future__ import annotations

import asyncio
import re
import threading
from typing import Any

import pytest

from tests.scripted_server import Reply, Request, ScriptedServer, response
from tests.sockets import open_sockets_to, port_of
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


async def test_aiohttp_sends_a_get_once_more_when_a_pooled_connection_was_closed() -> None:
    # Accepted behaviour of aiohttp's ClientSession (RFC 9112 section 9.3.1): an
    # idempotent request on a kept-alive connection the server closed without
    # answering goes once more on a new connection, without counting as our retry.
    ref: list[ScriptedServer] = []
    with ScriptedServer(_drop_second_request_on_first_connection(ref)) as server:
        ref.append(server)
        async with _client(server, max_retries=0) as client:
            assert await client.request("GET", "/3/x") == {"n": 1}
            assert await client.request("GET", "/3/x") == {"n": 3}
    assert [(r.connection, r.number) for r in server.requests] == [(1, 1), (1, 2), (2, 1)]


async def test_a_post_on_a_pooled_connection_the_server_closed_is_not_sent_again() -> None:
    ref: list[ScriptedServer] = []
    with ScriptedServer(_drop_second_request_on_first_connection(ref)) as server:
        ref.append(server)
        async with _client(server, max_retries=3) as client:
            await client.request("GET", "/3/x")
            with pytest.raises(TransportError, match="ServerDisconnectedError"):
                await client.request("POST", "/3/movie/1/rating", json={"value": 8})
    assert [r.method for r in server.requests] == ["GET", "POST"]


async def test_aiohttp_sends_a_get_at_most_twice_when_the_server_closes_unanswered() -> None:
    # aiohttp's resend does not look at whether the connection was new: a GET the
    # server closes without answering goes twice, with max_retries=0. Never more.
    with ScriptedServer(lambda request: Reply(b"", close=True)) as server:
        async with _client(server, max_retries=0) as client:
            with pytest.raises(TransportError, match="ServerDisconnectedError"):
                await client.request("GET", "/3/x")
            with pytest.raises(TransportError, match="ServerDisconnectedError"):
                await client.request("POST", "/3/x", json={"value": 8})
    assert [r.method for r in server.requests] == ["GET", "GET", "POST"]


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


async def test_close_closes_every_connection() -> None:
    with ScriptedServer(lambda request: Reply(response(), delay=0.05)) as server:
        port = port_of(server.url)
        client = _client(server)
        await asyncio.gather(*(client.request("GET", "/3/x") for _ in range(5)))
        assert open_sockets_to(port) > 0
        await client.close()
        assert open_sockets_to(port) == 0


async def test_a_refused_connection_names_the_address() -> None:
    with ScriptedServer(lambda request: Reply(response())) as server:
        url = server.url
    async with AsyncTMDBClient("k", base_url=url, max_retries=0) as client:
        with pytest.raises(TransportError, match=re.escape("Cannot connect to host 127.0.0.1:")):
            await client.request("GET", "/3/x")


@pytest.mark.parametrize("client_class", [AsyncTMDBClient, TMDBClient])
@pytest.mark.parametrize("bad", ["abc\r\nX-Injected: 1", "abc\ndef", "a b", "tok\x00en"])
def test_credentials_that_would_break_a_header_are_refused(client_class: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        client_class(access_token=bad)
    with pytest.raises(ValueError, match="printable ASCII"):
        client_class(api_key=bad)


async def test_the_trust_store_is_loaded_once_per_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tmdbfusion._transport import aiohttp_transport, tls

    monkeypatch.setattr(tls, "_contexts", {})  # as in a fresh process
    built: list[int] = []
    real = aiohttp_transport.default_ssl_context

    def counting() -> Any:
        built.append(1)
        return real()

    monkeypatch.setattr(aiohttp_transport, "default_ssl_context", counting)
    with ScriptedServer(lambda request: Reply(response())) as server:
        async with _client(server, max_connections=10) as client:
            first = [asyncio.create_task(client.request("GET", "/3/x")) for _ in range(50)]
            # One of the first requests is cancelled while the store loads: the others
            # still get it.
            first[0].cancel()
            results = await asyncio.gather(*first, return_exceptions=True)
        # Another client, later, finds it loaded.
        async with _client(server) as again:
            assert await again.request("GET", "/3/x") == {"ok": True}
    assert isinstance(results[0], asyncio.CancelledError)
    assert results[1:] == [{"ok": True}] * 49
    assert built == [1]
