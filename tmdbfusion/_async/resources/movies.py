"""``client.movies``: TMDB's "Movies" reference group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._argument_checks import check_change_range, check_rating, check_sessions
from ..._registry import movies as ops
from ..._typing import AsyncOperation, ModeT
from ...models import (
    Credits,
    ExternalIds,
    Images,
    MovieAppend,
    MovieDetails,
    MovieKeywords,
    MovieListItem,
    MovieReleaseDates,
    Page,
    StatusResponse,
    Videos,
)
from ...models.changes import Changes
from ...models.movies import DatedMoviePage, MovieAlternativeTitles
from ...models.reviews import ReviewsPage
from ...models.title_parts import AccountStates, ListsPage, Translations
from ...models.watch import WatchProviders
from ._resource import AsyncResource


class AsyncMovies(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        movie_id: int,
        *,
        append_to_response: Sequence[MovieAppend] | None = None,
        language: str | None = None,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> MovieDetails:
        """A movie's details, plus up to 20 ``append_to_response`` parts in one request.

        ``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.
        """
        check_sessions(session_id, guest_session_id, required=False, label="movies.details")
        return await self._call(
            ops.DETAILS,
            (movie_id,),
            {
                "append_to_response": append_to_response,
                "language": language,
                "session_id": session_id,
                "guest_session_id": guest_session_id,
            },
        )

    @AsyncOperation
    async def account_states(
        self,
        movie_id: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> AccountStates:
        """Whether the session's user rated, favourited or watchlisted the movie."""
        check_sessions(session_id, guest_session_id, required=True, label="movies.account_states")
        return await self._call(
            ops.ACCOUNT_STATES,
            (movie_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def alternative_titles(
        self, movie_id: int, *, country: str | None = None
    ) -> MovieAlternativeTitles:
        """The movie's other titles, optionally for one country (ISO 3166-1 code)."""
        return await self._call(ops.ALTERNATIVE_TITLES, (movie_id,), {"country": country})

    @AsyncOperation
    async def changes(
        self,
        movie_id: int,
        *,
        end_date: str | dt.date | None = None,
        page: int | None = None,
        start_date: str | dt.date | None = None,
    ) -> Changes:
        """Recent edits to the movie: the last 24 hours, or a window of at most 14 days."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.CHANGES, (movie_id,), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def credits(self, movie_id: int, *, language: str | None = None) -> Credits:
        """The movie's cast and crew."""
        return await self._call(ops.CREDITS, (movie_id,), {"language": language})

    @AsyncOperation
    async def external_ids(self, movie_id: int) -> ExternalIds:
        """The movie's ids on other sites (IMDb, Wikidata, Facebook, ...)."""
        return await self._call(ops.EXTERNAL_IDS, (movie_id,))

    @AsyncOperation
    async def images(
        self,
        movie_id: int,
        *,
        include_image_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Images:
        """The movie's backdrops, logos and posters.

        ``include_image_language`` adds languages (``["en", "null"]``; "null" means none).
        """
        return await self._call(
            ops.IMAGES,
            (movie_id,),
            {"include_image_language": include_image_language, "language": language},
        )

    @AsyncOperation
    async def keywords(self, movie_id: int) -> MovieKeywords:
        """The keywords the movie is tagged with."""
        return await self._call(ops.KEYWORDS, (movie_id,))

    @AsyncOperation
    async def latest(self) -> MovieDetails:
        """The movie most recently added to TMDB."""
        return await self._call(ops.LATEST)

    @AsyncOperation
    async def lists(
        self, movie_id: int, *, language: str | None = None, page: int | None = None
    ) -> ListsPage:
        """Public user lists that contain the movie."""
        return await self._call(ops.LISTS, (movie_id,), {"language": language, "page": page})

    @AsyncOperation
    async def recommendations(
        self, movie_id: int, *, language: str | None = None, page: int | None = None
    ) -> Page[MovieListItem]:
        """Movies TMDB recommends to people who liked this one."""
        return await self._call(
            ops.RECOMMENDATIONS, (movie_id,), {"language": language, "page": page}
        )

    @AsyncOperation
    async def release_dates(self, movie_id: int) -> MovieReleaseDates:
        """Release dates and certifications, by country."""
        return await self._call(ops.RELEASE_DATES, (movie_id,))

    @AsyncOperation
    async def reviews(
        self, movie_id: int, *, language: str | None = None, page: int | None = None
    ) -> ReviewsPage:
        """User reviews of the movie."""
        return await self._call(ops.REVIEWS, (movie_id,), {"language": language, "page": page})

    @AsyncOperation
    async def similar(
        self, movie_id: int, *, language: str | None = None, page: int | None = None
    ) -> Page[MovieListItem]:
        """Movies similar to this one, by keywords and genres."""
        return await self._call(ops.SIMILAR, (movie_id,), {"language": language, "page": page})

    @AsyncOperation
    async def translations(self, movie_id: int) -> Translations:
        """The movie's title, overview and tagline in every language TMDB has."""
        return await self._call(ops.TRANSLATIONS, (movie_id,))

    @AsyncOperation
    async def videos(self, movie_id: int, *, language: str | None = None) -> Videos:
        """Trailers, teasers and clips of the movie."""
        return await self._call(ops.VIDEOS, (movie_id,), {"language": language})

    @AsyncOperation
    async def watch_providers(self, movie_id: int) -> WatchProviders:
        """Where to stream, rent or buy the movie, by country (data from JustWatch)."""
        return await self._call(ops.WATCH_PROVIDERS, (movie_id,))

    @AsyncOperation
    async def add_rating(
        self,
        movie_id: int,
        *,
        value: float,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Rate the movie (0.5 to 10.0, in steps of 0.5) as a user or a guest."""
        rating = check_rating(value)
        check_sessions(session_id, guest_session_id, required=True, label="movies.add_rating")
        return await self._call(
            ops.ADD_RATING,
            (movie_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
            {"value": rating},
        )

    @AsyncOperation
    async def delete_rating(
        self,
        movie_id: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Remove the user's or guest's rating of the movie."""
        check_sessions(session_id, guest_session_id, required=True, label="movies.delete_rating")
        return await self._call(
            ops.DELETE_RATING,
            (movie_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def now_playing(
        self, *, language: str | None = None, page: int | None = None, region: str | None = None
    ) -> DatedMoviePage:
        """Movies in theatres now, with the date window TMDB used."""
        return await self._call(
            ops.NOW_PLAYING, (), {"language": language, "page": page, "region": region}
        )

    @AsyncOperation
    async def popular(
        self, *, language: str | None = None, page: int | None = None, region: str | None = None
    ) -> Page[MovieListItem]:
        """Movies ordered by popularity."""
        return await self._call(
            ops.POPULAR, (), {"language": language, "page": page, "region": region}
        )

    @AsyncOperation
    async def top_rated(
        self, *, language: str | None = None, page: int | None = None, region: str | None = None
    ) -> Page[MovieListItem]:
        """Movies ordered by rating."""
        return await self._call(
            ops.TOP_RATED, (), {"language": language, "page": page, "region": region}
        )

    @AsyncOperation
    async def upcoming(
        self, *, language: str | None = None, page: int | None = None, region: str | None = None
    ) -> DatedMoviePage:
        """Movies soon in theatres, with the date window TMDB used."""
        return await self._call(
            ops.UPCOMING, (), {"language": language, "page": page, "region": region}
        )
