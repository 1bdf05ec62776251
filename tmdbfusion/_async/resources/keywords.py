"""``client.keywords``: TMDB's "Keywords" reference group."""

from __future__ import annotations

from ..._registry import keywords as ops
from ..._typing import AsyncOperation, ModeT
from ...models import Keyword
from ...models.keywords import KeywordMovies
from ._resource import AsyncResource


class AsyncKeywords(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, keyword_id: int) -> Keyword:
        """A keyword's name."""
        return await self._call(ops.DETAILS, (keyword_id,))

    @AsyncOperation
    async def movies(
        self,
        keyword_id: int,
        *,
        include_adult: bool | None = None,
        language: str | None = None,
        page: int | None = None,
    ) -> KeywordMovies:
        """Movies tagged with the keyword (TMDB suggests discover.movie instead)."""
        return await self._call(
            ops.MOVIES,
            (keyword_id,),
            {"include_adult": include_adult, "language": language, "page": page},
        )
