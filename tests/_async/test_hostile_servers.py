"""Issue 8's measured faults, each against a hostile server over real sockets.

Every server is a ``tests/scripted_server.py`` ScriptedServer on 127.0.0.1, run in
threads, so these tests and their generated sync twins (tests/_sync/) use the same ones.
One section per numbered fault of the issue:

1. unbounded memory: huge, endless and gzip-bomb bodies stop at ``max_response_bytes``;
2. the timeout holds end to end against a server that trickles bytes;
4. redirects are ``APIError``s, never followed, and never reach another host;
5. TLS: one trust store for both clients, and a failed verification is not retried.

(3, secrets; 6, bad input; 7, event loop blocking; and 8, 429 jitter, are tested
elsewhere: 8 in tests/test_retry_jitter.py, since it needs real concurrency in each
flavour.) Each test gives its client a timeout and asserts how long the call took;
those about memory also measure the peak of Python's allocations (tests/memory.py).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import pytest

from tests.memory import MiB, traced_peak
from tests.scripted_server import (
    Reply,
    Request,
    ScriptedServer,
    endless_chunked,
    gzip_bomb,
    huge_body,
    redirect,
    response,
    trickle,
)
from tmdbfusion import AsyncTMDBClient
from tmdbfusion._settings import DEFAULT_MAX_RESPONSE_BYTES
from tmdbfusion.errors import (
    APIError,
    CertificateVerifyError,
    RequestTimeoutError,
    ResponseTooLargeError,
    TransportError,
)

MOVIE = b'{"id": 550, "title": "Fight Club"}'


def _client(server: ScriptedServer, **kwargs: Any) -> AsyncTMDBClient:
    """A client of ``server`` with no rate limit, no retries and a 5 s timeout, unless
    ``kwargs`` say otherwise. Retries keep the library's real backoff (0.25 s and up), so
    a retry that should not happen also shows in the elapsed time."""
    settings: dict[str, Any] = {"max_retries": 0, "rate_limit": None, "timeout": 5.0}
    settings.update(kwargs)
    return AsyncTMDBClient("k", base_url=server.url, **settings)


def _always(reply: Reply) -> Callable[[Request], Reply]:
    return lambda request: reply


def _path(request: Request) -> str:
    """The request's path, without its query string (which holds the api_key)."""
    target = request.head.split(b" ", 2)[1].decode()
    return target.partition("?")[0]


def _paths(server: ScriptedServer) -> list[str]:
    return [_path(request) for request in server.requests]


def _json_body(size: int) -> bytes:
    """Exactly ``size`` bytes of ``{"x": "aaa…"}`` (size >= 9)."""
    return b'{"x": "' + b"a" * (size - 9) + b'"}'


