"""``client.tv_episodes``: TMDB's "TV Episodes" reference group."""

from __future__ import annotations

from collections.abc import Sequence

from ..._argument_checks import check_rating, check_sessions
from ..._registry import tv_episodes as ops
from ..._typing import AsyncOperation, ModeT
from ...models import ExternalIds, Images, StatusResponse, Videos
from ...models.changes import Changes
from ...models.title_parts import AccountStates, Translations
from ...models.tv_episodes import TVEpisodeAppend, TVEpisodeCredits, TVEpisodeDetails
from ._resource import AsyncResource


class AsyncTVEpisodes(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        append_to_response: Sequence[TVEpisodeAppend] | None = None,
        language: str | None = None,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> TVEpisodeDetails:
        """An episode's details, plus up to 20 ``append_to_response`` parts.

        ``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.
        """
        check_sessions(session_id, guest_session_id, required=False, label="tv_episodes.details")
        return await self._call(
            ops.DETAILS,
            (series_id, season_number, episode_number),
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
        episode_number: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> AccountStates:
        """Whether the session's user rated the episode."""
        check_sessions(
            session_id, guest_session_id, required=True, label="tv_episodes.account_states"
        )
        return await self._call(
            ops.ACCOUNT_STATES,
            (series_id, season_number, episode_number),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )

    @AsyncOperation
    async def changes(self, episode_id: int) -> Changes:
        """Recent edits to an episode, by the episode's own id (not its number)."""
        return await self._call(ops.CHANGES, (episode_id,))

    @AsyncOperation
    async def credits(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        language: str | None = None,
    ) -> TVEpisodeCredits:
        """The episode's cast, crew and guest stars."""
        return await self._call(
            ops.CREDITS, (series_id, season_number, episode_number), {"language": language}
        )

    @AsyncOperation
    async def external_ids(
        self, series_id: int, season_number: int, episode_number: int
    ) -> ExternalIds:
        """The episode's ids on IMDb, TVDB, Wikidata and elsewhere."""
        return await self._call(ops.EXTERNAL_IDS, (series_id, season_number, episode_number))

    @AsyncOperation
    async def images(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        include_image_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Images:
        """The episode's stills; ``include_image_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.IMAGES,
            (series_id, season_number, episode_number),
            {"include_image_language": include_image_language, "language": language},
        )

    @AsyncOperation
    async def translations(
        self, series_id: int, season_number: int, episode_number: int
    ) -> Translations:
        """The episode's name and overview in each language it has."""
        return await self._call(ops.TRANSLATIONS, (series_id, season_number, episode_number))

    @AsyncOperation
    async def videos(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        include_video_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Videos:
        """The episode's clips; ``include_video_language`` like ``["en", "null"]``."""
        return await self._call(
            ops.VIDEOS,
            (series_id, season_number, episode_number),
            {"include_video_language": include_video_language, "language": language},
        )

    @AsyncOperation
    async def add_rating(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        value: float,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Rate the episode (0.5 to 10.0, in steps of 0.5) as a user or a guest."""
        rating = check_rating(value)
        check_sessions(session_id, guest_session_id, required=True, label="tv_episodes.add_rating")
        return await self._call(
            ops.ADD_RATING,
            (series_id, season_number, episode_number),
            {"session_id": session_id, "guest_session_id": guest_session_id},
            {"value": rating},
        )

    @AsyncOperation
    async def delete_rating(
        self,
        series_id: int,
        season_number: int,
        episode_number: int,
        *,
        session_id: str | None = None,
        guest_session_id: str | None = None,
    ) -> StatusResponse:
        """Remove the user's or guest's rating of the episode."""
        check_sessions(
            session_id, guest_session_id, required=True, label="tv_episodes.delete_rating"
        )
        return await self._call(
            ops.DELETE_RATING,
            (series_id, season_number, episode_number),
            {"session_id": session_id, "guest_session_id": guest_session_id},
        )
