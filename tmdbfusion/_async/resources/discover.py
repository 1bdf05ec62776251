"""``client.discover``: TMDB's "Discover" reference group.

Every filter TMDB documents is a keyword argument, its dots turned into underscores
(``vote_average_gte`` is sent as ``vote_average.gte``). Dates are ``YYYY-MM-DD``
strings or ``datetime.date``. Id filters take one id, a sequence of ids that must
all match, or TMDB's own string syntax (``"28|12"`` for either).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._discover_checks import check_discover_query
from ..._registry import discover as ops
from ..._typing import AsyncOperation, ModeT
from ...models.discover import Filter, MovieSortBy, TVSortBy
from ...models.movies import MovieListItem
from ...models.pages import Page
from ...models.tv import TVListItem
from ._resource import AsyncResource

Date = str | dt.date


class AsyncDiscover(AsyncResource[ModeT]):
    @AsyncOperation
    async def movie(
        self,
        *,
        certification: str | None = None,
        certification_gte: str | None = None,
        certification_lte: str | None = None,
        certification_country: str | None = None,
        include_adult: bool | None = None,
        include_video: bool | None = None,
        language: str | None = None,
        page: int | None = None,
        primary_release_year: int | None = None,
        primary_release_date_gte: Date | None = None,
        primary_release_date_lte: Date | None = None,
        region: str | None = None,
        release_date_gte: Date | None = None,
        release_date_lte: Date | None = None,
        sort_by: MovieSortBy | None = None,
        vote_average_gte: float | None = None,
        vote_average_lte: float | None = None,
        vote_count_gte: float | None = None,
        vote_count_lte: float | None = None,
        watch_region: str | None = None,
        with_cast: Filter | None = None,
        with_companies: Filter | None = None,
        with_crew: Filter | None = None,
        with_genres: Filter | None = None,
        with_keywords: Filter | None = None,
        with_origin_country: str | None = None,
        with_original_language: str | None = None,
        with_people: Filter | None = None,
        with_release_type: Filter | None = None,
        with_runtime_gte: int | None = None,
        with_runtime_lte: int | None = None,
        with_watch_monetization_types: str | Sequence[str] | None = None,
        with_watch_providers: Filter | None = None,
        without_companies: Filter | None = None,
        without_genres: Filter | None = None,
        without_keywords: Filter | None = None,
        without_watch_providers: Filter | None = None,
        year: int | None = None,
    ) -> Page[MovieListItem]:
        """Movies matching every filter given, sorted by ``sort_by``."""
        query = check_discover_query(
            ops.MOVIE,
            {
                "certification": certification,
                "certification.gte": certification_gte,
                "certification.lte": certification_lte,
                "certification_country": certification_country,
                "include_adult": include_adult,
                "include_video": include_video,
                "language": language,
                "page": page,
                "primary_release_year": primary_release_year,
                "primary_release_date.gte": primary_release_date_gte,
                "primary_release_date.lte": primary_release_date_lte,
                "region": region,
                "release_date.gte": release_date_gte,
                "release_date.lte": release_date_lte,
                "sort_by": sort_by,
                "vote_average.gte": vote_average_gte,
                "vote_average.lte": vote_average_lte,
                "vote_count.gte": vote_count_gte,
                "vote_count.lte": vote_count_lte,
                "watch_region": watch_region,
                "with_cast": with_cast,
                "with_companies": with_companies,
                "with_crew": with_crew,
                "with_genres": with_genres,
                "with_keywords": with_keywords,
                "with_origin_country": with_origin_country,
                "with_original_language": with_original_language,
                "with_people": with_people,
                "with_release_type": with_release_type,
                "with_runtime.gte": with_runtime_gte,
                "with_runtime.lte": with_runtime_lte,
                "with_watch_monetization_types": with_watch_monetization_types,
                "with_watch_providers": with_watch_providers,
                "without_companies": without_companies,
                "without_genres": without_genres,
                "without_keywords": without_keywords,
                "without_watch_providers": without_watch_providers,
                "year": year,
            },
        )
        return await self._call(ops.MOVIE, (), query)

    @AsyncOperation
    async def tv(
        self,
        *,
        air_date_gte: Date | None = None,
        air_date_lte: Date | None = None,
        first_air_date_year: int | None = None,
        first_air_date_gte: Date | None = None,
        first_air_date_lte: Date | None = None,
        include_adult: bool | None = None,
        include_null_first_air_dates: bool | None = None,
        language: str | None = None,
        page: int | None = None,
        screened_theatrically: bool | None = None,
        sort_by: TVSortBy | None = None,
        timezone: str | None = None,
        vote_average_gte: float | None = None,
        vote_average_lte: float | None = None,
        vote_count_gte: float | None = None,
        vote_count_lte: float | None = None,
        watch_region: str | None = None,
        with_companies: Filter | None = None,
        with_genres: Filter | None = None,
        with_keywords: Filter | None = None,
        with_networks: Filter | None = None,
        with_origin_country: str | None = None,
        with_original_language: str | None = None,
        with_runtime_gte: int | None = None,
        with_runtime_lte: int | None = None,
        with_status: Filter | None = None,
        with_watch_monetization_types: str | Sequence[str] | None = None,
        with_watch_providers: Filter | None = None,
        without_companies: Filter | None = None,
        without_genres: Filter | None = None,
        without_keywords: Filter | None = None,
        without_watch_providers: Filter | None = None,
        with_type: Filter | None = None,
    ) -> Page[TVListItem]:
        """TV series matching every filter given, sorted by ``sort_by``."""
        query = check_discover_query(
            ops.TV,
            {
                "air_date.gte": air_date_gte,
                "air_date.lte": air_date_lte,
                "first_air_date_year": first_air_date_year,
                "first_air_date.gte": first_air_date_gte,
                "first_air_date.lte": first_air_date_lte,
                "include_adult": include_adult,
                "include_null_first_air_dates": include_null_first_air_dates,
                "language": language,
                "page": page,
                "screened_theatrically": screened_theatrically,
                "sort_by": sort_by,
                "timezone": timezone,
                "vote_average.gte": vote_average_gte,
                "vote_average.lte": vote_average_lte,
                "vote_count.gte": vote_count_gte,
                "vote_count.lte": vote_count_lte,
                "watch_region": watch_region,
                "with_companies": with_companies,
                "with_genres": with_genres,
                "with_keywords": with_keywords,
                "with_networks": with_networks,
                "with_origin_country": with_origin_country,
                "with_original_language": with_original_language,
                "with_runtime.gte": with_runtime_gte,
                "with_runtime.lte": with_runtime_lte,
                "with_status": with_status,
                "with_watch_monetization_types": with_watch_monetization_types,
                "with_watch_providers": with_watch_providers,
                "without_companies": without_companies,
                "without_genres": without_genres,
                "without_keywords": without_keywords,
                "without_watch_providers": without_watch_providers,
                "with_type": with_type,
            },
        )
        return await self._call(ops.TV, (), query)
