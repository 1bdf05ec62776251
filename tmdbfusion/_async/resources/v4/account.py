"""``client.v4.account``: a user's lists, favorites, ratings, recommendations and
watchlist, read with the user's v4 access token.

``account_object_id`` is the ``account_id`` that ``v4.auth.create_access_token``
returns: an opaque string (not v3's integer account id).
"""

from __future__ import annotations

from typing import get_args

from ...._argument_checks import check_choice
from ...._registry import v4_account as ops
from ...._typing import AsyncOperation, ModeT
from ....models.v4 import AccountListsPage, AccountMoviesPage, AccountTVPage, V4AccountSortBy
from .._resource import AsyncResource

_SORT_BY = get_args(V4AccountSortBy)


class AsyncV4Account(AsyncResource[ModeT]):
    @AsyncOperation
    async def lists(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        user_access_token: str | None = None,
    ) -> AccountListsPage:
        """The user's v4 lists (public and private), a page at a time."""
        return await self._call(
            ops.LISTS,
            (account_object_id,),
            {"page": page},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def favorite_movies(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountMoviesPage:
        """The movies the user marked as favorites."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.FAVORITE_MOVIES,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def favorite_tv(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountTVPage:
        """The series the user marked as favorites."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.FAVORITE_TV,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def rated_movies(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountMoviesPage:
        """The movies the user rated, each with its ``account_rating``."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.RATED_MOVIES,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def rated_tv(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountTVPage:
        """The series the user rated, each with its ``account_rating``."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.RATED_TV,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def recommended_movies(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        user_access_token: str | None = None,
    ) -> AccountMoviesPage:
        """Movies TMDB recommends to the user."""
        return await self._call(
            ops.RECOMMENDED_MOVIES,
            (account_object_id,),
            {"page": page, "language": language},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def recommended_tv(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        user_access_token: str | None = None,
    ) -> AccountTVPage:
        """Series TMDB recommends to the user."""
        return await self._call(
            ops.RECOMMENDED_TV,
            (account_object_id,),
            {"page": page, "language": language},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def watchlist_movies(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountMoviesPage:
        """The movies on the user's watchlist."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.WATCHLIST_MOVIES,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def watchlist_tv(
        self,
        account_object_id: str,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4AccountSortBy | None = None,
        user_access_token: str | None = None,
    ) -> AccountTVPage:
        """The series on the user's watchlist."""
        check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.WATCHLIST_TV,
            (account_object_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )
