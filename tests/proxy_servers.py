"""Proxies on 127.0.0.1 that run in threads, for tests of both clients' proxy support.

``HTTPProxy`` is a forward proxy: it tunnels ``CONNECT host:port`` (how https goes through
a proxy) and forwards plain-http requests sent with an absolute URI, optionally behind
Basic auth. ``Socks5Proxy`` is a SOCKS5 server (RFC 1928, CONNECT only) with optional
username/password auth (RFC 1929). Both record what clients asked of them, so a test can
check where a request went and which credentials went where, and both close every socket
they opened when their ``with`` block ends.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple
from urllib.parse import quote, urlsplit

_HEAD_LIMIT = 65536
_DIAL_TIMEOUT = 5.0


class _Server:
    """The part both proxies share: a listener, one thread per client connection, and a
    registry of every socket and thread so that ``__exit__`` can end them all."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.connections = 0  # client connections accepted
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> _Server:
        self._start(self._accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            _close(sock)
        # Shut-down sockets wake every thread blocked on them, so this is quick; the
        # deadline bounds only a thread stuck somewhere unexpected.
        deadline = time.monotonic() + 2
        for thread in list(self._threads):
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def _handle(self, client: socket.socket, connection: int) -> None:
        raise NotImplementedError

    def _start(self, target: Callable[..., None], *args: object) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()
        return thread

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._stopping.is_set():
                self._sockets.add(sock)
                return
        # __exit__ has already closed the sockets it knew of: this one must not outlive it.
        _close(sock)
        raise ConnectionAbortedError("the server is stopping")

    def _release(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)
        _close(sock)

    def _dial(self, host: str, port: int) -> socket.socket:
        sock = socket.create_connection((host, port), timeout=_DIAL_TIMEOUT)
        sock.settimeout(None)
        self._track(sock)
        return sock

    def _accept(self) -> None:
        # A blocking accept() is not woken by close(): poll, so __exit__ can stop it.
        self._listener.settimeout(0.05)
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                self._track(client)
            except OSError:
                return
            with self._lock:
                self.connections += 1
                number = self.connections
            self._start(self._serve, client, number)

    def _serve(self, client: socket.socket, connection: int) -> None:
        try:
            self._handle(client, connection)
        except (OSError, ValueError):
            pass  # a client that vanished or spoke nonsense; others are unaffected
        finally:
            self._release(client)

    def _tunnel(self, client: socket.socket, origin: socket.socket, early: bytes) -> None:
        """Relay bytes both ways until both sides have finished sending or one fails."""
        if early:
            origin.sendall(early)
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, origin)
            selector.register(origin, selectors.EVENT_READ, client)
            open_sides = 2
            while open_sides and not self._stopping.is_set():
                for key, _ in selector.select(timeout=0.1):
                    source: socket.socket = key.fileobj  # type: ignore[assignment]
                    target: socket.socket = key.data
                    data = source.recv(65536)
                    if data:
                        target.sendall(data)
                        continue
                    # Pass the half-close on: an https client may still be reading.
                    selector.unregister(source)
                    open_sides -= 1
                    with contextlib.suppress(OSError):
                        target.shutdown(socket.SHUT_WR)


class _Reader:
    """Buffered reads from a socket; ``None`` or a short result means the peer closed."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        self.buffer += data
        return bool(data)

    def until(self, marker: bytes, limit: int = _HEAD_LIMIT) -> bytes | None:
        """Everything up to and including ``marker``; None if the peer closed first."""
        while (end := self.buffer.find(marker)) < 0:
            if len(self.buffer) > limit:
                raise ValueError("head too large")
            if not self._fill():
                return None
        end += len(marker)
        data = bytes(self.buffer[:end])
        del self.buffer[:end]
        return data

    def exactly(self, size: int) -> bytes | None:
        while len(self.buffer) < size:
            if not self._fill():
                return None
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def pieces(self, size: int) -> Iterator[bytes]:
        """``size`` bytes in pieces as they arrive; raises if the peer closes first."""
        while size:
            if not self.buffer and not self._fill():
                raise ConnectionAbortedError("closed mid-body")
            piece = bytes(self.buffer[:size])
            del self.buffer[: len(piece)]
            size -= len(piece)
            yield piece

    def chunked(self) -> Iterator[bytes]:
        """The raw bytes of a chunked body, framing included, through its trailers."""
        while True:
            line = self.until(b"\r\n")
            if line is None:
                raise ConnectionAbortedError("closed mid-body")
            yield line
            size = int(line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                break
            yield from self.pieces(size + 2)
        while True:  # trailer fields, then the blank line
            line = self.until(b"\r\n")
            if line is None:
                raise ConnectionAbortedError("closed mid-body")
            yield line
            if line == b"\r\n":
                return


# HTTP forward proxy


class ProxyRequest(NamedTuple):
    """One request a client made of the HTTP proxy, as the proxy received it."""

    connection: int  # 1 for the first client connection the proxy accepted
    method: str
    target: str  # "host:port" for CONNECT, else the absolute URI
    headers: tuple[tuple[str, str], ...]  # in order, names as sent
    authorized: bool  # False when the proxy answered 407

    def header(self, name: str) -> str | None:
        """The first value of the header ``name`` (any case), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


