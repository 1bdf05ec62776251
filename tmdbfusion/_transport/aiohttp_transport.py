"""The asyncio transport: pooled HTTP/1.1 connections, responses parsed by aiohttp."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

from ..errors import TransportError
from .connection_pool import ConnectionPool
from .http_request import encode_request
from .response import HTTPResponse

# Sent again once when a pooled connection turns out closed: RFC 9112 section 9.3.1
# allows it for idempotent methods only.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class AsyncHTTPTransport:
    def __init__(self, *, timeout: float, max_connections: int) -> None:
        self._timeout = timeout
        self._max_connections = max_connections
        self._pool: ConnectionPool | None = None
        self._slots = asyncio.Semaphore(max_connections)

    def _get_pool(self) -> ConnectionPool:
        loop = asyncio.get_running_loop()
        pool = self._pool
        if pool is not None:
            if pool.loop is loop:
                return pool
            # Connections cannot move between loops; say so instead of failing deep
            # inside asyncio (typically: asyncio.run() called twice with one client).
            raise TransportError(
                "this AsyncTMDBClient's connections belong to another event loop: create the "
                "client inside the loop that uses it, or close() it before switching loops"
            )
        # A semaphore belongs to the loop it first waited on: a new one per pool.
        self._slots = asyncio.Semaphore(self._max_connections)
        self._pool = pool = ConnectionPool(loop)
        return pool

    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
    ) -> HTTPResponse:
        pool = self._get_pool()
        origin, request = encode_request(method, url, params, headers, body)
        # Requests beyond max_connections wait for their turn here, before the timeout
        # starts: a request queued behind slow ones has not been sent, so it cannot
        # have timed out.
        async with self._slots:
            try:
                async with asyncio.timeout(self._timeout):
                    message, content = await pool.exchange(
                        origin, request, resend_if_stale=method in _IDEMPOTENT
                    )
            except TimeoutError:
                raise TransportError(f"timed out after {self._timeout:g} s", timeout=True) from None
            except OSError as exc:
                raise TransportError(f"{type(exc).__name__}: {exc}") from None
        return HTTPResponse(message.code, message.headers, content)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if pool.loop is asyncio.get_running_loop():
            await pool.aclose()
        else:
            # Closed from another loop: nothing of the old one can be awaited here.
            pool.close_nowait()
