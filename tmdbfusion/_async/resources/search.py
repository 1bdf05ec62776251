"""``client.search``: TMDB's "Search" reference group."""

from __future__ import annotations

from ..._registry import search as ops
from ...models import MovieListItem, Page
from ._resource import AsyncResource


class AsyncSearch(AsyncResource):
    async def movie(
        self,
        *,
        query: str,
        include_adult: bool | None = None,
        language: str | None = None,
        primary_release_year: str | int | None = None,
        page: int | None = None,
        region: str | None = None,
        year: str | int | None = None,
    ) -> Page[MovieListItem]:
        """Search movies by their original, translated and alternative titles."""
        return await self._client._call(
            ops.MOVIE,
            (),
            {
                "query": query,
                "include_adult": include_adult,
                "language": language,
                "primary_release_year": primary_release_year,
                "page": page,
                "region": region,
                "year": year,
            },
        )
