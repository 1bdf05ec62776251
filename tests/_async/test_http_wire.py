"""What the transport does with the HTTP a real server or proxy may send.

Keep-alive reuse, ``Connection: close``, chunked and gzipped bodies, bodies that end
with the connection, interim 100 answers, truncated bodies, garbage, a pooled connection
the server closed, timeouts and TLS. Served by ``tests/scripted_server.py`` over real
sockets.
"""

from __future__ import annotations

import json
import ssl
from typing import Any

import pytest

from tests.scripted_server import Reply, Request, ScriptedServer, response
from tmdbfusion import AsyncTMDBClient, TransportError

BIG = {"results": [{"id": i, "title": f"Film {i}: été"} for i in range(8000)]}
BIG_BYTES = json.dumps(BIG).encode()  # about 300 KB: more than the read buffers hold


def _client(server: ScriptedServer, **kwargs: Any) -> AsyncTMDBClient:
    settings: dict[str, Any] = {"max_retries": 0, "rate_limit": None, "timeout": 5.0}
    settings.update(kwargs)
    return AsyncTMDBClient("k", base_url=server.url, **settings)


def _always(reply: Reply) -> Any:
    return lambda request: reply


async def test_keep_alive_sends_every_request_on_one_connection() -> None:
    with ScriptedServer(_always(Reply(response()))) as server:
        async with _client(server) as client:
            for _ in range(5):
                assert await client.request("GET", "/3/x") == {"ok": True}
    assert server.connections == 1
    assert [(r.connection, r.number) for r in server.requests] == [(1, n) for n in range(1, 6)]


async def test_connection_close_answers_open_a_new_connection_each_time() -> None:
    reply = Reply(response(headers=("Connection: close",)), close=True)
    with ScriptedServer(_always(reply)) as server:
        async with _client(server) as client:
            for _ in range(3):
                assert await client.request("GET", "/3/x") == {"ok": True}
    assert server.connections == 3


@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
async def test_large_chunked_and_gzipped_bodies_arrive_whole(chunked: bool, gzipped: bool) -> None:
    reply = Reply(response(BIG_BYTES, chunked=chunked, gzipped=gzipped))
    with ScriptedServer(_always(reply)) as server:
        async with _client(server) as client:
            assert await client.request("GET", "/3/x") == BIG
            # The connection is left clean for the next response.
            assert await client.request("GET", "/3/x") == BIG
    assert server.connections == 1


async def test_a_body_without_length_ends_with_the_connection() -> None:
    reply = Reply(response(BIG_BYTES, length=False), close=True)
    with ScriptedServer(_always(reply)) as server:
        async with _client(server) as client:
            assert await client.request("GET", "/3/x") == BIG
            assert await client.request("GET", "/3/x") == BIG
    assert server.connections == 2


async def test_an_interim_100_answer_is_skipped() -> None:
    reply = Reply(b"HTTP/1.1 100 Continue\r\n\r\n", later=response(b'{"final": 1}'))
    with ScriptedServer(_always(reply)) as server:
        async with _client(server) as client:
            assert await client.request("GET", "/3/x") == {"final": 1}


async def test_a_truncated_body_is_a_transport_error() -> None:
    full = response(b'{"ok": true, "padding": "' + b"x" * 200 + b'"}')
    with ScriptedServer(_always(Reply(full[:-100], close=True))) as server:
        async with _client(server) as client:
            with pytest.raises(TransportError):
                await client.request("GET", "/3/x")
    assert len(server.requests) == 1


async def test_an_answer_that_is_not_http_is_a_transport_error() -> None:
    with ScriptedServer(_always(Reply(b"SURPRISE\r\n\r\n", close=True))) as server:
        async with _client(server) as client:
            with pytest.raises(TransportError):
                await client.request("GET", "/3/x")


async def test_a_pooled_connection_the_server_closed_costs_no_error() -> None:
    def respond(request: Request) -> Reply:
        # The server drops its kept-alive connection just as the second request arrives.
        if (request.connection, request.number) == (1, 2):
            return Reply(b"", close=True)
        return Reply(response(b'{"n": %d}' % len(server.requests)))

    with ScriptedServer(respond) as server:
        async with _client(server, max_retries=1) as client:
            assert await client.request("GET", "/3/x") == {"n": 1}
            assert await client.request("GET", "/3/x") == {"n": 3}
    assert [(r.connection, r.number) for r in server.requests] == [(1, 1), (1, 2), (2, 1)]


async def test_a_timed_out_answer_never_reaches_the_next_request() -> None:
    def respond(request: Request) -> Reply:
        if request.connection == 1:
            return Reply(response(b'{"late": true}'), delay=1.0)
        return Reply(response(b'{"fresh": true}'))

    with ScriptedServer(respond) as server:
        async with _client(server, timeout=0.3) as client:
            with pytest.raises(TransportError) as info:
                await client.request("GET", "/3/x")
            assert info.value.timeout
            assert await client.request("GET", "/3/x") == {"fresh": True}
    assert server.connections == 2


async def test_https_is_verified_against_the_trusted_certificates(
    tls_server_context: ssl.SSLContext, trusted_ca: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ScriptedServer(_always(Reply(response(b'{"secure": true}'))), tls=tls_server_context)
    with server:
        async with _client(server) as client:
            with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.request("GET", "/3/x")
        monkeypatch.setenv("SSL_CERT_FILE", trusted_ca)  # OpenSSL's default store (asyncio)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", trusted_ca)  # requests' store
        async with _client(server) as client:
            assert await client.request("GET", "/3/x") == {"secure": True}
            assert await client.request("GET", "/3/x") == {"secure": True}
    assert server.url.startswith("https://")
    assert server.connections == 2  # one refused, one kept alive for both requests