class _Upstream:
    """The origin connection that plain-http requests on one client connection go to."""

    def __init__(self, key: tuple[str, int], sock: socket.socket) -> None:
        self.key = key
        self.sock = sock
        self.retired = threading.Event()  # set when the proxy, not the origin, ends it
        self.ended = threading.Event()  # set when relaying the origin's bytes has stopped
        self.thread: threading.Thread | None = None


class HTTPProxy(_Server):
    """A forward proxy for http (absolute-URI requests) and https (``CONNECT`` tunnels).

    With ``credentials=(user, password)`` every request needs a matching Basic
    ``Proxy-Authorization`` header and gets ``407`` with ``Proxy-Authenticate: Basic
    realm="test"`` otherwise (the connection stays open for a retry).

    Plain-http requests are rewritten to origin-form and sent on without
    ``Proxy-Authorization`` or ``Proxy-Connection``; the origin's answer is relayed
    byte for byte, whatever its framing, and when the origin closes its connection the
    proxy closes the client's, as a client talking to the origin directly would see.
    A client connection keeps one origin connection while its requests go to the same
    origin and dials another when they change.

    Records every request in ``seen`` (``ProxyRequest``), counts client connections in
    ``connections`` and connections it opened to origins in ``origin_connections``.
    """

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.credentials = credentials
        self.url = f"http://127.0.0.1:{self.port}"
        self.seen: list[ProxyRequest] = []
        self.origin_connections = 0

    def __enter__(self) -> HTTPProxy:
        super().__enter__()
        return self

    def url_with(self, user: str, password: str) -> str:
        """The proxy's URL with credentials in it (percent-encoded)."""
        return f"http://{quote(user, safe='')}:{quote(password, safe='')}@127.0.0.1:{self.port}"

    def _authorized(self, headers: tuple[tuple[str, str], ...]) -> bool:
        if self.credentials is None:
            return True
        value = next((v for k, v in headers if k.lower() == "proxy-authorization"), "")
        scheme, _, token = value.strip().partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
        return decoded == f"{self.credentials[0]}:{self.credentials[1]}"

    def _handle(self, client: socket.socket, connection: int) -> None:
        reader = _Reader(client)
        # Holds the current origin connection, so that the finally clause below sees the
        # one _forward opened even when _forward fails half-way.
        upstreams: list[_Upstream] = []
        try:
            while not self._stopping.is_set():
                head = reader.until(b"\r\n\r\n")
                if head is None:
                    return
                try:
                    method, target, version, headers = _parse_request(head)
                except ValueError:
                    client.sendall(_answer(400, "Bad Request", close=True))
                    return
                authorized = self._authorized(headers)
                with self._lock:
                    self.seen.append(ProxyRequest(connection, method, target, headers, authorized))
                if not authorized:
                    for _ in _body(reader, headers):
                        pass
                    client.sendall(
                        _answer(407, "Proxy Authentication Required", _CHALLENGE, close=False)
                    )
                    continue
                if method == "CONNECT":
                    while upstreams:
                        self._retire(upstreams.pop())
                    self._connect(client, reader, target)
                    return
                if not self._forward(client, reader, upstreams, method, target, version, headers):
                    return
        finally:
            for upstream in upstreams:
                # The client is done sending: let the origin finish its answer, then stop.
                with contextlib.suppress(OSError):
                    upstream.sock.shutdown(socket.SHUT_WR)
                self._wait(upstream)

    def _connect(self, client: socket.socket, reader: _Reader, authority: str) -> None:
        host, port = _split_authority(authority)
        try:
            origin = self._dial(host, port)
        except OSError:
            client.sendall(_answer(502, "Bad Gateway", close=True))
            return
        with self._lock:
            self.origin_connections += 1
        try:
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            early = bytes(reader.buffer)
            reader.buffer.clear()
            self._tunnel(client, origin, early)
        finally:
            self._release(origin)

    def _forward(
        self,
        client: socket.socket,
        reader: _Reader,
        upstreams: list[_Upstream],
        method: str,
        target: str,
        version: str,
        headers: tuple[tuple[str, str], ...],
    ) -> bool:
        """Send one request on to its origin; False when the client connection is done.

        The answer is relayed by the origin connection's own thread (_relay_answers).
        """
        parts = urlsplit(target)
        if parts.scheme != "http" or not parts.hostname:
            client.sendall(_answer(400, "Bad Request", close=True))
            return False
        key = (parts.hostname, parts.port or 80)
        if upstreams and (upstreams[0].key != key or upstreams[0].ended.is_set()):
            self._retire(upstreams.pop())
        if not upstreams:
            try:
                origin = self._dial(*key)
            except OSError:
                client.sendall(_answer(502, "Bad Gateway", close=True))
                return False
            with self._lock:
                self.origin_connections += 1
            upstreams.append(_Upstream(key, origin))
            upstreams[0].thread = self._start(self._relay_answers, upstreams[0], client)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"{method} {path} {version}"]
        lines += [f"{k}: {v}" for k, v in headers if k.lower() not in _PROXY_ONLY]
        origin = upstreams[0].sock
        try:
            origin.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            for piece in _body(reader, headers):
                origin.sendall(piece)
        except OSError:
            # The origin hung up mid-request; _relay_answers hangs up on the client too.
            return False
        return True

    def _relay_answers(self, upstream: _Upstream, client: socket.socket) -> None:
        try:
            while data := upstream.sock.recv(65536):
                client.sendall(data)
        except OSError:
            pass
        finally:
            upstream.ended.set()
            if not upstream.retired.is_set():
                # The origin ended the connection (or the client stopped reading): the
                # client must see its own connection end, as it would without a proxy.
                with contextlib.suppress(OSError):
                    client.shutdown(socket.SHUT_RDWR)
            self._release(upstream.sock)

    def _retire(self, upstream: _Upstream) -> None:
        upstream.retired.set()
        with contextlib.suppress(OSError):
            upstream.sock.shutdown(socket.SHUT_RDWR)
        self._wait(upstream)

    def _wait(self, upstream: _Upstream) -> None:
        while upstream.thread is not None and upstream.thread.is_alive():
            if self._stopping.is_set():
                return
            upstream.thread.join(timeout=0.1)