class Stopwatch:
    """``with Stopwatch() as watch:`` ... ``watch.elapsed`` (seconds, monotonic)."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self._started = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.monotonic()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.elapsed = time.monotonic() - self._started


# ---------------------------------------------------------------------------------------
# Fault 1: unbounded memory. A body larger than max_response_bytes fails with
# ResponseTooLargeError (a TransportError), is not retried, and the client holds at most
# about the cap while it reads, whatever the server sends.
# ---------------------------------------------------------------------------------------

CAP = 1 * MiB
# What a client may allocate while refusing a body over CAP: the cap itself, plus the
# HTTP library's buffers (aiohttp inflates 256 KiB at a time and queues a few such
# blocks: measured peaks are 0.3-1.5 MiB for requests, up to 3.2 MiB for aiohttp with the
# gzip bomb). A client without the cap holds the whole body, hundreds of MiB here.
MEMORY_BOUND = 6 * CAP
HUGE = 600 * MiB
BOMB = 256 * MiB  # inflates from about 256 KiB


def _without_content_length(reply: Reply) -> Reply:
    """``reply`` with its head's Content-Length line dropped: the body then ends only
    when the server closes the connection, so the client cannot refuse it up front."""
    head, blank, rest = reply.data.partition(b"\r\n\r\n")
    lines = [
        line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-length:")
    ]
    return reply._replace(data=b"\r\n".join(lines) + blank + rest, close=True)


def _hostile_reply(kind: str) -> Reply:
    if kind == "huge body, Content-Length declared":
        return huge_body(HUGE)
    if kind == "huge body, ended by closing":
        return _without_content_length(huge_body(HUGE))
    if kind == "endless chunked body":
        return endless_chunked(b"a" * 65536)
    if kind == "gzip bomb":
        return Reply(gzip_bomb(BOMB))
    raise AssertionError(kind)


HOSTILE_BODIES = [
    "huge body, Content-Length declared",
    "huge body, ended by closing",
    "endless chunked body",
    "gzip bomb",
]


@pytest.mark.parametrize("kind", HOSTILE_BODIES)
async def test_a_body_past_the_cap_fails_once_with_bounded_memory(kind: str) -> None:
    """Fault 1: a 600 MiB body (with and without Content-Length), an endless chunked body
    and a gzip bomb that inflates to 256 MiB all raise ResponseTooLargeError, are sent
    once although retries are allowed, and never take memory past a few times the cap."""
    hostile = _hostile_reply(kind)  # the gzip bomb is built here, outside the measure

    def respond(request: Request) -> Reply:
        # /3/configuration warms the client up (session, pool, SSL context), so that
        # what is measured is the hostile body alone.
        return hostile if _path(request) == "/3/movie/550" else Reply(response())

    with ScriptedServer(respond) as server:
        async with _client(server, max_retries=3, max_response_bytes=CAP, timeout=10.0) as client:
            assert await client.request("GET", "/3/configuration") == {"ok": True}
            with (
                traced_peak() as memory,
                Stopwatch() as watch,
                pytest.raises(ResponseTooLargeError) as info,
            ):
                await client.movies.details(550)
    assert isinstance(info.value, TransportError)
    assert not info.value.timeout
    assert f"{CAP:,}" in str(info.value)  # the message names the limit
    assert _paths(server) == ["/3/configuration", "/3/movie/550"]  # not retried
    assert memory.peak < MEMORY_BOUND, f"peak {memory.peak / MiB:.1f} MiB"
    assert watch.elapsed < 3.0


@pytest.mark.parametrize(
    "framing",
    ["Content-Length", "chunked", "gzip", "gzip and chunked", "ended by closing"],
)
async def test_a_body_at_the_cap_arrives_and_one_byte_more_does_not(framing: str) -> None:
    """Fault 1: the cap is on the decoded body, in every framing: a body of exactly
    max_response_bytes decodes; one byte more raises ResponseTooLargeError."""

    def framed(body: bytes) -> Reply:
        if framing == "ended by closing":
            return Reply(response(body, length=False), close=True)
        chunked = "chunked" in framing
        return Reply(response(body, chunked=chunked, gzipped="gzip" in framing))

    def respond(request: Request) -> Reply:
        size = CAP if _path(request) == "/3/at-the-cap" else CAP + 1
        return framed(_json_body(size))

    with ScriptedServer(respond) as server:
        async with _client(server, max_response_bytes=CAP) as client:
            with Stopwatch() as watch:
                answer = await client.request("GET", "/3/at-the-cap")
                with pytest.raises(ResponseTooLargeError):
                    await client.request("GET", "/3/over-the-cap")
    assert answer == {"x": "a" * (CAP - 9)}
    assert _paths(server) == ["/3/at-the-cap", "/3/over-the-cap"]
    assert watch.elapsed < 3.0


async def test_the_default_cap_is_32_mib() -> None:
    """Fault 1: without max_response_bytes the cap is 32 MiB: a 32 MiB body arrives whole,
    and one byte more is refused, whether declared or found while reading."""
    assert DEFAULT_MAX_RESPONSE_BYTES == 33_554_432  # 32 MiB
    replies = {
        "/3/at": huge_body(32 * MiB, piece=MiB),
        "/3/declared-over": huge_body(32 * MiB + 1, piece=MiB),
        "/3/streamed-over": _without_content_length(huge_body(32 * MiB + 1, piece=MiB)),
    }
    with ScriptedServer(lambda request: replies[_path(request)]) as server:
        async with _client(server, timeout=10.0) as client:
            with Stopwatch() as watch:
                answer = await client.request("GET", "/3/at")
                assert len(answer["x"]) == 32 * MiB - 9
                del answer
                for path in ("/3/declared-over", "/3/streamed-over"):
                    with pytest.raises(ResponseTooLargeError, match="33,554,432"):
                        await client.request("GET", path)
    assert _paths(server) == list(replies)
    assert watch.elapsed < 8.0


async def test_a_declared_length_over_the_cap_fails_before_the_body_is_read() -> None:
    """Fault 1: a Content-Length over the cap is refused on the head alone: the body here
    stalls for 30 s after its first 64 KiB, so reading any of it would end in a timeout."""
    with ScriptedServer(_always(huge_body(HUGE, pace=30.0))) as server:
        async with _client(server, max_retries=3, max_response_bytes=CAP) as client:
            with Stopwatch() as watch, pytest.raises(ResponseTooLargeError) as info:
                await client.movies.details(550)
    assert not isinstance(info.value, RequestTimeoutError)
    assert f"{HUGE:,}" in str(info.value)  # the message gives the declared size
    assert len(server.requests) == 1
    assert watch.elapsed < 1.0


# ---------------------------------------------------------------------------------------
# Fault 2: the timeout holds end to end. A server that sends a byte every 0.2 s never
# lets a per-read timeout fire; the client's timeout must still end the attempt on time.
# ---------------------------------------------------------------------------------------

TIMEOUT = 1.0
SLOW_SERVERS = {
    "head trickles": trickle(response(MOVIE), 0.2),
    "body trickles after the head": trickle(response(MOVIE), 0.2, after_head=True),
    "chunked body drips forever": endless_chunked(b" ", pace=0.2),
}


@pytest.mark.parametrize("kind", list(SLOW_SERVERS))
async def test_the_timeout_bounds_an_attempt_against_a_trickling_server(kind: str) -> None:
    """Fault 2: with timeout=1.0 and max_retries=0, a head or body that trickles in one
    byte every 0.2 s raises RequestTimeoutError after about 1 s, from one request; the
    same client then works on a fresh connection."""
    slow = SLOW_SERVERS[kind]

    def respond(request: Request) -> Reply:
        return slow if request.connection == 1 else Reply(response(MOVIE))

    with ScriptedServer(respond) as server:
        async with _client(server, timeout=TIMEOUT) as client:
            with Stopwatch() as watch, pytest.raises(RequestTimeoutError) as info:
                await client.movies.details(550)
            assert isinstance(info.value, TransportError)
            assert info.value.timeout
            assert TIMEOUT * 0.9 <= watch.elapsed < TIMEOUT + 1.0, watch.elapsed
            assert len(server.requests) == 1

            with Stopwatch() as again:
                movie = await client.movies.details(550)
    assert (movie.id, movie.title) == (550, "Fight Club")
    assert again.elapsed < TIMEOUT
    assert [(r.connection, r.number) for r in server.requests] == [(1, 1), (2, 1)]


# ---------------------------------------------------------------------------------------
# Fault 4: redirects. Neither client follows one (the documented policy): a 3xx raises
# APIError with its status and headers, is not retried, and nothing reaches the host
# it points at, so credentials never leave for another host.
# ---------------------------------------------------------------------------------------

REDIRECTS = [301, 302, 303, 307, 308]


@pytest.mark.parametrize("target", ["another host", "the same host", "a relative path"])
@pytest.mark.parametrize("status", REDIRECTS)
async def test_a_redirect_is_an_api_error_and_never_followed(status: int, target: str) -> None:
    """Fault 4: a 301/302/303/307/308 raises APIError(http_status=status), with the
    Location in its read-only, case-insensitive headers, from a typed method and from
    request(); one request each, and none at all to the host the redirect names."""
    with ScriptedServer(_always(Reply(response(MOVIE)))) as other:
        location = ""

        def respond(request: Request) -> Reply:
            # Only /3/movie/550 redirects: a client that followed to the same host
            # would get a 200 for /3/movie/551 and return a movie.
            if _path(request) == "/3/movie/550":
                return Reply(redirect(status, location))
            return Reply(response(MOVIE))

        with ScriptedServer(respond) as server:
            location = {
                "another host": f"{other.url}/3/movie/551",
                "the same host": f"{server.url}/3/movie/551",
                "a relative path": "/3/movie/551",
            }[target]
            async with _client(server, max_retries=3) as client:
                with Stopwatch() as watch:
                    with pytest.raises(APIError) as typed:
                        await client.movies.details(550)
                    assert len(server.requests) == 1
                    with pytest.raises(APIError) as raw:
                        await client.request("GET", "/3/movie/550")
    assert _paths(server) == ["/3/movie/550", "/3/movie/550"]
    assert other.connections == 0
    assert other.requests == []
    for error in (typed.value, raw.value):
        assert error.http_status == status
        assert (error.method, error.path) == ("GET", "/3/movie/550")
        assert error.headers["Location"] == location
        assert error.headers["location"] == location
        with pytest.raises(TypeError):
            error.headers["Location"] = "/elsewhere"  # type: ignore[index]
    assert watch.elapsed < 1.0


# ---------------------------------------------------------------------------------------
# Fault 5: TLS. Both clients trust the same certificates: the system store, honouring
# SSL_CERT_FILE, or ssl_context= (never requests' REQUESTS_CA_BUNDLE); a certificate that
# fails verification raises CertificateVerifyError at once and is not retried.
# ---------------------------------------------------------------------------------------

SECURE = b'{"secure": true}'
_CA_VARIABLES = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


def _clear_ca_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from the system store alone (this machine sets all three variables)."""
    for name in _CA_VARIABLES:
        monkeypatch.delenv(name, raising=False)


async def test_both_clients_trust_ssl_cert_file(
    tls_server_context: ssl.SSLContext, trusted_ca: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 5: with SSL_CERT_FILE naming the CA (and no requests variable), the https
    server's certificate is trusted and the call succeeds."""
    _clear_ca_variables(monkeypatch)
    monkeypatch.setenv("SSL_CERT_FILE", trusted_ca)
    with ScriptedServer(_always(Reply(response(SECURE))), tls=tls_server_context) as server:
        async with _client(server) as client:
            with Stopwatch() as watch:
                assert await client.request("GET", "/3/x") == {"secure": True}
    assert server.url.startswith("https://")
    assert _paths(server) == ["/3/x"]
    assert watch.elapsed < 3.0


async def test_requests_ca_bundle_alone_is_not_trusted(
    tls_server_context: ssl.SSLContext, trusted_ca: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 5: with only REQUESTS_CA_BUNDLE (and CURL_CA_BUNDLE) naming the CA, both
    clients refuse the certificate: neither reads requests' CA settings."""
    _clear_ca_variables(monkeypatch)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", trusted_ca)
    monkeypatch.setenv("CURL_CA_BUNDLE", trusted_ca)
    with ScriptedServer(_always(Reply(response(SECURE))), tls=tls_server_context) as server:
        async with _client(server) as client:
            with Stopwatch() as watch, pytest.raises(CertificateVerifyError):
                await client.request("GET", "/3/x")
    assert server.requests == []
    assert watch.elapsed < 3.0


async def test_ssl_context_argument_is_trusted_without_environment(
    tls_server_context: ssl.SSLContext, trusted_ca: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 5: ssl_context=ssl.create_default_context(cafile=CA) makes the call succeed
    with no CA variable set, where the same client without it is refused."""
    _clear_ca_variables(monkeypatch)
    context = ssl.create_default_context(cafile=trusted_ca)
    server = ScriptedServer(_always(Reply(response(SECURE))), tls=tls_server_context)
    with server, Stopwatch() as watch:
        async with _client(server, ssl_context=context) as client:
            assert await client.request("GET", "/3/x") == {"secure": True}
            assert await client.request("GET", "/3/x") == {"secure": True}
        async with _client(server) as client:
            with pytest.raises(CertificateVerifyError):
                await client.request("GET", "/3/x")
    assert _paths(server) == ["/3/x", "/3/x"]
    assert server.connections == 2  # one kept alive for both calls, one refused
    assert watch.elapsed < 3.0


async def test_a_certificate_failure_is_not_retried(
    tls_server_context: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 5: a certificate that fails verification raises CertificateVerifyError (a
    TransportError, not a timeout) from one handshake, with max_retries=3, and without
    the backoff sleeps a retry would take (0.25 s + 0.5 s + 1 s at least)."""
    _clear_ca_variables(monkeypatch)
    with ScriptedServer(_always(Reply(response(SECURE))), tls=tls_server_context) as server:
        async with _client(server, max_retries=3) as client:
            with Stopwatch() as watch, pytest.raises(CertificateVerifyError) as info:
                await client.movies.details(550)
    assert isinstance(info.value, TransportError)
    assert not info.value.timeout
    assert "/3/movie/550" in str(info.value)
    assert server.connections == 1
    assert server.requests == []
    assert watch.elapsed < 1.0
