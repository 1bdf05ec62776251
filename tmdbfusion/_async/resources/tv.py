"""``client.tv``: TMDB's "TV Series" and "TV Series Lists" reference groups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._argument_checks import check_change_range, check_rating, check_sessions
from ..._registry import tv as ops
from ..._typing import AsyncOperation, ModeT
from ...models import Credits, ExternalIds, Images, Page, StatusResponse, Videos
from ...models.changes import Changes
from ...models.reviews import ReviewsPage
from ...models.title_parts import AccountStates, ListsPage, Translations
from ...models.tv import (
    AggregateCredits,
    TVAlternativeTitles,
    TVAppend,
    TVContentRatings,
    TVDetails,
    TVEpisodeGroups,
    TVKeywords,
    TVListItem,
    TVScreenedTheatrically,
)
from ...models.watch import WatchProviders
from ._resource import AsyncResource


class AsyncTV(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        series_id: int,
        *,
        append_to_response: Sequence[TVAppend] | None = None,
        language: str | None = None,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> TVDetails:
        """A series' details, plus up to 20 ``append_to_response`` parts in one request.

        ``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.
        """
        check_sessions(session_id, guest_session_id, required=False, label="tv.details")
        return await self._call(
            ops.DETAILS,
            (series_id,),
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
        series_id: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> AccountStates:
        """Whether the session's user rated, favourited or watchlisted the series."""
        check_sessions(session_id, guest_session_id, required=True, label="tv.account_states")
        return await self._call(
            ops.ACCOUNT_STATES,
            (series_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def aggregate_credits(
        self, series_id: int, *, language: str | None = None
    ) -> AggregateCredits:
        """Everyone who worked on any season, with all their roles and episode counts."""
        return await self._call(ops.AGGREGATE_CREDITS, (series_id,), {"language": language})

    @AsyncOperation
    async def alternative_titles(self, series_id: int) -> TVAlternativeTitles:
        """The series' other titles, by country."""
        return await self._call(ops.ALTERNATIVE_TITLES, (series_id,))

    @AsyncOperation
    async def changes(
        self,
        series_id: int,
        *,
        end_date: str | dt.date | None = None,
        page: int | None = None,
        start_date: str | dt.date | None = None,
    ) -> Changes:
        """Recent edits to the series: the last 24 hours, or a window of at most 14 days."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.CHANGES, (series_id,), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def content_ratings(self, series_id: int) -> TVContentRatings:
        """The series' age ratings, by country."""
        return await self._call(ops.CONTENT_RATINGS, (series_id,))

    @AsyncOperation
    async def credits(self, series_id: int, *, language: str | None = None) -> Credits:
        """Cast and crew of the latest season."""
        return await self._call(ops.CREDITS, (series_id,), {"language": language})

    @AsyncOperation
    async def episode_groups(self, series_id: int) -> TVEpisodeGroups:
        """Alternative episode orderings of the series (DVD order, story arcs, ...)."""
        return await self._call(ops.EPISODE_GROUPS, (series_id,))

    @AsyncOperation
    async def external_ids(self, series_id: int) -> ExternalIds:
        """The series' ids on IMDb, TVDB, Wikidata and social sites."""
        return await self._call(ops.EXTERNAL_IDS, (series_id,))

    @AsyncOperation
    async def images(
        self,
        series_id: int,
        *,
        include_image_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Images:
        """Backdrops, logos and posters; ``include_image_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.IMAGES,
            (series_id,),
            {"include_image_language": include_image_language, "language": language},
        )

    @AsyncOperation
    async def keywords(self, series_id: int) -> TVKeywords:
        """The keywords the series is tagged with."""
        return await self._call(ops.KEYWORDS, (series_id,))

    @AsyncOperation
    async def latest(self) -> TVDetails:
        """The series most recently added to TMDB."""
        return await self._call(ops.LATEST)

    @AsyncOperation
    async def lists(
        self, series_id: int, *, language: str | None = None, page: int | None = None
    ) -> ListsPage:
        """User lists that contain the series."""
        return await self._call(ops.LISTS, (series_id,), {"language": language, "page": page})

    @AsyncOperation
    async def recommendations(
        self, series_id: int, *, language: str | None = None, page: int | None = None
    ) -> Page[TVListItem]:
        """Series TMDB recommends to viewers of this one."""
        return await self._call(
            ops.RECOMMENDATIONS, (series_id,), {"language": language, "page": page}
        )

    @AsyncOperation
    async def reviews(
        self, series_id: int, *, language: str | None = None, page: int | None = None
    ) -> ReviewsPage:
        """User reviews of the series."""
        return await self._call(ops.REVIEWS, (series_id,), {"language": language, "page": page})

    @AsyncOperation
    async def screened_theatrically(self, series_id: int) -> TVScreenedTheatrically:
        """Episodes of the series that were shown in cinemas."""
        return await self._call(ops.SCREENED_THEATRICALLY, (series_id,))

    @AsyncOperation
    async def similar(
        self, series_id: int, *, language: str | None = None, page: int | None = None
    ) -> Page[TVListItem]:
        """Series similar to this one, by keywords and genres."""
        return await self._call(ops.SIMILAR, (series_id,), {"language": language, "page": page})

    @AsyncOperation
    async def translations(self, series_id: int) -> Translations:
        """The series' name, overview, tagline and homepage in each language it has."""
        return await self._call(ops.TRANSLATIONS, (series_id,))

    @AsyncOperation
    async def videos(
        self,
        series_id: int,
        *,
        include_video_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Videos:
        """Trailers, teasers and clips; ``include_video_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.VIDEOS,
            (series_id,),
            {"include_video_language": include_video_language, "language": language},
        )

    @AsyncOperation
    async def watch_providers(self, series_id: int) -> WatchProviders:
        """Where to stream, rent or buy the series, by country (data from JustWatch)."""
        return await self._call(ops.WATCH_PROVIDERS, (series_id,))

    @AsyncOperation
    async def add_rating(
        self,
        series_id: int,
        *,
        value: float,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Rate the series (0.5 to 10.0, in steps of 0.5) as a user or a guest."""
        rating = check_rating(value)
        check_sessions(session_id, guest_session_id, required=True, label="tv.add_rating")
        return await self._call(
            ops.ADD_RATING,
            (series_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
            {"value": rating},
        )

    @AsyncOperation
    async def delete_rating(
        self,
        series_id: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Remove the user's or guest's rating of the series."""
        check_sessions(session_id, guest_session_id, required=True, label="tv.delete_rating")
        return await self._call(
            ops.DELETE_RATING,
            (series_id,),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def airing_today(
        self, *, language: str | None = None, page: int | None = None, timezone: str | None = None
    ) -> Page[TVListItem]:
        """Series with an episode airing today (in ``timezone``, e.g. "America/New_York")."""
        return await self._call(
            ops.AIRING_TODAY, (), {"language": language, "page": page, "timezone": timezone}
        )

    @AsyncOperation
    async def on_the_air(
        self, *, language: str | None = None, page: int | None = None, timezone: str | None = None
    ) -> Page[TVListItem]:
        """Series with an episode airing in the next 7 days."""
        return await self._call(
            ops.ON_THE_AIR, (), {"language": language, "page": page, "timezone": timezone}
        )

    @AsyncOperation
    async def popular(
        self, *, language: str | None = None, page: int | None = None
    ) -> Page[TVListItem]:
        """Series ordered by popularity."""
        return await self._call(ops.POPULAR, (), {"language": language, "page": page})

    @AsyncOperation
    async def top_rated(
        self, *, language: str | None = None, page: int | None = None
    ) -> Page[TVListItem]:
        """Series ordered by rating."""
        return await self._call(ops.TOP_RATED, (), {"language": language, "page": page})
