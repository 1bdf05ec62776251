"""``client.configuration``: TMDB's "Configuration" reference group."""

from __future__ import annotations

from ..._registry import configuration as ops
from ...models import Configuration
from ._resource import AsyncResource


class AsyncConfiguration(AsyncResource):
    async def details(self) -> Configuration:
        """Image base URLs and sizes, and the change keys."""
        return await self._client._call(ops.DETAILS)
