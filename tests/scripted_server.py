"""A bare HTTP/1.1 server on 127.0.0.1 that answers each request with bytes a test writes.

FakeTMDB speaks correct HTTP through aiohttp's server; this one lets a test send what a
real server or proxy sometimes sends instead: chunked or gzipped bodies, bodies that end
with the connection, truncated bodies, interim 1xx answers, garbage, or nothing at all
on a kept-alive connection. It runs in threads, so async and sync tests both use it.

A reply can also go on sending after its first bytes (``Reply.stream`` and ``Reply.pace``):
a head or body that trickles in, a body that never ends, or one far larger than a client
should hold. The helpers at the bottom (``trickle``, ``endless_chunked``, ``huge_body``,
``gzip_bomb``, ``redirect``) build those hostile replies; they make bytes and lazy
iterables only, so an endless or huge body never sits in memory.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http
import itertools
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple


class Request(NamedTuple):
    connection: int  # 1 for the first connection the server accepted
    number: int  # 1 for the first request on that connection
    head: bytes
    body: bytes

    @property
    def method(self) -> str:
        return self.head.split(b" ", 1)[0].decode()


class Reply(NamedTuple):
    """What the server sends for one request, in this order: wait ``delay``, send ``data``,
    send ``later`` 0.1 s after it, then each piece ``stream()`` yields, ``pace`` seconds
    apart; then close the connection if ``close``, else read the next request.

    ``stream`` is a factory, so one Reply can answer many requests; make it return a lazy
    iterator (a generator) so that an endless or huge body is never held in memory. The
    stream stops quietly when the client goes away or the server is stopping.
    """

    data: bytes  # b"" sends nothing
    close: bool = False  # close the connection after sending
    delay: float = 0.0  # seconds to wait before sending
    later: bytes = b""  # sent 0.1 s after data, as a separate packet
    stream: Callable[[], Iterable[bytes]] | None = None  # pieces sent after data and later
    pace: float = 0.0  # seconds between two pieces of stream


StreamOutcome = Literal["complete", "disconnected", "stopped"]


def response(
    body: bytes = b'{"ok": true}',
    *,
    status: int = 200,
    chunked: bool = False,
    gzipped: bool = False,
    length: bool = True,
    headers: tuple[str, ...] = (),
) -> bytes:
    """The bytes of one response, framed as asked."""
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json;charset=utf-8", *headers]
    if gzipped:
        body = gzip.compress(body)
        lines.append("Content-Encoding: gzip")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
        step = 1000
        pieces = [body[i : i + step] for i in range(0, len(body), step)]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
    elif length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class ScriptedServer:
    """Serves ``respond(request)`` for each request, over http or (with ``tls``) https.

    Records every request in ``requests`` and counts accepted connections in
    ``connections``; for streamed replies, ``pieces_sent`` counts the pieces that went out
    and ``stream_outcomes`` says how each stream ended: "complete", "disconnected" (the
    client went away) or "stopped" (the server was leaving its ``with`` block).
    """

    respond: Callable[[Request], Reply]
    tls: ssl.SSLContext | None = None  # serve https with this server-side context
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    pieces_sent: int = 0
    stream_outcomes: list[StreamOutcome] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        scheme = "https" if self.tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._listener.getsockname()[1]}"
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def __enter__(self) -> ScriptedServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        # Shutting the sockets down wakes any thread blocked in recv() or sendall(), so
        # the joins are quick; the deadline only bounds a thread stuck somewhere else.
        deadline = time.monotonic() + 5
        for thread in list(self._threads):
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def _accept(self) -> None:
        # A blocking accept() is not woken by close(): poll, so __exit__ can stop it.
        self._listener.settimeout(0.05)
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(None)
            with self._lock:
                if self._stopping.is_set():
                    # __exit__ has already closed the sockets it knew of.
                    _close(sock)
                    return
                self.connections += 1
                number = self.connections
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, connection: int) -> None:
        buffer = b""
        number = 0
        try:
            if self.tls is not None:
                # Handshake only once the TLS socket is listed, so that __exit__ can
                # interrupt a client that connects and never says hello.
                sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
                with self._lock:
                    self._sockets.append(sock)
                    if self._stopping.is_set():
                        return
                sock.do_handshake()
            while True:
                while b"\r\n\r\n" not in buffer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                size = _content_length(head)
                while len(buffer) < size:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:size], buffer[size:]
                number += 1
                request = Request(connection, number, head, body)
                with self._lock:
                    self.requests.append(request)
                reply = self.respond(request)
                if reply.delay and self._stopping.wait(reply.delay):
                    return
                if reply.data:
                    sock.sendall(reply.data)
                if reply.later:
                    if self._stopping.wait(0.1):
                        return
                    sock.sendall(reply.later)
                if reply.stream is not None and not self._send_stream(sock, reply):
                    return
                if reply.close:
                    return
        except OSError:
            return
        finally:
            _close(sock)

    def _send_stream(self, sock: socket.socket, reply: Reply) -> bool:
        """Send the pieces of ``reply.stream``; False if the connection is done for."""
        assert reply.stream is not None
        pieces = iter(reply.stream())
        outcome: StreamOutcome = "complete"
        try:
            for index, piece in enumerate(pieces):
                if self._stopping.is_set() or (
                    index and reply.pace and self._stopping.wait(reply.pace)
                ):
                    outcome = "stopped"
                    break
                try:
                    sock.sendall(piece)
                except OSError:
                    outcome = "stopped" if self._stopping.is_set() else "disconnected"
                    break
                with self._lock:
                    self.pieces_sent += 1
        finally:
            # Runs the generator's own cleanup now rather than whenever it is collected.
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
            with self._lock:
                self.stream_outcomes.append(outcome)
        return outcome == "complete"


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


# Hostile replies. Each helper makes bytes or a Reply whose stream is a lazy iterator.

JSON_TYPE = "Content-Type: application/json;charset=utf-8"
_PREFIX, _SUFFIX = b'{"x": "', b'"}'


def trickle(data: bytes, every: float, *, after_head: bool = False) -> Reply:
    """A reply that sends ``data`` one byte at a time, ``every`` seconds apart.

    Pass a whole response (``trickle(response(), 1.0)``) for a head that arrives one byte
    a second: the client has nothing to parse until the end, yet never waits a full second
    for a byte, so only a limit on the total time stops it. With ``after_head=True`` the
    head (through its blank line) goes at once and only the body trickles: a server that
    answers promptly and then stalls mid-body.
    """
    head = b""
    if after_head:
        head, blank, data = data.partition(b"\r\n\r\n")
        if not blank:
            raise ValueError("after_head=True, but no blank line ends a head in data")
        head += blank
    return Reply(head, stream=functools.partial(_one_by_one, data), pace=every)


def endless_chunked(piece: bytes, *, pace: float = 0.0) -> Reply:
    """A 200 reply with ``Transfer-Encoding: chunked`` whose chunks never stop coming.

    Every chunk carries ``piece``. With ``pace=0`` the chunks come as fast as the client
    reads them, for tests of a cap on how much of a body a client holds; with a pace, a
    drip that keeps a per-read timeout from ever firing, for tests of a total deadline.
    """
    if not piece:
        raise ValueError("an empty chunk would end the body")
    head = _head(200, JSON_TYPE, "Transfer-Encoding: chunked")
    chunk = b"%x\r\n%s\r\n" % (len(piece), piece)
    return Reply(head, stream=functools.partial(itertools.repeat, chunk), pace=pace)


def huge_body(size: int, piece: int = 65536, *, pace: float = 0.0) -> Reply:
    """A 200 reply with ``Content-Length: size`` whose body is made lazily, in pieces of
    ``piece`` bytes (the last may be shorter).

    The body reads ``{"x": "aaa…"}`` (spaces when ``size`` < 9), so a client without a cap
    on the body's size would parse it fine, after holding all of it. Even
    ``huge_body(2**40)`` costs nothing until a client reads it, and then only one piece.
    """
    if size < 0 or piece < 1:
        raise ValueError("size must be >= 0 and piece >= 1")
    head = _head(200, JSON_TYPE, f"Content-Length: {size}")
    return Reply(head, stream=functools.partial(_huge_body_pieces, size, piece), pace=pace)


@functools.lru_cache(maxsize=8)
def gzip_bomb(inflated_size: int) -> bytes:
    """A whole 200 response whose gzip body inflates to ``inflated_size`` bytes of
    ``{"x": "aaa…"}`` (``Content-Encoding: gzip``, with a Content-Length that is right).

    What travels is about a thousandth of that (10 MiB inflates from about 10 KiB), so only
    a cap on the decoded size stops it, not one on the bytes received. The filler is
    compressed a block at a time, so the inflated data is never in memory here. Cached,
    since tests ask for the same few sizes.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits=31: a gzip wrapper
    parts = [compressor.compress(segment) for segment in _json_filler(inflated_size)]
    parts.append(compressor.flush())
    body = b"".join(parts)
    head = _head(200, JSON_TYPE, "Content-Encoding: gzip", f"Content-Length: {len(body)}")
    return head + body