_CHALLENGE = ("Proxy-Authenticate", 'Basic realm="test"')
_PROXY_ONLY = frozenset({"proxy-authorization", "proxy-connection"})


def _parse_request(head: bytes) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ")
    if not method.isalpha() or not version.startswith("HTTP/1."):
        raise ValueError(f"not an HTTP/1.x request line: {lines[0]!r}")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise ValueError(f"not a header line: {line!r}")
        headers.append((name, value.strip()))
    return method, target, version, tuple(headers)


def _body(reader: _Reader, headers: tuple[tuple[str, str], ...]) -> Iterator[bytes]:
    """The request body's bytes as they arrive, in whichever framing the client used."""
    fields = {k.lower(): v for k, v in headers}
    if "chunked" in fields.get("transfer-encoding", "").lower():
        yield from reader.chunked()
    elif length := int(fields.get("content-length", "0") or "0"):
        yield from reader.pieces(length)


def _answer(status: int, reason: str, *headers: tuple[str, str], close: bool) -> bytes:
    body = f"{status} {reason}\n".encode()
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers)]
    lines += ["Content-Type: text/plain", f"Content-Length: {len(body)}"]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _split_authority(authority: str) -> tuple[str, int]:
    host, colon, port = authority.rpartition(":")
    if not colon or not port.isdigit():
        raise ValueError(f"not host:port: {authority!r}")
    return host.removeprefix("[").removesuffix("]"), int(port)


# SOCKS5


class SocksRequest(NamedTuple):
    """One CONNECT a client asked of the SOCKS5 proxy."""

    connection: int  # 1 for the first client connection the proxy accepted
    host: str  # as the client sent it: a domain name (socks5h) or an IP address (socks5)
    port: int
    address_type: Literal["ipv4", "domain", "ipv6"]
    username: str | None  # None when no authentication took place
    reply: int  # the reply code sent back: 0 success, 4 unresolvable, 5 refused, 7 not CONNECT

    @property
    def auth(self) -> bool:
        return self.username is not None


