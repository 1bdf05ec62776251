"""``client.tv_seasons``: TMDB's "TV Seasons" reference group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._argument_checks import check_change_range, check_sessions
from ..._registry import tv_seasons as ops
from ..._typing import AsyncOperation, ModeT
from ...models import Credits, ExternalIds, Images, Videos
from ...models.changes import Changes
from ...models.title_parts import Translations
from ...models.tv import AggregateCredits
from ...models.tv_seasons import TVSeasonAccountStates, TVSeasonAppend, TVSeasonDetails
from ...models.watch import WatchProviders
from ._resource import AsyncResource


class AsyncTVSeasons(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        series_id: int,
        season_number: int,
        *,
        append_to_response: Sequence[TVSeasonAppend] | None = None,
        language: str | None = None,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> TVSeasonDetails:
        """A season with its episodes, plus up to 20 ``append_to_response`` parts.

        ``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.
        """
        check_sessions(session_id, guest_session_id, required=False, label="tv_seasons.details")
        return await self._call(
            ops.DETAILS,
            (series_id, season_number),
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
        season_number: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> TVSeasonAccountStates:
        """The session user's rating of each episode of the season."""
        check_sessions(
            session_id, guest_session_id, required=True, label="tv_seasons.account_states"
        )
        return await self._call(
            ops.ACCOUNT_STATES,
            (series_id, season_number),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def aggregate_credits(
        self, series_id: int, season_number: int, *, language: str | None = None
    ) -> AggregateCredits:
        """Everyone who worked on any episode of the season, with all their roles."""
        return await self._call(
            ops.AGGREGATE_CREDITS, (series_id, season_number), {"language": language}
        )

    @AsyncOperation
    async def changes(
        self,
        season_id: int,
        *,
        end_date: str | dt.date | None = None,
        page: int | None = None,
        start_date: str | dt.date | None = None,
    ) -> Changes:
        """Recent edits to a season, by the season's own id (not its number).

        The last 24 hours, or a window of at most 14 days.
        """
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.CHANGES, (season_id,), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def credits(
        self, series_id: int, season_number: int, *, language: str | None = None
    ) -> Credits:
        """Cast and crew of the season."""
        return await self._call(ops.CREDITS, (series_id, season_number), {"language": language})

    @AsyncOperation
    async def external_ids(self, series_id: int, season_number: int) -> ExternalIds:
        """The season's ids on TVDB, Wikidata and elsewhere."""
        return await self._call(ops.EXTERNAL_IDS, (series_id, season_number))

    @AsyncOperation
    async def images(
        self,
        series_id: int,
        season_number: int,
        *,
        include_image_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Images:
        """The season's posters; ``include_image_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.IMAGES,
            (series_id, season_number),
            {"include_image_language": include_image_language, "language": language},
        )

    @AsyncOperation
    async def translations(self, series_id: int, season_number: int) -> Translations:
        """The season's name and overview in each language it has."""
        return await self._call(ops.TRANSLATIONS, (series_id, season_number))

    @AsyncOperation
    async def videos(
        self,
        series_id: int,
        season_number: int,
        *,
        include_video_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Videos:
        """The season's trailers and clips; ``include_video_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.VIDEOS,
            (series_id, season_number),
            {"include_video_language": include_video_language, "language": language},
        )

    @AsyncOperation
    async def watch_providers(
        self, series_id: int, season_number: int, *, language: str | None = None
    ) -> WatchProviders:
        """Where to stream, rent or buy the season, by country (data from JustWatch)."""
        return await self._call(
            ops.WATCH_PROVIDERS, (series_id, season_number), {"language": language}
        )
