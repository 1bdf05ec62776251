"""A bare HTTP/1.1 server on 127.0.0.1 that answers each request with bytes a test writes.

FakeTMDB speaks correct HTTP through aiohttp's server; this one lets a test send what a
real server or proxy sometimes sends instead: chunked or gzipped bodies, bodies that end
with the connection, truncated bodies, interim 1xx answers, garbage, or nothing at all
on a kept-alive connection. It runs in threads, so async and sync tests both use it.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple


class Request(NamedTuple):
    connection: int  # 1 for the first connection the server accepted
    number: int  # 1 for the first request on that connection
    head: bytes
    body: bytes

    @property
    def method(self) -> str:
        return self.head.split(b" ", 1)[0].decode()


class Reply(NamedTuple):
    data: bytes  # b"" sends nothing
    close: bool = False  # close the connection after sending
    delay: float = 0.0  # seconds to wait before sending
    later: bytes = b""  # sent 0.1 s after data, as a separate packet


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
    respond: Callable[[Request], Reply]
    tls: ssl.SSLContext | None = None  # serve https with this server-side context
    requests: list[Request] = field(default_factory=list)
    connections: int = 0

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
        for thread in list(self._threads):
            thread.join(timeout=5)

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
                sock = self.tls.wrap_socket(sock, server_side=True)
                with self._lock:
                    self._sockets.append(sock)
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
                if reply.close:
                    return
        except OSError:
            return
        finally:
            _close(sock)


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
