"""The asyncio transport, on one pooled aiohttp session created on first use."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

import aiohttp

from ..errors import TransportError
from .response import HTTPResponse


class AsyncHTTPTransport:
    def __init__(self, *, timeout: float, max_connections: int) -> None:
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(max_connections)

    def _get_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and not self._session.closed and self._loop is not loop:
            # aiohttp sessions cannot move between loops; say so instead of failing deep
            # inside aiohttp (typically: asyncio.run() called twice with one client).
            raise TransportError(
                "this AsyncTMDBClient's connections belong to another event loop: create the "
                "client inside the loop that uses it, or close() it before switching loops"
            )
        if self._session is None or self._session.closed:
            self._loop = loop
            # A semaphore belongs to the loop it first waited on: a new one per session.
            self._slots = asyncio.Semaphore(self._max_connections)
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                limit_per_host=self._max_connections,
                ttl_dns_cache=300,
            )
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=self._timeout, raise_for_status=False
            )
        return self._session

    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
    ) -> HTTPResponse:
        session = self._get_session()
        # Requests beyond max_connections wait for their turn here, not in aiohttp's
        # pool: aiohttp's timeout starts when a request is made, so a request queued
        # behind slow ones would time out without ever having been sent.
        async with self._slots:
            try:
                async with session.request(
                    method, url, params=params, headers=headers, data=body
                ) as response:
                    content = await response.read()
                    return HTTPResponse(response.status, response.headers, content)
            except TimeoutError as exc:
                raise TransportError(f"timed out: {type(exc).__name__}", timeout=True) from None
            except aiohttp.ClientError as exc:
                raise TransportError(f"{type(exc).__name__}: {exc}") from None

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()
