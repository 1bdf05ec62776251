"""``client.movies``: TMDB's "Movies" reference group."""

from __future__ import annotations

from collections.abc import Sequence

from ..._registry import movies as ops
from ...models import MovieAppend, MovieDetails, MovieListItem, Page
from ._resource import AsyncResource


class AsyncMovies(AsyncResource):
    async def details(
        self,
        movie_id: int,
        *,
        append_to_response: Sequence[MovieAppend] | None = None,
        language: str | None = None,
    ) -> MovieDetails:
        """A movie's details, plus up to 20 ``append_to_response`` parts in one request."""
        return await self._client._call(
            ops.DETAILS,
            (movie_id,),
            {"append_to_response": append_to_response, "language": language},
        )

    async def popular(
        self, *, language: str | None = None, page: int | None = None, region: str | None = None
    ) -> Page[MovieListItem]:
        """Movies ordered by popularity."""
        return await self._client._call(
            ops.POPULAR, (), {"language": language, "page": page, "region": region}
        )
