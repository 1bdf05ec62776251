"""One keep-alive HTTP/1.1 connection, its responses read by aiohttp's HTTP parser.

aiohttp's parser (llhttp, in C) does the hard part: status line, headers, chunked and
length-delimited bodies, gzip/deflate. What aiohttp's ``ClientSession`` adds around it
per request (a ``ClientRequest``, cookies, tracing, timers, URL objects) cost half of
the client's CPU in the benchmarks, so this module drives the parser directly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiohttp.base_protocol import BaseProtocol
from aiohttp.http import HttpResponseParser, RawResponseMessage
from aiohttp.streams import StreamReader

from ..errors import TransportError

# The parser's read-buffer size (aiohttp's own default).
_READ_LIMIT = 2**16


class ClosedBeforeResponse(TransportError):
    """The connection closed before a single byte of the response arrived.

    On a pooled connection this is usually the server having closed it while it sat
    idle, so an idempotent request can be sent again on a new connection.
    """


class HTTPConnection(BaseProtocol):
    """Sends one request at a time and hands back ``(message, body)``."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        on_lost: Callable[[HTTPConnection], None],
    ) -> None:
        super().__init__(loop)
        self._on_lost = on_lost
        self._response_parser = HttpResponseParser(
            self, loop, _READ_LIMIT, read_until_eof=True, auto_decompress=True
        )
        self._waiter: asyncio.Future[tuple[RawResponseMessage, bytes]] | None = None
        self._message: RawResponseMessage | None = None
        self._payload: StreamReader | None = None
        self._received = False
        self.lost: asyncio.Future[None] = loop.create_future()
        self.reusable = False
        self.idle_since = 0.0

    # aiohttp's StreamReader pauses reading while its buffer is full, until the body is
    # read. Here the body is read only once complete (it is decoded in one piece), so a
    # pause would stall any body larger than the buffer: reading is never paused.
    def pause_reading(self) -> None:
        pass

    def resume_reading(self, resume_parser: bool = True) -> None:
        pass

    def data_received(self, data: bytes) -> None:
        if self._waiter is None or self._waiter.done():
            # Nothing asked for this (say, a 408 sent before an idle close).
            self.close()
            return
        self._received = True
        try:
            messages, _upgraded, _tail = self._response_parser.feed_data(data)
        except Exception as exc:
            self._fail(TransportError(f"invalid HTTP response: {type(exc).__name__}: {exc}"))
            self.close()
            return
        for message, payload in messages:
            # 1xx answers are interim: the real response follows on the same connection.
            if not 100 <= message.code < 200:
                self._message, self._payload = message, payload
        self._check_payload()

    def connection_lost(self, exc: BaseException | None) -> None:
        super().connection_lost(exc)
        try:
            # A body without a length ends with the connection.
            self._response_parser.feed_eof()
        except Exception as error:
            self._fail(TransportError(f"incomplete HTTP response: {type(error).__name__}: {error}"))
        self._check_payload()
        if self._received:
            self._fail(TransportError("the server closed the connection mid-response"))
        else:
            self._fail(ClosedBeforeResponse("the server closed the connection before responding"))
        if not self.lost.done():
            self.lost.set_result(None)
        self._on_lost(self)

    # --- use -------------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.transport is not None and not self.transport.is_closing()

    async def exchange(self, request: bytes) -> tuple[RawResponseMessage, bytes]:
        transport = self.transport
        if transport is None or transport.is_closing():
            raise ClosedBeforeResponse("the connection was closed before the request was sent")
        waiter: asyncio.Future[tuple[RawResponseMessage, bytes]] = self._loop.create_future()
        self._waiter = waiter
        self._received = False
        self.reusable = False
        transport.write(request)
        return await waiter

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    # --- internals -------------------------------------------------------------------
    def _check_payload(self) -> None:
        payload, message = self._payload, self._message
        if payload is None or message is None:
            return
        error = payload.exception()
        if error is not None:
            self._payload = self._message = None
            self._fail(TransportError(f"invalid response body: {type(error).__name__}: {error}"))
            self.close()
        elif payload.is_eof():
            self._payload = self._message = None
            body = payload.read_nowait(-1)
            self.reusable = not message.should_close and self.is_open()
            waiter = self._waiter
            if waiter is not None and not waiter.done():
                waiter.set_result((message, body))

    def _fail(self, error: TransportError) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)
