"""``client.guest_sessions``: TMDB's "Guest Sessions" reference group.

What a guest session (``client.authentication.create_guest_session()``) has rated.
"""

from __future__ import annotations

from typing import get_args

from ..._argument_checks import check_choice
from ..._registry import guest_sessions as ops
from ..._typing import AsyncOperation, ModeT
from ...models.account import RatedMovie, RatedTV, RatedTVEpisode, SortByCreatedAt
from ...models.pages import Page
from ._resource import AsyncResource

_SORTS = get_args(SortByCreatedAt)


class AsyncGuestSessions(AsyncResource[ModeT]):
    @AsyncOperation
    async def rated_movies(
        self,
        guest_session_id: str,
        *,
        language: str | None = None,
        page: int | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedMovie]:
        """The movies the guest session has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_MOVIES,
            (guest_session_id,),
            {
                "language": language,
                "page": page,
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def rated_tv(
        self,
        guest_session_id: str,
        *,
        language: str | None = None,
        page: int | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedTV]:
        """The TV series the guest session has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_TV,
            (guest_session_id,),
            {
                "language": language,
                "page": page,
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def rated_tv_episodes(
        self,
        guest_session_id: str,
        *,
        language: str | None = None,
        page: int | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedTVEpisode]:
        """The TV episodes the guest session has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_TV_EPISODES,
            (guest_session_id,),
            {
                "language": language,
                "page": page,
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )
