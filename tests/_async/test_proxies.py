"""Proxies, the same in both clients (issue 8), over real sockets on 127.0.0.1.

An HTTP proxy (plain forwarding for http, ``CONNECT`` for https) and a SOCKS5 proxy
from ``tests/proxy_servers.py``, both recording what they were asked, in front of a
``ScriptedServer`` origin recording what reached it: ``proxy=`` and the environment
(``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY``, either case, read once per
client), ``trust_env=False``, proxy credentials (sent to the proxy only, never in a
``repr``, an error or a log line), API credentials kept out of ``CONNECT``, bad proxy
arguments refused at construction, and ``.netrc`` never read. The refusal of SOCKS
without the ``socks`` extra is in ``tests/test_proxy_extras.py``.
"""

from __future__ import annotations

import base64
import ipaddress
import logging
import os
import socket
import ssl
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests.utils

from tests.proxy_servers import HTTPProxy, ProxyRequest, Socks5Proxy
from tests.scripted_server import Reply, Request, ScriptedServer, response
from tmdbfusion import AsyncTMDBClient, TMDBError, TransportError
from tmdbfusion._retry import RetryPolicy

TOKEN = "tok-proxytest-0123456789abcdef"
API_KEY = "key-proxytest-0123456789abcdef"
USER, PASSWORD = "user", "s3cret-proxy-pw"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
# Every form in which the proxy password could leak.
PASSWORD_FORMS = (PASSWORD, BASIC.removeprefix("Basic "), f"{USER}:{PASSWORD}")
MOVIE = {"id": 550, "title": "Fight Club"}
MOVIE_BYTES = b'{"id": 550, "title": "Fight Club"}'
PATH = "/3/movie/550"
# Real backoff starts at 0.5 s; the same retry logic with tiny waits.
FAST_RETRIES = RetryPolicy(
    max_retries=3, backoff_base=0.001, backoff_cap=0.01, retry_after_jitter=0.001
)
PROXY_VARIABLES = tuple(
    name
    for base in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
    for name in (base, base.upper())
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy or TMDB variable of the machine running the tests leaks in."""
    for name in (*PROXY_VARIABLES, "TMDB_ACCESS_TOKEN", "TMDB_API_KEY", "TMDB_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def client_tls(trusted_ca: str) -> ssl.SSLContext:
    """A client-side context that trusts the test CA (``tls_server_context``'s issuer)."""
    return ssl.create_default_context(cafile=trusted_ca)


def _movie(request: Request) -> Reply:
    return Reply(response(MOVIE_BYTES))


def _origin(scheme: str, tls_server_context: ssl.SSLContext) -> ScriptedServer:
    return ScriptedServer(_movie, tls=tls_server_context if scheme == "https" else None)


def _client(
    base_url: str, client_tls: ssl.SSLContext | None = None, *, auth: str = "token", **kwargs: Any
) -> AsyncTMDBClient:
    settings: dict[str, Any] = {"max_retries": 0, "rate_limit": None, "timeout": 5.0}
    settings.update(kwargs)
    if base_url.startswith("https://"):
        settings["ssl_context"] = client_tls
    credential = {"access_token": TOKEN} if auth == "token" else {"api_key": API_KEY}
    return AsyncTMDBClient(base_url=base_url, **credential, **settings)


async def _fetch(client: AsyncTMDBClient) -> Any:
    return await client.request("GET", PATH)


def _expected_at_proxy(origin: ScriptedServer, auth: str = "token") -> tuple[str, str]:
    """What an HTTP proxy sees of ``GET PATH``: a CONNECT for https, else the absolute URI."""
    if origin.url.startswith("https://"):
        return "CONNECT", origin.url.removeprefix("https://")
    query = f"?api_key={API_KEY}" if auth == "key" else ""
    return "GET", f"{origin.url}{PATH}{query}"


def _seen(proxy: HTTPProxy) -> list[tuple[str, str]]:
    return [(request.method, request.target) for request in proxy.seen]


def _origin_target(request: Request) -> str:
    return request.head.split(b" ", 2)[1].decode()


def _origin_headers(request: Request, name: str) -> list[str]:
    """Every value of the header ``name`` (any case) in a request the origin received."""
    lines = request.head.decode("latin-1").split("\r\n")[1:]
    pairs = (line.partition(":") for line in lines)
    return [value.strip() for key, _, value in pairs if key.strip().lower() == name.lower()]


def _assert_origin_got_the_api_credential(request: Request, auth: str) -> None:
    assert _origin_target(request).startswith(PATH)
    if auth == "token":
        assert _origin_headers(request, "Authorization") == [f"Bearer {TOKEN}"]
        assert "api_key" not in _origin_target(request)
    else:
        assert _origin_headers(request, "Authorization") == []
        assert _origin_target(request) == f"{PATH}?api_key={API_KEY}"


def _assert_no_api_credential_in(seen: ProxyRequest) -> None:
    text = seen.target + "".join(f"\n{key}: {value}" for key, value in seen.headers)
    assert seen.header("Authorization") is None, seen
    for secret in (TOKEN, API_KEY, "api_key"):
        assert secret not in text, seen


def _assert_no_password(*texts: str) -> None:
    for text in texts:
        for form in PASSWORD_FORMS:
            assert form not in text, text


def _error_texts(error: BaseException) -> tuple[str, str, str]:
    return str(error), repr(error), "".join(traceback.format_exception(error))


# An HTTP proxy, named by proxy=


@pytest.mark.parametrize("auth", ["token", "key"])
async def test_an_http_proxy_forwards_plain_http_with_an_absolute_uri(auth: str) -> None:
    with ScriptedServer(_movie) as origin, HTTPProxy() as proxy:
        async with _client(origin.url, auth=auth, proxy=proxy.url) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [_expected_at_proxy(origin, auth)]
    assert proxy.origin_connections == 1
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], auth)


@pytest.mark.parametrize("auth", ["token", "key"])
async def test_an_http_proxy_tunnels_https_with_connect_and_sees_no_api_credential(
    auth: str, tls_server_context: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    with ScriptedServer(_movie, tls=tls_server_context) as origin, HTTPProxy() as proxy:
        async with _client(origin.url, client_tls, auth=auth, proxy=proxy.url) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [("CONNECT", origin.url.removeprefix("https://"))]
    _assert_no_api_credential_in(proxy.seen[0])
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], auth)


# An HTTP proxy, named by the environment


@pytest.mark.parametrize(
    ("variable", "scheme"),
    [
        ("HTTPS_PROXY", "https"),
        ("https_proxy", "https"),
        ("ALL_PROXY", "https"),
        ("HTTP_PROXY", "http"),
        ("http_proxy", "http"),
        ("all_proxy", "http"),
    ],
)
async def test_the_environment_names_the_proxy(
    variable: str,
    scheme: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with _origin(scheme, tls_server_context) as origin, HTTPProxy() as proxy:
        monkeypatch.setenv(variable, proxy.url)
        async with _client(origin.url, client_tls) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [_expected_at_proxy(origin)]
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], "token")


@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_a_proxy_variable_without_a_scheme_means_an_http_proxy(
    scheme: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with _origin(scheme, tls_server_context) as origin, HTTPProxy() as proxy:
        monkeypatch.setenv(f"{scheme.upper()}_PROXY", proxy.url.removeprefix("http://"))
        async with _client(origin.url, client_tls) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [_expected_at_proxy(origin)]
    assert len(origin.requests) == 1


@pytest.mark.parametrize(("variable", "scheme"), [("HTTPS_PROXY", "http"), ("http_proxy", "https")])
async def test_the_proxy_variable_of_the_other_scheme_is_not_used(
    variable: str,
    scheme: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with _origin(scheme, tls_server_context) as origin, HTTPProxy() as proxy:
        monkeypatch.setenv(variable, proxy.url)
        async with _client(origin.url, client_tls) as client:
            assert await _fetch(client) == MOVIE
    assert proxy.connections == 0
    assert proxy.seen == []
    assert len(origin.requests) == 1


@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_trust_env_false_ignores_the_proxy_variables(
    scheme: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with _origin(scheme, tls_server_context) as origin, HTTPProxy() as proxy:
        for name in PROXY_VARIABLES:
            if "no_proxy" not in name.lower():
                monkeypatch.setenv(name, proxy.url)
        async with _client(origin.url, client_tls, trust_env=False) as client:
            assert await _fetch(client) == MOVIE
    assert proxy.connections == 0
    assert proxy.seen == []
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], "token")


@pytest.mark.parametrize("trust_env", [True, False])
async def test_the_proxy_argument_wins_over_the_environment(
    trust_env: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ScriptedServer(_movie) as origin, HTTPProxy() as named, HTTPProxy() as environment:
        monkeypatch.setenv("HTTP_PROXY", environment.url)
        async with _client(origin.url, proxy=named.url, trust_env=trust_env) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(named) == [_expected_at_proxy(origin)]
    assert environment.connections == 0
    assert len(origin.requests) == 1


async def test_the_environment_is_read_once_when_the_client_is_created(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with ScriptedServer(_movie) as origin, HTTPProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        proxied = _client(origin.url)
        monkeypatch.delenv("HTTP_PROXY")
        monkeypatch.setenv("NO_PROXY", "*")
        direct = _client(origin.url)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY")
        async with proxied, direct:
            assert await _fetch(proxied) == MOVIE
            assert await _fetch(direct) == MOVIE
    assert _seen(proxy) == [_expected_at_proxy(origin)]
    assert len(origin.requests) == 2


# NO_PROXY


@pytest.mark.parametrize(
    ("scheme", "host", "no_proxy"),
    [
        ("http", "127.0.0.1", "127.0.0.1"),
        ("http", "localhost", "localhost"),
        ("http", "localhost", ".localhost"),
        ("http", "127.0.0.1", "*"),
        ("http", "127.0.0.1", "127.0.0.1:{port}"),
        ("http", "localhost", "localhost:{port}"),
        ("http", "127.0.0.1", "127.0.0.0/8"),
        ("http", "127.0.0.1", "example.com, 127.0.0.1"),
        ("https", "127.0.0.1", "127.0.0.1"),
        ("https", "127.0.0.1", "127.0.0.0/8"),
    ],
)
@pytest.mark.parametrize("variable", ["NO_PROXY", "no_proxy"])
async def test_no_proxy_sends_matching_hosts_direct(
    scheme: str,
    host: str,
    no_proxy: str,
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with _origin(scheme, tls_server_context) as origin, HTTPProxy() as proxy:
        port = origin.url.rsplit(":", 1)[1]
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)
        monkeypatch.setenv(variable, no_proxy.format(port=port))
        async with _client(f"{scheme}://{host}:{port}", client_tls) as client:
            assert await _fetch(client) == MOVIE
    assert proxy.connections == 0
    assert proxy.seen == []
    assert len(origin.requests) == 1


@pytest.mark.parametrize(
    ("host", "no_proxy"),
    [
        ("127.0.0.1", "127.0.0.1:1"),
        ("127.0.0.1", "127.0.0.2"),
        ("127.0.0.1", "10.0.0.0/8"),
        ("127.0.0.1", "example.com,.example.org"),
        ("localhost", "host.localhost"),
        ("localhost", "calhost"),
    ],
)
async def test_no_proxy_entries_that_do_not_match_keep_the_proxy(
    host: str, no_proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ScriptedServer(_movie) as origin, HTTPProxy() as proxy:
        port = origin.url.rsplit(":", 1)[1]
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", no_proxy)
        async with _client(f"http://{host}:{port}") as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [("GET", f"http://{host}:{port}{PATH}")]
    assert len(origin.requests) == 1


@pytest.mark.parametrize("no_proxy", ["tmdbfusion.invalid", ".tmdbfusion.invalid"])
async def test_no_proxy_matches_a_domain_suffix(
    no_proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No subdomain resolves here, so the direct attempt fails to resolve the name; what
    # matters is that it was direct: the proxy heard nothing.
    base_url = "http://api.tmdbfusion.invalid:8080"
    with HTTPProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", no_proxy)
        async with _client(base_url) as client:
            with pytest.raises(TransportError):
                await _fetch(client)
        assert proxy.connections == 0
        # The control: outside the suffix, the same request goes to the proxy.
        monkeypatch.setenv("NO_PROXY", "other.invalid")
        async with _client(base_url) as client:
            with pytest.raises(TMDBError):
                await _fetch(client)
    assert _seen(proxy) == [("GET", f"{base_url}{PATH}")]


# Proxy credentials


@pytest.mark.parametrize("auth", ["token", "key"])
@pytest.mark.parametrize("source", ["argument", "environment"])
@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_proxy_credentials_go_to_the_proxy_and_api_credentials_to_the_origin(
    scheme: str,
    source: str,
    auth: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        _origin(scheme, tls_server_context) as origin,
        HTTPProxy(credentials=(USER, PASSWORD)) as proxy,
    ):
        proxy_url = proxy.url_with(USER, PASSWORD)
        options: dict[str, Any] = {"proxy": proxy_url}
        if source == "environment":
            monkeypatch.setenv(f"{scheme.upper()}_PROXY", proxy_url)
            options = {}
        async with _client(origin.url, client_tls, auth=auth, **options) as client:
            assert await _fetch(client) == MOVIE
    assert _seen(proxy) == [_expected_at_proxy(origin, auth)]
    assert all(seen.authorized for seen in proxy.seen)
    assert [seen.header("Proxy-Authorization") for seen in proxy.seen] == [BASIC]
    if scheme == "https":
        _assert_no_api_credential_in(proxy.seen[0])
    assert len(origin.requests) == 1
    request = origin.requests[0]
    _assert_origin_got_the_api_credential(request, auth)
    assert _origin_headers(request, "Proxy-Authorization") == []
    _assert_no_password(request.head.decode("latin-1"), caplog.text)


# Reserved characters, percent-encoded in the URL, as RFC 3986 wants them.
ODD_USER, ODD_PASSWORD = "user@example.com", "p@ss:w/rd %#?s3cret"
ODD_FORMS = (ODD_PASSWORD, quote(ODD_PASSWORD, safe=""), "s3cret")


@pytest.mark.parametrize("kind", ["http", "socks5", "socks5h"])
async def test_a_percent_encoded_proxy_password_is_decoded(
    kind: str, tls_server_context: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    proxy_class = HTTPProxy if kind == "http" else Socks5Proxy
    with (
        ScriptedServer(_movie, tls=tls_server_context) as origin,
        proxy_class(credentials=(ODD_USER, ODD_PASSWORD)) as proxy,
    ):
        if isinstance(proxy, HTTPProxy):
            proxy_url = proxy.url_with(ODD_USER, ODD_PASSWORD)
        else:
            proxy_url = proxy.url_with(ODD_USER, ODD_PASSWORD, scheme=kind)
        async with _client(origin.url, client_tls, proxy=proxy_url) as client:
            assert await _fetch(client) == MOVIE
            shown = repr(client)
    assert len(proxy.seen) == 1
    if isinstance(proxy, HTTPProxy):
        assert proxy.seen[0].authorized
    else:
        assert proxy.seen[0].username == ODD_USER
    assert len(origin.requests) == 1
    for form in ODD_FORMS:
        assert form not in shown


@pytest.mark.parametrize("kind", ["http", "socks5", "socks5h"])
async def test_an_unreachable_proxy_is_a_transport_error_without_the_password(
    kind: str, caplog: pytest.LogCaptureFixture, client_tls: ssl.SSLContext
) -> None:
    caplog.set_level(logging.DEBUG)
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    # Nothing listens there any more: every connection to the proxy is refused.
    proxy_url = f"{kind}://{quote(ODD_USER, safe='')}:{quote(ODD_PASSWORD, safe='')}"
    proxy_url += f"@127.0.0.1:{port}"
    async with _client("https://127.0.0.1:1", client_tls, proxy=proxy_url, max_retries=3) as client:
        client.retry_policy = FAST_RETRIES
        with pytest.raises(TransportError) as info:
            await _fetch(client)
    assert caplog.records  # the attempts were logged, and are checked here
    for text in (*_error_texts(info.value), caplog.text):
        for form in ODD_FORMS:
            assert form not in text, text


@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_wrong_proxy_credentials_are_a_transport_error_without_the_password(
    scheme: str,
    caplog: pytest.LogCaptureFixture,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        _origin(scheme, tls_server_context) as origin,
        HTTPProxy(credentials=(USER, "the-right-one")) as proxy,
    ):
        proxy_url = proxy.url_with(USER, PASSWORD)
        async with _client(origin.url, client_tls, proxy=proxy_url, max_retries=3) as client:
            client.retry_policy = FAST_RETRIES
            with pytest.raises(TransportError) as info:
                await _fetch(client)
            _assert_no_password(repr(client), str(client))
    # Not retried forever: at most the first attempt and max_retries more.
    assert 1 <= len(proxy.seen) <= 4
    assert proxy.connections <= 4
    assert not any(seen.authorized for seen in proxy.seen)
    assert origin.requests == []
    assert caplog.records  # the attempts were logged, and are checked here
    _assert_no_password(*_error_texts(info.value), caplog.text)


@pytest.mark.parametrize("source", ["argument", "environment"])
@pytest.mark.parametrize(
    "proxy_url",
    [
        f"http://{USER}:{PASSWORD}@127.0.0.1:3128",
        f"socks5://{USER}:{PASSWORD}@127.0.0.1:1080",
        f"socks5h://{USER}:{PASSWORD}@127.0.0.1:1080",
    ],
)
async def test_the_client_repr_never_shows_the_proxy_password(
    proxy_url: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    options: dict[str, Any] = {"proxy": proxy_url}
    if source == "environment":
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        options = {}
    async with _client("https://api.themoviedb.org", **options) as client:
        derived = client.with_options(timeout=1.0)
        texts = (repr(client), str(client), repr(derived), str(derived))
    _assert_no_password(*texts)
    assert "127.0.0.1" in repr(client)  # it does say which proxy


# SOCKS5


@pytest.mark.parametrize("credentials", [None, (USER, PASSWORD)], ids=["no-auth", "auth"])
@pytest.mark.parametrize("scheme", ["socks5", "socks5h"])
async def test_a_socks5_proxy_carries_the_request(
    scheme: str, credentials: tuple[str, str] | None
) -> None:
    with ScriptedServer(_movie) as origin, Socks5Proxy(credentials=credentials) as proxy:
        port = int(origin.url.rsplit(":", 1)[1])
        if credentials is None:
            proxy_url = proxy.url.replace("socks5://", f"{scheme}://")
        else:
            proxy_url = proxy.url_with(*credentials, scheme=scheme)
        async with _client(f"http://localhost:{port}", proxy=proxy_url) as client:
            assert await _fetch(client) == MOVIE
    assert len(proxy.seen) == 1
    seen = proxy.seen[0]
    assert (seen.port, seen.reply, seen.username) == (port, 0, USER if credentials else None)
    if scheme == "socks5h":
        # The proxy resolves the name.
        assert (seen.address_type, seen.host) == ("domain", "localhost")
    else:
        # The client resolved it and sent an address.
        assert seen.address_type in ("ipv4", "ipv6")
        assert ipaddress.ip_address(seen.host).is_loopback
    assert proxy.auth_failures == 0
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], "token")


@pytest.mark.parametrize("variable", ["ALL_PROXY", "HTTPS_PROXY"])
async def test_a_socks5_proxy_from_the_environment_carries_https(
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
    tls_server_context: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    with (
        ScriptedServer(_movie, tls=tls_server_context) as origin,
        Socks5Proxy(credentials=(USER, PASSWORD)) as proxy,
    ):
        monkeypatch.setenv(variable, proxy.url_with(USER, PASSWORD, scheme="socks5h"))
        async with _client(origin.url, client_tls, auth="key") as client:
            assert await _fetch(client) == MOVIE
            _assert_no_password(repr(client))
    port = int(origin.url.rsplit(":", 1)[1])
    assert [(seen.host, seen.port, seen.username) for seen in proxy.seen] == [
        ("127.0.0.1", port, USER)
    ]
    assert len(origin.requests) == 1
    _assert_origin_got_the_api_credential(origin.requests[0], "key")


@pytest.mark.parametrize("scheme", ["socks5", "socks5h"])
async def test_wrong_socks_credentials_are_a_transport_error_without_the_password(
    scheme: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        ScriptedServer(_movie) as origin,
        Socks5Proxy(credentials=(USER, "the-right-one")) as proxy,
    ):
        proxy_url = proxy.url_with(USER, PASSWORD, scheme=scheme)
        async with _client(origin.url, proxy=proxy_url, max_retries=3) as client:
            client.retry_policy = FAST_RETRIES
            with pytest.raises(TransportError) as info:
                await _fetch(client)
    assert 1 <= proxy.auth_failures <= 4
    assert proxy.connections <= 4
    assert proxy.seen == []
    assert origin.requests == []
    assert caplog.records  # the attempts were logged, and are checked here
    _assert_no_password(*_error_texts(info.value), caplog.text)


# Bad proxy arguments


@pytest.mark.parametrize(
    ("proxy_url", "error"),
    [
        ("ftp://x", ValueError),
        (f"ftp://{USER}:{PASSWORD}@127.0.0.1:21", ValueError),
        (f"socks4://{USER}:{PASSWORD}@127.0.0.1:1080", ValueError),
        ("http://", ValueError),
        (f"http://{USER}:{PASSWORD}@", ValueError),
        (f"socks5h://{USER}:{PASSWORD}@:1080", ValueError),
        (f"http://{USER}:{PASSWORD}@127.0.0.1:port", ValueError),
        (f"http://{USER}:{PASSWORD}@127.0.0.1:99999", ValueError),
        (3128, TypeError),
        (b"http://127.0.0.1:3128", TypeError),
        (("127.0.0.1", 3128), TypeError),
    ],
)
async def test_bad_proxy_arguments_are_refused_at_construction(
    proxy_url: Any, error: type[Exception]
) -> None:
    with ScriptedServer(_movie) as origin, pytest.raises(error) as info:
        _client(origin.url, proxy=proxy_url)
    assert origin.connections == 0
    _assert_no_password(*_error_texts(info.value))


async def test_a_bad_proxy_variable_is_refused_at_construction_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"ftp://{USER}:{PASSWORD}@127.0.0.1:21")
    with ScriptedServer(_movie) as origin:
        base_url = origin.url.replace("http://", "https://")
        with pytest.raises(ValueError, match="HTTPS_PROXY") as info:
            _client(base_url)
        # trust_env=False does not even look at it.
        async with _client(base_url, trust_env=False):
            pass
    assert origin.connections == 0
    _assert_no_password(*_error_texts(info.value))


# .netrc


@pytest.mark.parametrize("through", ["direct", "proxy"])
@pytest.mark.parametrize("auth", ["token", "key"])
async def test_netrc_is_never_read(
    auth: str, through: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text(
        "machine 127.0.0.1 login netrc-user password netrc-pw\n"
        "machine localhost login netrc-user password netrc-pw\n"
        "default login netrc-default password netrc-default-pw\n"
    )
    os.chmod(netrc, 0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(netrc))
    with ScriptedServer(_movie) as origin, HTTPProxy() as proxy:
        # The setup would fool a client that reads .netrc.
        assert requests.utils.get_netrc_auth(origin.url) == ("netrc-user", "netrc-pw")
        if through == "proxy":
            monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with _client(origin.url, auth=auth) as client:
            assert await _fetch(client) == MOVIE
    assert len(origin.requests) == 1
    request = origin.requests[0]
    _assert_origin_got_the_api_credential(request, auth)
    head = request.head.decode("latin-1")
    assert "Basic" not in head
    assert "netrc" not in head
    if through == "proxy":
        assert _seen(proxy) == [_expected_at_proxy(origin, auth)]
        assert proxy.seen[0].header("Proxy-Authorization") is None
    else:
        assert proxy.connections == 0
