"""``client.account``: TMDB's "Account" reference group.

Every call takes the account's id and, for a v3 user session, its ``session_id``.
"""

from __future__ import annotations

from typing import Literal, get_args

from ..._argument_checks import check_choice, check_optional_credential
from ..._registry import account as ops
from ..._typing import AsyncOperation, ModeT
from ..._validation import check_id
from ...models.account import (
    AccountDetails,
    AccountList,
    RatedMovie,
    RatedTV,
    RatedTVEpisode,
    SortByCreatedAt,
)
from ...models.common import StatusResponse
from ...models.movies import MovieListItem
from ...models.pages import Page
from ...models.tv import TVListItem
from ._resource import AsyncResource

MediaType = Literal["movie", "tv"]
_MEDIA_TYPES = get_args(MediaType)
_SORTS = get_args(SortByCreatedAt)


def _media_body(
    media_type: MediaType, media_id: int, flag_name: str, flag: bool
) -> dict[str, object]:
    if media_type not in _MEDIA_TYPES:
        raise ValueError(f"media_type must be one of {_MEDIA_TYPES}, got {media_type!r}")
    if not isinstance(flag, bool):
        raise TypeError(f"{flag_name} must be a bool, not {type(flag).__name__} {flag!r}")
    return {"media_type": media_type, "media_id": check_id("media_id", media_id), flag_name: flag}


class AsyncAccount(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, account_id: int, *, session_id: str | None = None) -> AccountDetails:
        """The account's name, username, avatar and default language and country."""
        return await self._call(
            ops.DETAILS,
            (account_id,),
            {"session_id": check_optional_credential("session_id", session_id)},
        )

    @AsyncOperation
    async def add_favorite(
        self,
        account_id: int,
        *,
        media_type: MediaType,
        media_id: int,
        favorite: bool = True,
        session_id: str | None = None,
    ) -> StatusResponse:
        """Mark a movie or TV series as a favorite (``favorite=False`` removes it)."""
        body = _media_body(media_type, media_id, "favorite", favorite)
        return await self._call(
            ops.ADD_FAVORITE,
            (account_id,),
            {"session_id": check_optional_credential("session_id", session_id)},
            body,
        )

    @AsyncOperation
    async def add_to_watchlist(
        self,
        account_id: int,
        *,
        media_type: MediaType,
        media_id: int,
        watchlist: bool = True,
        session_id: str | None = None,
    ) -> StatusResponse:
        """Add a movie or TV series to the watchlist (``watchlist=False`` removes it)."""
        body = _media_body(media_type, media_id, "watchlist", watchlist)
        return await self._call(
            ops.ADD_TO_WATCHLIST,
            (account_id,),
            {"session_id": check_optional_credential("session_id", session_id)},
            body,
        )

    @AsyncOperation
    async def favorite_movies(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[MovieListItem]:
        """The account's favorite movies."""
        return await self._call(
            ops.FAVORITE_MOVIES,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def favorite_tv(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[TVListItem]:
        """The account's favorite TV series."""
        return await self._call(
            ops.FAVORITE_TV,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def lists(
        self, account_id: int, *, page: int | None = None, session_id: str | None = None
    ) -> Page[AccountList]:
        """The lists the account has created."""
        return await self._call(
            ops.LISTS,
            (account_id,),
            {"page": page, "session_id": check_optional_credential("session_id", session_id)},
        )

    @AsyncOperation
    async def rated_movies(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedMovie]:
        """The movies the account has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_MOVIES,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def rated_tv(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedTV]:
        """The TV series the account has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_TV,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def rated_tv_episodes(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[RatedTVEpisode]:
        """The TV episodes the account has rated, each with its ``rating``."""
        return await self._call(
            ops.RATED_TV_EPISODES,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def watchlist_movies(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[MovieListItem]:
        """The movies on the account's watchlist."""
        return await self._call(
            ops.WATCHLIST_MOVIES,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )

    @AsyncOperation
    async def watchlist_tv(
        self,
        account_id: int,
        *,
        language: str | None = None,
        page: int | None = None,
        session_id: str | None = None,
        sort_by: SortByCreatedAt | None = None,
    ) -> Page[TVListItem]:
        """The TV series on the account's watchlist."""
        return await self._call(
            ops.WATCHLIST_TV,
            (account_id,),
            {
                "language": language,
                "page": page,
                "session_id": check_optional_credential("session_id", session_id),
                "sort_by": check_choice("sort_by", sort_by, _SORTS),
            },
        )