def redirect(status: int, location: str, *, headers: tuple[str, ...] = ()) -> bytes:
    """A whole 3xx response with ``Location: location`` and a small JSON body
    (Content-Length framed), for tests of whether and where a client follows redirects
    and what it keeps (credentials, method, body) on the way."""
    if not 300 <= status < 400:
        raise ValueError(f"{status} is not a redirect status")
    if "\r" in location or "\n" in location:
        raise ValueError("a line break in location would split the head")
    body = b'{"redirect": %d}' % status
    lines = (JSON_TYPE, f"Location: {location}", *headers, f"Content-Length: {len(body)}")
    return _head(status, *lines) + body


def _head(status: int, *headers: str) -> bytes:
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "X"
    return ("\r\n".join([f"HTTP/1.1 {status} {reason}", *headers]) + "\r\n\r\n").encode()


def _one_by_one(data: bytes) -> Iterator[bytes]:
    for index in range(len(data)):
        yield data[index : index + 1]


def _json_filler(size: int) -> Iterator[bytes]:
    """``size`` bytes of ``{"x": "aaa…"}`` in segments of at most 64 KiB."""
    if size < len(_PREFIX) + len(_SUFFIX):
        if size:
            yield b" " * size
        return
    yield _PREFIX
    remaining = size - len(_PREFIX) - len(_SUFFIX)
    block = b"a" * min(remaining, 65536)
    while remaining > len(block):
        yield block
        remaining -= len(block)
    if remaining:
        yield block[:remaining]
    yield _SUFFIX


def _huge_body_pieces(size: int, piece: int) -> Iterator[bytes]:
    pending = bytearray()
    for segment in _json_filler(size):
        view = memoryview(segment)
        while view:
            take = piece - len(pending)
            pending += view[:take]
            view = view[take:]
            if len(pending) == piece:
                yield bytes(pending)
                pending.clear()
    if pending:
        yield bytes(pending)