class Socks5Proxy(_Server):
    """A SOCKS5 proxy (RFC 1928) that tunnels CONNECT requests to IPv4, IPv6 and domain
    name destinations; other commands get reply 7 (command not supported).

    Without credentials it offers only "no authentication"; with ``credentials=(user,
    password)`` only username/password (RFC 1929), refusing (and counting in
    ``auth_failures``) a wrong pair. A client that offers no method the proxy accepts
    gets 0xFF and is disconnected.

    Records each CONNECT request in ``seen`` (``SocksRequest``, whatever the outcome of
    the connection to the destination) and counts client connections in ``connections``.
    """

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.credentials = credentials
        self.url = f"socks5://127.0.0.1:{self.port}"
        self.seen: list[SocksRequest] = []
        self.auth_failures = 0

    def __enter__(self) -> Socks5Proxy:
        super().__enter__()
        return self

    def url_with(self, user: str, password: str, scheme: str = "socks5") -> str:
        """The proxy's URL with credentials in it (percent-encoded), e.g. with
        ``scheme="socks5h"`` for clients that should let the proxy resolve names."""
        credentials = f"{quote(user, safe='')}:{quote(password, safe='')}"
        return f"{scheme}://{credentials}@127.0.0.1:{self.port}"

    def _handle(self, client: socket.socket, connection: int) -> None:
        reader = _Reader(client)
        greeting = reader.exactly(2)
        if greeting is None or greeting[0] != 5:
            return
        methods = reader.exactly(greeting[1])
        if methods is None:
            return
        method = 0x02 if self.credentials is not None else 0x00
        if method not in methods:
            client.sendall(b"\x05\xff")
            return
        client.sendall(bytes([5, method]))
        username = None
        if self.credentials is not None:
            username = self._authenticate(client, reader)
            if username is None:
                return
        request = reader.exactly(4)
        if request is None or request[0] != 5:
            return
        command, address_type = request[1], request[3]
        destination = self._read_destination(reader, address_type)
        if destination is None:
            client.sendall(_socks_reply(0x08))
            return
        host, port, kind = destination
        origin = None
        code = 0x07  # command not supported: only CONNECT is
        if command == 0x01:
            origin, code = self._try_dial(host, port)
        with self._lock:
            self.seen.append(SocksRequest(connection, host, port, kind, username, code))
        if origin is None:
            client.sendall(_socks_reply(code))
            return
        try:
            bound = origin.getsockname()
            client.sendall(_socks_reply(0, bound[0], bound[1]))
            early = bytes(reader.buffer)
            reader.buffer.clear()
            self._tunnel(client, origin, early)
        finally:
            self._release(origin)

    def _authenticate(self, client: socket.socket, reader: _Reader) -> str | None:
        assert self.credentials is not None
        head = reader.exactly(2)
        if head is None or head[0] != 1:
            return None
        user = reader.exactly(head[1])
        size = reader.exactly(1)
        password = reader.exactly(size[0]) if size is not None else None
        if user is None or password is None:
            return None
        pair = (user.decode("utf-8", "replace"), password.decode("utf-8", "replace"))
        if pair != self.credentials:
            with self._lock:
                self.auth_failures += 1
            client.sendall(b"\x01\x01")
            return None
        client.sendall(b"\x01\x00")
        return pair[0]

    @staticmethod
    def _read_destination(
        reader: _Reader, address_type: int
    ) -> tuple[str, int, Literal["ipv4", "domain", "ipv6"]] | None:
        kind: Literal["ipv4", "domain", "ipv6"]
        if address_type == 0x01:
            raw = reader.exactly(4)
            host = socket.inet_ntop(socket.AF_INET, raw) if raw is not None else None
            kind = "ipv4"
        elif address_type == 0x04:
            raw = reader.exactly(16)
            host = socket.inet_ntop(socket.AF_INET6, raw) if raw is not None else None
            kind = "ipv6"
        elif address_type == 0x03:
            size = reader.exactly(1)
            raw = reader.exactly(size[0]) if size is not None else None
            host = raw.decode("idna") if raw is not None else None
            kind = "domain"
        else:
            return None
        port = reader.exactly(2)
        if host is None or port is None:
            raise ConnectionAbortedError("closed mid-request")
        return host, int.from_bytes(port, "big"), kind

    def _try_dial(self, host: str, port: int) -> tuple[socket.socket | None, int]:
        try:
            return self._dial(host, port), 0x00
        except ConnectionRefusedError:
            return None, 0x05
        except socket.gaierror:
            return None, 0x04  # host unreachable: the name does not resolve
        except TimeoutError:
            return None, 0x06
        except OSError:
            return None, 0x01


def _socks_reply(code: int, host: str = "0.0.0.0", port: int = 0) -> bytes:
    address = ipaddress.ip_address(host)
    kind = b"\x01" if address.version == 4 else b"\x04"
    return b"\x05" + bytes([code]) + b"\x00" + kind + address.packed + port.to_bytes(2, "big")


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
