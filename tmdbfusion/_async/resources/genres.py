"""``client.genres``: TMDB's "Genres" reference group."""

from __future__ import annotations

from ..._registry import genres as ops
from ..._typing import AsyncOperation, ModeT
from ...models.genres import GenreList
from ._resource import AsyncResource


class AsyncGenres(AsyncResource[ModeT]):
    @AsyncOperation
    async def movie_list(self, *, language: str | None = None) -> GenreList:
        """The official movie genres, names in ``language``."""
        return await self._call(ops.MOVIE_LIST, (), {"language": language})

    @AsyncOperation
    async def tv_list(self, *, language: str | None = None) -> GenreList:
        """The official TV genres, names in ``language``."""
        return await self._call(ops.TV_LIST, (), {"language": language})
