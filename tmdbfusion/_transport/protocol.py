"""What the clients need from a transport, one Protocol per flavour.

The base client depends on these, never on aiohttp or requests. ``build_sync.py`` turns
``AsyncTransport`` into ``SyncTransport`` by name, so the two must keep the same method
names (only ``aclose``/``close`` differ).

``stream`` serves downloads (the daily ID exports): a GET whose body comes in raw
chunks, bounded by an idle timeout (the longest wait for the headers or for the next
chunk) instead of the whole-request ``timeout``, and not by ``max_response_bytes``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Protocol

from .response import HTTPResponse


class AsyncStreamResponse(Protocol):
    """A streamed answer: its status and headers at once, its body on demand."""

    @property
    def status(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    def chunks(self) -> AsyncIterator[bytes]:
        """The body's bytes as they arrive, exactly as sent (no content-decoding);
        raises ``RequestTimeoutError`` when no byte comes for ``idle_timeout`` seconds,
        ``TransportError`` when the connection fails."""
        ...


class SyncStreamResponse(Protocol):
    """``AsyncStreamResponse``'s twin for the blocking transport."""

    @property
    def status(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    def chunks(self) -> Iterator[bytes]:
        """The body's bytes as they arrive, exactly as sent (no content-decoding);
        raises ``RequestTimeoutError`` when no byte comes for ``idle_timeout`` seconds,
        ``TransportError`` when the connection fails."""
        ...


class AsyncTransport(Protocol):
    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,  # noqa: ASYNC109 (applied with asyncio.timeout by the transport)
    ) -> HTTPResponse:
        """One attempt, bounded end to end by ``timeout`` seconds; raises only
        ``TransportError`` (and its subclasses) for a failed exchange."""
        ...

    def stream(
        self, url: str, *, headers: Mapping[str, str], idle_timeout: float
    ) -> AbstractAsyncContextManager[AsyncStreamResponse]:
        """``async with transport.stream(url, ...) as response:`` a GET whose body is read
        in chunks (``response.chunks()``). No redirect is followed, no cookie kept; the
        connection is released when the block ends. ``idle_timeout`` bounds the wait for
        the headers and for each chunk, never the whole download."""
        ...

    async def sleep(self, seconds: float) -> None: ...

    async def aclose(self) -> None: ...


class SyncTransport(Protocol):
    def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
    ) -> HTTPResponse:
        """One attempt, bounded end to end by ``timeout`` seconds; raises only
        ``TransportError`` (and its subclasses) for a failed exchange."""
        ...

    def stream(
        self, url: str, *, headers: Mapping[str, str], idle_timeout: float
    ) -> AbstractContextManager[SyncStreamResponse]:
        """``with transport.stream(url, ...) as response:``, as ``AsyncTransport.stream``."""
        ...

    def sleep(self, seconds: float) -> None: ...

    def close(self) -> None: ...
