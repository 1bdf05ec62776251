"""``client.watch_providers``: the provider and region lists of TMDB's "Watch Providers"
reference group."""

from __future__ import annotations

from ..._registry import watch_providers as ops
from ...models.watch_providers_list import WatchProviderList, WatchRegions
from ._resource import AsyncResource


class AsyncWatchProviders(AsyncResource):
    async def regions(self, *, language: str | None = None) -> WatchRegions:
        """The countries TMDB has watch-provider data for."""
        return await self._client._call(ops.REGIONS, (), {"language": language})

    async def movie_list(
        self, *, language: str | None = None, watch_region: str | None = None
    ) -> WatchProviderList:
        """Streaming, rental and purchase providers for movies (in one region, if given)."""
        return await self._client._call(
            ops.MOVIE_LIST, (), {"language": language, "watch_region": watch_region}
        )

    async def tv_list(
        self, *, language: str | None = None, watch_region: str | None = None
    ) -> WatchProviderList:
        """Streaming, rental and purchase providers for TV (in one region, if given)."""
        return await self._client._call(
            ops.TV_LIST, (), {"language": language, "watch_region": watch_region}
        )
