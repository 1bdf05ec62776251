"""``client.trending``: TMDB's "Trending" reference group."""

from __future__ import annotations

from ..._registry import trending as ops
from ..._typing import AsyncOperation, ModeT
from ...models.media import MediaListItem
from ...models.movies import MovieListItem
from ...models.pages import Page
from ...models.people import PersonListItem
from ...models.trending import TimeWindow
from ...models.tv import TVListItem
from ._resource import AsyncResource


class AsyncTrending(AsyncResource[ModeT]):
    @AsyncOperation
    async def all(
        self, time_window: TimeWindow, *, language: str | None = None, page: int | None = None
    ) -> Page[MediaListItem]:
        """Trending movies, TV series and people of the day or week, mixed."""
        return await self._call(ops.ALL, (time_window,), {"language": language, "page": page})

    @AsyncOperation
    async def movies(
        self, time_window: TimeWindow, *, language: str | None = None, page: int | None = None
    ) -> Page[MovieListItem]:
        """Trending movies of the day or week."""
        return await self._call(ops.MOVIES, (time_window,), {"language": language, "page": page})

    @AsyncOperation
    async def people(
        self, time_window: TimeWindow, *, language: str | None = None, page: int | None = None
    ) -> Page[PersonListItem]:
        """Trending people of the day or week."""
        return await self._call(ops.PEOPLE, (time_window,), {"language": language, "page": page})

    @AsyncOperation
    async def tv(
        self, time_window: TimeWindow, *, language: str | None = None, page: int | None = None
    ) -> Page[TVListItem]:
        """Trending TV series of the day or week."""
        return await self._call(ops.TV, (time_window,), {"language": language, "page": page})
