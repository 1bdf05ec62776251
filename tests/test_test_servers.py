"""Self-tests of the servers other tests stand on: ScriptedServer's streamed and hostile
replies (tests/scripted_server.py) and the HTTP and SOCKS5 proxies (tests/proxy_servers.py).

They talk to the servers with raw sockets and ``requests`` only, never TMDBFusion's
clients, so that what fails here is a fault of the servers.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
import requests

from tests.proxy_servers import HTTPProxy, ProxyRequest, Socks5Proxy, SocksRequest
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

GET = b"GET /3/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def _always(reply: Reply) -> Callable[[Request], Reply]:
    return lambda request: reply


def _dial(url: str) -> socket.socket:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return socket.create_connection((parts.hostname, parts.port), timeout=5)


def _read_head(sock: socket.socket, data: bytes = b"") -> tuple[bytes, bytes]:
    """A response head (without its blank line) and the bytes read after it."""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed after {data!r}"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _header(head: bytes, name: str) -> str | None:
    for line in head.decode("latin-1").split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return None


def _read_response(sock: socket.socket) -> tuple[bytes, bytes]:
    """One Content-Length framed response; the tests send one request at a time."""
    head, body = _read_head(sock)
    size = int(_header(head, "Content-Length") or 0)
    while len(body) < size:
        chunk = sock.recv(65536)
        assert chunk, f"closed {size - len(body)} bytes short"
        body += chunk
    assert len(body) == size
    return head, body


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxy or CA settings from the environment
    return session


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port: int = listener.getsockname()[1]
    return port


def _no_threads_left(server: object) -> bool:
    threads: list[threading.Thread] = server._threads  # type: ignore[attr-defined]
    return not any(thread.is_alive() for thread in threads)


# ScriptedServer: streamed replies


def test_a_stream_follows_data_with_pace_between_pieces() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n"
    reply = Reply(head, stream=lambda: iter([b"a", b"b", b"c"]), pace=0.15)
    with ScriptedServer(_always(reply)) as server, _dial(server.url) as sock:
        for _ in range(2):  # the connection stays usable, the factory gives a new stream
            sock.sendall(GET)
            start = time.monotonic()
            data, arrivals = b"", []
            while len(data) < len(head) + 3:
                chunk = sock.recv(65536)
                assert chunk
                data += chunk
                arrivals.append(time.monotonic() - start)
            assert data == head + b"abc"
            assert 0.25 <= arrivals[-1] < 1.0
    assert server.pieces_sent == 6
    assert server.stream_outcomes == ["complete", "complete"]


def test_a_stream_stops_quietly_when_the_client_goes_away() -> None:
    finished = threading.Event()

    def pieces() -> Iterator[bytes]:
        try:
            while True:
                yield b"x" * 1000
        finally:
            finished.set()

    reply = Reply(b"HTTP/1.1 200 OK\r\n\r\n", stream=pieces, pace=0.01)
    with ScriptedServer(_always(reply)) as server:
        with _dial(server.url) as sock:
            sock.sendall(GET)
            _read_head(sock)
        assert finished.wait(2)
        assert server.stream_outcomes == ["disconnected"]
        sent = server.pieces_sent
        time.sleep(0.1)
        assert server.pieces_sent == sent


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
@pytest.mark.parametrize("pace", [0.0, 0.5], ids=["flood", "drip"])
def test_leaving_the_with_block_ends_an_endless_stream_promptly(
    pace: float, tls: bool, tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    server = ScriptedServer(
        _always(endless_chunked(b"x" * 4096, pace=pace)),
        tls=tls_server_context if tls else None,
    )
    server.__enter__()
    try:
        with _dial(server.url) as raw:
            sock = raw
            if tls:
                client = ssl.create_default_context(cafile=trusted_ca)
                sock = client.wrap_socket(raw, server_hostname="127.0.0.1")
            with sock:
                sock.sendall(GET)
                _read_head(sock)
                # Unread, the flood fills the buffers and blocks the server in sendall().
                time.sleep(0.2)
                start = time.monotonic()
                server.__exit__(None, None, None)
                assert time.monotonic() - start < 1.0
    finally:
        server.__exit__(None, None, None)
    assert server.stream_outcomes == ["stopped"]
    assert _no_threads_left(server)


def test_trickle_sends_a_head_one_byte_at_a_time() -> None:
    data = b"HTTP/1.1 204 No Content\r\n\r\n"
    with ScriptedServer(_always(trickle(data, 0.01))) as server, _dial(server.url) as sock:
        sock.sendall(GET)
        start = time.monotonic()
        first = sock.recv(65536)
        received = first
        while len(received) < len(data):
            chunk = sock.recv(65536)
            assert chunk
            received += chunk
        elapsed = time.monotonic() - start
    assert first == b"H"
    assert received == data
    assert 0.2 <= elapsed < 1.5
    assert server.pieces_sent == len(data)


def test_trickle_after_head_sends_the_head_at_once_and_drips_the_body() -> None:
    data = response(b'{"a": 1}')
    head = data.partition(b"\r\n\r\n")[0]
    reply = trickle(data, 0.05, after_head=True)
    with ScriptedServer(_always(reply)) as server, _dial(server.url) as sock:
        sock.sendall(GET)
        start = time.monotonic()
        received_head, body = _read_head(sock)
        assert received_head == head
        assert time.monotonic() - start < 0.2
        while len(body) < 8:
            chunk = sock.recv(65536)
            assert len(chunk) <= 2  # a byte, now and then two that queued up together
            body += chunk
        assert body == b'{"a": 1}'
        assert time.monotonic() - start >= 0.3


def test_trickle_after_head_needs_a_head() -> None:
    with pytest.raises(ValueError, match="blank line"):
        trickle(b"no head", 1.0, after_head=True)


# Hostile replies


def test_gzip_bomb_inflates_to_exactly_the_size_asked_from_a_small_body() -> None:
    size = 10 * 2**20
    head, _, body = gzip_bomb(size).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert _header(head, "Content-Encoding") == "gzip"
    assert _header(head, "Content-Length") == str(len(body))
    assert len(body) < 64 * 1024
    inflater = zlib.decompressobj(wbits=31)
    pending, total, start, end = body, 0, b"", b""
    for _ in range(100):  # 10 MiB in 1 MiB steps: bounded, whatever the data says
        out = inflater.decompress(pending, 2**20)
        pending = inflater.unconsumed_tail
        total += len(out)
        start = start or out[:7]
        end = (end + out[-2:])[-2:]
        if inflater.eof:
            break
    assert inflater.eof
    assert inflater.unused_data == b""
    assert total == size
    assert (start, end) == (b'{"x": "', b'"}')


def test_a_gzip_bomb_is_what_requests_decodes_it_to() -> None:
    size = 2**20
    with ScriptedServer(_always(Reply(gzip_bomb(size)))) as server, _session() as session:
        data = session.get(server.url, timeout=5).json()
    assert data == {"x": "a" * (size - 9)}


def test_huge_body_advertises_its_size_and_makes_the_body_lazily() -> None:
    reply = huge_body(1_000_000, piece=65536)
    assert reply.stream is not None
    assert _header(reply.data.rstrip(b"\r\n"), "Content-Length") == "1000000"
    pieces = reply.stream()
    assert isinstance(pieces, Iterator)
    sizes = [len(piece) for piece in pieces]
    assert sum(sizes) == 1_000_000
    assert set(sizes[:-1]) == {65536}
    assert 0 < sizes[-1] <= 65536

    endless = huge_body(2**40, piece=1000).stream
    assert endless is not None
    assert len(next(iter(endless()))) == 1000  # a terabyte costs nothing until read

    small = huge_body(100, piece=7).stream
    assert small is not None
    assert json.loads(b"".join(small())) == {"x": "a" * 91}


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_huge_body_is_served_whole(
    tls: bool, tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    size = 3 * 2**20 + 5
    server = ScriptedServer(_always(huge_body(size)), tls=tls_server_context if tls else None)
    with (
        server,
        _session() as session,
        session.get(server.url, stream=True, timeout=5, verify=trusted_ca) as reply,
    ):
        assert reply.headers["Content-Length"] == str(size)
        assert sum(len(piece) for piece in reply.iter_content(65536)) == size
    assert server.stream_outcomes == ["complete"]


def test_endless_chunked_is_well_formed_chunks_that_never_end() -> None:
    reply = endless_chunked(b'{"x": 1}')
    assert _header(reply.data.rstrip(b"\r\n"), "Transfer-Encoding") == "chunked"
    assert reply.stream is not None
    pieces = iter(reply.stream())
    assert [next(pieces) for _ in range(3)] == [b'8\r\n{"x": 1}\r\n'] * 3
    with pytest.raises(ValueError, match="empty chunk"):
        endless_chunked(b"")

    with ScriptedServer(_always(endless_chunked(b"y" * 1000))) as server, _session() as session:
        with session.get(server.url, stream=True, timeout=5) as streamed:
            received = 0
            for piece in streamed.iter_content(1000):
                assert piece == b"y" * len(piece)
                received += len(piece)
                if received >= 100_000:
                    break
        deadline = time.monotonic() + 2
        while not server.stream_outcomes and time.monotonic() < deadline:
            time.sleep(0.01)
    assert server.stream_outcomes == ["disconnected"]


def test_redirect_is_a_3xx_with_a_location_that_clients_follow() -> None:
    data = redirect(301, "/target", headers=("X-Why: test",))
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 301 Moved Permanently\r\n")
    assert _header(head, "Location") == "/target"
    assert _header(head, "Content-Length") == str(len(body))
    assert json.loads(body) == {"redirect": 301}
    with pytest.raises(ValueError):
        redirect(200, "/x")
    with pytest.raises(ValueError):
        redirect(302, "/x\r\nSet-Cookie: a=b")

    def respond(request: Request) -> Reply:
        if request.head.startswith(b"GET /target "):
            return Reply(response(b'{"landed": true}'))
        return Reply(redirect(302, "/target"))

    with ScriptedServer(respond) as server, _session() as session:
        assert session.get(server.url + "/from", timeout=5).json() == {"landed": True}
        stopped = session.get(server.url + "/from", allow_redirects=False, timeout=5)
        assert (stopped.status_code, stopped.headers["Location"]) == (302, "/target")


# HTTPProxy


def _numbered(request: Request) -> Reply:
    return Reply(response(b'{"n": %d}' % request.number))


def test_http_proxy_forwards_plain_http_on_one_kept_alive_connection() -> None:
    with ScriptedServer(_numbered) as origin, HTTPProxy() as proxy, _session() as session:
        proxies = {"http": proxy.url}
        for n in (1, 2, 3):
            reply = session.get(f"{origin.url}/3/movie/{n}?x=1", proxies=proxies, timeout=5)
            assert reply.json() == {"n": n}
        posted = session.post(f"{origin.url}/3/list", json={"a": 1}, proxies=proxies, timeout=5)
        assert posted.json() == {"n": 4}
    assert (proxy.connections, proxy.origin_connections, origin.connections) == (1, 1, 1)
    assert [(seen.method, seen.target) for seen in proxy.seen] == [
        ("GET", f"{origin.url}/3/movie/1?x=1"),
        ("GET", f"{origin.url}/3/movie/2?x=1"),
        ("GET", f"{origin.url}/3/movie/3?x=1"),
        ("POST", f"{origin.url}/3/list"),
    ]
    assert all(seen.authorized and seen.connection == 1 for seen in proxy.seen)
    assert proxy.seen[0].header("host") == origin.url.removeprefix("http://")
    assert origin.requests[0].head.startswith(b"GET /3/movie/1?x=1 HTTP/1.1\r\n")
    assert origin.requests[3].body == b'{"a": 1}'
    assert _no_threads_left(proxy)


def test_http_proxy_relays_any_framing_and_hangs_up_when_the_origin_does() -> None:
    answers = [
        Reply(response(b'{"big": "' + b"z" * 5000 + b'"}', chunked=True, gzipped=True)),
        Reply(response(b'{"until": "close"}', length=False), close=True),
        Reply(response(b'{"after": "close"}')),
    ]
    with (
        ScriptedServer(lambda request: answers.pop(0)) as origin,
        HTTPProxy() as proxy,
        _session() as session,
    ):
        proxies = {"http": proxy.url}
        assert session.get(origin.url, proxies=proxies, timeout=5).json()["big"][:2] == "zz"
        assert session.get(origin.url, proxies=proxies, timeout=5).json() == {"until": "close"}
        assert session.get(origin.url, proxies=proxies, timeout=5).json() == {"after": "close"}
    assert (proxy.connections, origin.connections) == (2, 2)


def test_http_proxy_dials_another_origin_when_the_target_changes() -> None:
    with (
        ScriptedServer(_always(Reply(response(b'{"from": "a"}')))) as a,
        ScriptedServer(_always(Reply(response(b'{"from": "b"}')))) as b,
        HTTPProxy() as proxy,
        _dial(proxy.url) as sock,
    ):
        for origin, expected in ((a, b"a"), (b, b"b"), (b, b"b"), (a, b"a")):
            host = origin.url.removeprefix("http://")
            sock.sendall(f"GET {origin.url}/3/x HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            assert _read_response(sock)[1] == b'{"from": "%s"}' % expected
    assert (proxy.connections, proxy.origin_connections) == (1, 3)
    assert (a.connections, b.connections) == (2, 1)
    assert all(r.head.startswith(b"GET /3/x HTTP/1.1\r\n") for r in a.requests + b.requests)


def test_http_proxy_tunnels_https_with_connect(
    tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    origin = ScriptedServer(_numbered, tls=tls_server_context)
    with origin, HTTPProxy() as proxy, _session() as session:
        for n in (1, 2):
            reply = session.get(
                f"{origin.url}/3/x", proxies={"https": proxy.url}, verify=trusted_ca, timeout=5
            )
            assert reply.json() == {"n": n}
    authority = origin.url.removeprefix("https://")
    assert [(seen.method, seen.target) for seen in proxy.seen] == [("CONNECT", authority)]
    assert (proxy.connections, proxy.origin_connections, origin.connections) == (1, 1, 1)


def test_http_proxy_basic_auth_for_plain_http() -> None:
    proxy = HTTPProxy(credentials=("user", "secret"))
    with ScriptedServer(_numbered) as origin, proxy, _session() as session:
        url = f"{origin.url}/3/x"
        refused = session.get(url, proxies={"http": proxy.url}, timeout=5)
        assert refused.status_code == 407
        assert refused.headers["Proxy-Authenticate"] == 'Basic realm="test"'
        wrong = session.get(url, proxies={"http": proxy.url_with("user", "nope")}, timeout=5)
        assert wrong.status_code == 407
        right = session.get(url, proxies={"http": proxy.url_with("user", "secret")}, timeout=5)
        assert right.json() == {"n": 1}
    assert [seen.authorized for seen in proxy.seen] == [False, False, True]
    assert proxy.seen[0].header("Proxy-Authorization") is None
    assert proxy.seen[2].header("Proxy-Authorization") == "Basic dXNlcjpzZWNyZXQ="
    assert len(origin.requests) == 1
    assert b"proxy-authorization" not in origin.requests[0].head.lower()


def test_http_proxy_basic_auth_for_connect(
    tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    proxy = HTTPProxy(credentials=("user", "secret"))
    origin = ScriptedServer(_numbered, tls=tls_server_context)
    with origin, proxy, _session() as session:
        url = f"{origin.url}/3/x"
        with pytest.raises(requests.exceptions.ProxyError, match="407"):
            session.get(url, proxies={"https": proxy.url}, verify=trusted_ca, timeout=5)
        good = {"https": proxy.url_with("user", "secret")}
        assert session.get(url, proxies=good, verify=trusted_ca, timeout=5).json() == {"n": 1}
    assert [(seen.method, seen.authorized) for seen in proxy.seen] == [
        ("CONNECT", False),
        ("CONNECT", True),
    ]
    assert proxy.seen[1].header("Proxy-Authorization") == "Basic dXNlcjpzZWNyZXQ="
    assert origin.connections == 1
    assert b"proxy-authorization" not in origin.requests[0].head.lower()


def test_http_proxy_keeps_the_connection_for_a_retry_after_407() -> None:
    proxy = HTTPProxy(credentials=("user", "secret"))
    with ScriptedServer(_numbered) as origin, proxy, _dial(proxy.url) as sock:
        request = f"POST {origin.url}/3/x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n"
        sock.sendall(request.encode() + b"\r\n{}")
        head, _ = _read_response(sock)
        assert head.startswith(b"HTTP/1.1 407 ")
        auth = "Proxy-Authorization: Basic dXNlcjpzZWNyZXQ=\r\n"
        sock.sendall((request + auth).encode() + b"\r\n{}")
        head, body = _read_response(sock)
        assert (head.split(b" ")[1], body) == (b"200", b'{"n": 1}')
    assert proxy.connections == 1
    assert origin.requests[0].body == b"{}"


def test_http_proxy_survives_clients_that_misbehave_or_vanish() -> None:
    dead = _closed_port()
    with ScriptedServer(_numbered) as origin, HTTPProxy() as proxy:
        with _dial(proxy.url):
            pass  # connects and leaves
        with _dial(proxy.url) as sock:
            sock.sendall(b"GET http://127.0.0.1")  # leaves mid-head
        for line, status in [
            (b"NONSENSE\r\n\r\n", b"400"),
            (b"GET /origin-form HTTP/1.1\r\nHost: x\r\n\r\n", b"400"),
            (b"GET ftp://127.0.0.1/x HTTP/1.1\r\n\r\n", b"400"),
            (b"CONNECT 127.0.0.1:%d HTTP/1.1\r\n\r\n" % dead, b"502"),
            (b"GET http://127.0.0.1:%d/x HTTP/1.1\r\n\r\n" % dead, b"502"),
        ]:
            with _dial(proxy.url) as sock:
                sock.sendall(line)
                head, _ = _read_response(sock)
                assert head.split(b" ")[1] == status, line
                assert sock.recv(1) == b""  # and hangs up
        with _dial(proxy.url) as sock:  # leaves while the origin is answering
            sock.sendall(b"GET %s/x HTTP/1.1\r\n\r\n" % origin.url.encode())
        with _session() as session:
            assert session.get(origin.url, proxies={"http": proxy.url}, timeout=5).ok
    assert _no_threads_left(proxy)


@pytest.mark.parametrize("kind", ["http", "connect"])
def test_http_proxy_stops_promptly_while_relaying_an_endless_stream(kind: str) -> None:
    origin = ScriptedServer(_always(endless_chunked(b"x" * 4096)))
    proxy = HTTPProxy()
    with origin:
        proxy.__enter__()
        try:
            with _dial(proxy.url) as sock:
                authority = origin.url.removeprefix("http://")
                if kind == "connect":
                    sock.sendall(b"CONNECT %s HTTP/1.1\r\n\r\n" % authority.encode())
                    assert _read_head(sock)[0].startswith(b"HTTP/1.1 200 ")
                    sock.sendall(GET)
                else:
                    sock.sendall(b"GET %s/ HTTP/1.1\r\n\r\n" % origin.url.encode())
                assert _read_head(sock)[0].startswith(b"HTTP/1.1 200 ")
                time.sleep(0.2)  # unread, the stream fills every buffer on the way
                start = time.monotonic()
                proxy.__exit__(None, None, None)
                assert time.monotonic() - start < 1.0
        finally:
            proxy.__exit__(None, None, None)
        deadline = time.monotonic() + 2
        while not origin.stream_outcomes and time.monotonic() < deadline:
            time.sleep(0.01)
    assert _no_threads_left(proxy)
    assert origin.stream_outcomes == ["disconnected"]  # the proxy hung up on the origin too


def test_proxy_request_header_lookup_ignores_case() -> None:
    seen = ProxyRequest(1, "GET", "http://h/", (("Host", "h"), ("X-A", "1"), ("x-a", "2")), True)
    assert (seen.header("x-A"), seen.header("missing")) == ("1", None)


def test_proxy_urls() -> None:
    with HTTPProxy() as http_proxy, Socks5Proxy() as socks:
        assert http_proxy.url == f"http://127.0.0.1:{http_proxy.port}"
        assert (
            http_proxy.url_with("u", "p@ss:") == f"http://u:p%40ss%3A@127.0.0.1:{http_proxy.port}"
        )
        assert socks.url == f"socks5://127.0.0.1:{socks.port}"
        assert socks.url_with("u", "s", scheme="socks5h") == f"socks5h://u:s@127.0.0.1:{socks.port}"


# Socks5Proxy


def test_socks5_without_auth_records_the_ip_it_was_given() -> None:
    with ScriptedServer(_numbered) as origin, Socks5Proxy() as proxy, _session() as session:
        for n in (1, 2):
            reply = session.get(f"{origin.url}/3/x", proxies={"http": proxy.url}, timeout=5)
            assert reply.json() == {"n": n}
    port = int(origin.url.rsplit(":", 1)[1])
    assert proxy.seen == [SocksRequest(1, "127.0.0.1", port, "ipv4", None, 0)]
    assert not proxy.seen[0].auth
    assert (proxy.connections, origin.connections) == (1, 1)


def test_socks5h_records_the_domain_name_it_was_given() -> None:
    with ScriptedServer(_numbered) as origin, Socks5Proxy() as proxy, _session() as session:
        port = int(origin.url.rsplit(":", 1)[1])
        remote = f"socks5h://127.0.0.1:{proxy.port}"
        reply = session.get(f"http://localhost:{port}/3/x", proxies={"http": remote}, timeout=5)
        assert reply.json() == {"n": 1}
    assert proxy.seen == [SocksRequest(1, "localhost", port, "domain", None, 0)]


def test_socks5_with_auth_accepts_the_right_credentials_and_refuses_others(
    tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    proxy = Socks5Proxy(credentials=("user", "secret"))
    origin = ScriptedServer(_numbered, tls=tls_server_context)
    with origin, proxy, _session() as session:
        url = f"{origin.url}/3/x"
        for proxy_url in (proxy.url, proxy.url_with("user", "wrong")):
            with pytest.raises(requests.exceptions.ConnectionError):
                session.get(url, proxies={"https": proxy_url}, verify=trusted_ca, timeout=5)
        good = {"https": proxy.url_with("user", "secret", scheme="socks5h")}
        assert session.get(url, proxies=good, verify=trusted_ca, timeout=5).json() == {"n": 1}
    port = int(origin.url.rsplit(":", 1)[1])
    assert proxy.seen == [SocksRequest(3, "127.0.0.1", port, "ipv4", "user", 0)]
    assert proxy.seen[0].auth
    assert (proxy.auth_failures, proxy.connections, origin.connections) == (1, 3, 1)


def _exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        assert chunk, f"closed after {data!r}"
        data += chunk
    return data


def _socks_connect(sock: socket.socket, request: bytes) -> bytes:
    """Greets a no-auth SOCKS5 proxy, sends ``request`` and returns the whole reply."""
    sock.sendall(b"\x05\x01\x00")
    assert _exactly(sock, 2) == b"\x05\x00"
    sock.sendall(request)
    reply = _exactly(sock, 4)
    return reply + _exactly(sock, 18 if reply[3] == 4 else 6)


def test_socks5_tunnels_to_ipv6_destinations() -> None:
    try:
        listener = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with listener, Socks5Proxy() as proxy, _dial(proxy.url) as sock:
        listener.settimeout(5)
        port = listener.getsockname()[1]
        address = socket.inet_pton(socket.AF_INET6, "::1")
        reply = _socks_connect(sock, b"\x05\x01\x00\x04" + address + port.to_bytes(2, "big"))
        assert reply[:4] == b"\x05\x00\x00\x04"
        accepted, _ = listener.accept()
        with accepted:
            sock.sendall(b"ping")
            assert accepted.recv(4) == b"ping"
            accepted.sendall(b"pong")
            assert sock.recv(4) == b"pong"
    assert proxy.seen == [SocksRequest(1, "::1", port, "ipv6", None, 0)]


def test_socks5_refuses_what_it_does_not_do() -> None:
    dead = _closed_port()
    loopback = socket.inet_aton("127.0.0.1")
    with Socks5Proxy() as proxy, Socks5Proxy(credentials=("user", "secret")) as locked:
        with _dial(proxy.url) as sock:  # BIND
            reply = _socks_connect(sock, b"\x05\x02\x00\x01" + loopback + b"\x00\x50")
            assert reply[1] == 0x07
        with _dial(proxy.url) as sock:  # nothing listens there
            reply = _socks_connect(sock, b"\x05\x01\x00\x01" + loopback + dead.to_bytes(2, "big"))
            assert reply[1] == 0x05
        with _dial(proxy.url) as sock:  # an address type that does not exist
            reply = _socks_connect(sock, b"\x05\x01\x00\x09")
            assert reply[1] == 0x08
        with _dial(proxy.url) as sock:  # wants only username/password
            sock.sendall(b"\x05\x01\x02")
            assert (sock.recv(2), sock.recv(1)) == (b"\x05\xff", b"")
        with _dial(locked.url) as sock:  # offers only no-auth to a proxy that needs a login
            sock.sendall(b"\x05\x01\x00")
            assert (sock.recv(2), sock.recv(1)) == (b"\x05\xff", b"")
        with _dial(locked.url) as sock:
            sock.sendall(b"\x05\x01\x02")
            assert sock.recv(2) == b"\x05\x02"
            sock.sendall(b"\x01\x04user\x05wrong")
            assert (sock.recv(2), sock.recv(1)) == (b"\x01\x01", b"")
        for partial in (b"", b"\x05", b"\x05\x01\x00\x05\x01\x00\x03\x09local"):
            with _dial(proxy.url) as sock:  # leaves at some point of the handshake
                sock.sendall(partial)
        assert [seen.reply for seen in proxy.seen] == [0x07, 0x05]
        assert locked.auth_failures == 1
    assert _no_threads_left(proxy)
    assert _no_threads_left(locked)


def test_socks5_stops_promptly_while_relaying_an_endless_stream() -> None:
    origin = ScriptedServer(_always(endless_chunked(b"x" * 4096)))
    proxy = Socks5Proxy()
    with origin:
        proxy.__enter__()
        try:
            with _dial(proxy.url) as sock:
                port = int(origin.url.rsplit(":", 1)[1]).to_bytes(2, "big")
                _socks_connect(sock, b"\x05\x01\x00\x03\x09localhost" + port)
                sock.sendall(GET)
                assert _read_head(sock)[0].startswith(b"HTTP/1.1 200 ")
                time.sleep(0.2)
                start = time.monotonic()
                proxy.__exit__(None, None, None)
                assert time.monotonic() - start < 1.0
        finally:
            proxy.__exit__(None, None, None)
    assert _no_threads_left(proxy)
