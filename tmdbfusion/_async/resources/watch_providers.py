"""``client.watch_providers``: the provider and region lists of TMDB's "Watch Providers"
reference group."""

from __future__ import annotations

from ..._registry import watch_providers as ops
from ..._typing import AsyncOperation, ModeT
from ...models.watch_providers_list import WatchProviderList, WatchRegions
from ._resource import AsyncResource


class AsyncWatchProviders(AsyncResource[ModeT]):
    @AsyncOperation
    async def regions(self, *, language: str | None = None) -> WatchRegions:
        """The countries TMDB has watch-provider data for."""
        return await self._call(ops.REGIONS, (), {"language": language})

    @AsyncOperation
    async def movie_list(
        self, *, language: str | None = None, watch_region: str | None = None
    ) -> WatchProviderList:
        """Streaming, rental and purchase providers for movies (in one region, if given)."""
        return await self._call(
            ops.MOVIE_LIST, (), {"language": language, "watch_region": watch_region}
        )

    @AsyncOperation
    async def tv_list(
        self, *, language: str | None = None, watch_region: str | None = None
    ) -> WatchProviderList:
        """Streaming, rental and purchase providers for TV (in one region, if given)."""
        return await self._call(
            ops.TV_LIST, (), {"language": language, "watch_region": watch_region}
        )
