"""Keep-alive connections per origin, on one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl

from aiohttp.http import RawResponseMessage

from ..errors import TransportError
from .http_connection import ClosedBeforeResponse, HTTPConnection
from .http_request import Origin

logger = logging.getLogger("tmdbfusion")

# An idle connection older than this is not reused: servers close idle connections
# after a while, and a request sent on one they just closed fails.
KEEPALIVE_EXPIRY = 15.0
# How long close() waits for connections to finish closing before it drops them.
_CLOSE_GRACE = 1.0


class ConnectionPool:
    """Hands out open connections, reusing idle ones, and closes them all at the end.

    It does not limit how many connections exist: the transport lets only
    ``max_connections`` requests in at a time, and each holds one connection.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._idle: dict[Origin, list[HTTPConnection]] = {}
        self._connections: set[HTTPConnection] = set()
        self._ssl_context: ssl.SSLContext | None = None

    async def exchange(
        self, origin: Origin, request: bytes, *, resend_if_stale: bool
    ) -> tuple[RawResponseMessage, bytes]:
        """Send ``request`` and return the response's head and body."""
        connection, reused = self._take_idle(origin)
        if connection is None:
            connection = await self._connect(origin)
        try:
            result = await self._exchange_on(connection, request)
        except ClosedBeforeResponse:
            if not (reused and resend_if_stale):
                raise
            # Most likely the server closed this pooled connection while it sat idle and
            # never read the request: an idempotent one goes once more, on a new one.
            logger.debug("%s closed a kept-alive connection; sending again on a new one", origin)
            connection = await self._connect(origin)
            result = await self._exchange_on(connection, request)
        self._put_idle(origin, connection)
        return result

    @staticmethod
    async def _exchange_on(
        connection: HTTPConnection, request: bytes
    ) -> tuple[RawResponseMessage, bytes]:
        try:
            return await connection.exchange(request)
        except BaseException:
            # Failed, cancelled or timed out mid-exchange: a half-read response would
            # corrupt the next one, so this connection is never reused.
            connection.close()
            raise

    def _take_idle(self, origin: Origin) -> tuple[HTTPConnection | None, bool]:
        idle = self._idle.get(origin)
        if idle:
            oldest = self.loop.time() - KEEPALIVE_EXPIRY
            while idle:
                connection = idle.pop()
                if connection.is_open() and connection.idle_since >= oldest:
                    return connection, True
                connection.close()
        return None, False

    def _put_idle(self, origin: Origin, connection: HTTPConnection) -> None:
        if connection.reusable and connection.is_open():
            connection.idle_since = self.loop.time()
            self._idle.setdefault(origin, []).append(connection)
        else:
            connection.close()

    async def _connect(self, origin: Origin) -> HTTPConnection:
        context = self._ssl() if origin.scheme == "https" else None
        try:
            _, connection = await self.loop.create_connection(
                lambda: HTTPConnection(self.loop, self._connections.discard),
                origin.host,
                origin.port,
                ssl=context,
                server_hostname=origin.host if context is not None else None,
                happy_eyeballs_delay=0.25,
            )
        except OSError as exc:
            raise TransportError(
                f"cannot connect to {origin}: {type(exc).__name__}: {exc}"
            ) from None
        self._connections.add(connection)
        return connection

    def _ssl(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def close_nowait(self) -> None:
        """Drop every connection without waiting (for a pool whose loop is gone)."""
        self._idle.clear()
        for connection in list(self._connections):
            # If its loop is closed, the socket goes with the transport.
            with contextlib.suppress(RuntimeError):
                connection.abort()

    async def aclose(self) -> None:
        """Close every connection, idle or in use, and wait until they are closed."""
        self._idle.clear()
        connections = list(self._connections)
        for connection in connections:
            connection.close()
        if connections:
            _, pending = await asyncio.wait(
                [connection.lost for connection in connections], timeout=_CLOSE_GRACE
            )
            if pending:
                # A TLS peer that never answers our close: drop the socket.
                for connection in connections:
                    connection.abort()
                await asyncio.wait(pending, timeout=_CLOSE_GRACE)
