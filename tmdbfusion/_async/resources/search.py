"""``client.search``: TMDB's "Search" reference group."""

from __future__ import annotations

from ..._registry import search as ops
from ..._typing import AsyncOperation, ModeT
from ...models.common import Keyword, ProductionCompany
from ...models.media import MediaListItem
from ...models.movies import MovieListItem
from ...models.pages import Page
from ...models.people import PersonListItem
from ...models.search import CollectionListItem
from ...models.tv import TVListItem
from ._resource import AsyncResource


class AsyncSearch(AsyncResource[ModeT]):
    @AsyncOperation
    async def collection(
        self,
        *,
        query: str,
        include_adult: bool | None = None,
        language: str | None = None,
        page: int | None = None,
        region: str | None = None,
    ) -> Page[CollectionListItem]:
        """Search collections by name."""
        return await self._call(
            ops.COLLECTION,
            (),
            {
                "query": query,
                "include_adult": include_adult,
                "language": language,
                "page": page,
                "region": region,
            },
        )

    @AsyncOperation
    async def company(self, *, query: str, page: int | None = None) -> Page[ProductionCompany]:
        """Search companies by their original and alternative names."""
        return await self._call(ops.COMPANY, (), {"query": query, "page": page})

    @AsyncOperation
    async def keyword(self, *, query: str, page: int | None = None) -> Page[Keyword]:
        """Search keywords by name."""
        return await self._call(ops.KEYWORD, (), {"query": query, "page": page})

    @AsyncOperation
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
        return await self._call(
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

    @AsyncOperation
    async def multi(
        self,
        *,
        query: str,
        include_adult: bool | None = None,
        language: str | None = None,
        page: int | None = None,
    ) -> Page[MediaListItem]:
        """Search movies, TV series and people at once; items keep their own class."""
        return await self._call(
            ops.MULTI,
            (),
            {"query": query, "include_adult": include_adult, "language": language, "page": page},
        )

    @AsyncOperation
    async def person(
        self,
        *,
        query: str,
        include_adult: bool | None = None,
        language: str | None = None,
        page: int | None = None,
    ) -> Page[PersonListItem]:
        """Search people by their name and also-known-as names."""
        return await self._call(
            ops.PERSON,
            (),
            {"query": query, "include_adult": include_adult, "language": language, "page": page},
        )

    @AsyncOperation
    async def tv(
        self,
        *,
        query: str,
        first_air_date_year: int | None = None,
        include_adult: bool | None = None,
        language: str | None = None,
        page: int | None = None,
        year: int | None = None,
    ) -> Page[TVListItem]:
        """Search TV series by their original, translated and also-known-as names."""
        return await self._call(
            ops.TV,
            (),
            {
                "query": query,
                "first_air_date_year": first_air_date_year,
                "include_adult": include_adult,
                "language": language,
                "page": page,
                "year": year,
            },
        )
