"""What the clients need from a transport, one Protocol per flavour.

The base client depends on these, never on aiohttp or requests. ``build_sync.py`` turns
``AsyncTransport`` into ``SyncTransport`` by name, so the two must keep the same method
names (only ``aclose``/``close`` differ).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from .response import HTTPResponse


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

    def sleep(self, seconds: float) -> None: ...

    def close(self) -> None: ...
