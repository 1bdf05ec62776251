"""Registry entries for TMDB v4's account (``client.v4.account``): the user's lists,
favorites, ratings, recommendations and watchlists, read with the user's token."""

from __future__ import annotations

from typing import Any

from .._checks import kinds as k
from .._endpoint import Endpoint, Param
from ..models.v4 import AccountListsPage, AccountMoviesPage, AccountTVPage, V4AccountSortBy
from ._params import LANGUAGE, PAGE, Resource, path, query

RESOURCE = Resource(
    "v4.account",
    "V4Account",
    doc="""``client.v4.account``: a user's lists, favorites, ratings, recommendations and
watchlist, read with the user's v4 access token.

``account_object_id`` is the ``account_id`` that ``v4.auth.create_access_token``
returns: an opaque string (not v3's integer account id).""",
)

_SORT_BY = query("sort_by", k.choice(V4AccountSortBy))


def _user_page(
    operation_id: str, suffix: str, name: str, page_type: Any, doc: str, *params: Param
) -> Endpoint[Any]:
    """One page of the user's things: ``/4/account/{account_object_id}/<suffix>``."""
    return Endpoint(
        operation_id,
        "GET",
        "/4/account/{account_object_id}/" + suffix,
        "v4.account",
        name,
        page_type,
        paged=True,
        token="user",
        params=(path("account_object_id", k.STRING_ID), PAGE, *params),
        doc=doc,
    )


LISTS = _user_page(
    "v4-account-lists",
    "lists",
    "lists",
    AccountListsPage,
    "The user's v4 lists (public and private), a page at a time.",
)
FAVORITE_MOVIES = _user_page(
    "v4-account-favorite-movies",
    "movie/favorites",
    "favorite_movies",
    AccountMoviesPage,
    "The movies the user marked as favorites.",
    LANGUAGE,
    _SORT_BY,
)
FAVORITE_TV = _user_page(
    "v4-account-favorite-tv",
    "tv/favorites",
    "favorite_tv",
    AccountTVPage,
    "The series the user marked as favorites.",
    LANGUAGE,
    _SORT_BY,
)
RATED_MOVIES = _user_page(
    "v4-account-rated-movies",
    "movie/rated",
    "rated_movies",
    AccountMoviesPage,
    "The movies the user rated, each with its ``account_rating``.",
    LANGUAGE,
    _SORT_BY,
)
RATED_TV = _user_page(
    "v4-account-rated-tv",
    "tv/rated",
    "rated_tv",
    AccountTVPage,
    "The series the user rated, each with its ``account_rating``.",
    LANGUAGE,
    _SORT_BY,
)
RECOMMENDED_MOVIES = _user_page(
    "v4-account-movie-recommendations",
    "movie/recommendations",
    "recommended_movies",
    AccountMoviesPage,
    "Movies TMDB recommends to the user.",
    LANGUAGE,
)
RECOMMENDED_TV = _user_page(
    "v4-account-tv-recommendations",
    "tv/recommendations",
    "recommended_tv",
    AccountTVPage,
    "Series TMDB recommends to the user.",
    LANGUAGE,
)
WATCHLIST_MOVIES = _user_page(
    "v4-account-movie-watchlist",
    "movie/watchlist",
    "watchlist_movies",
    AccountMoviesPage,
    "The movies on the user's watchlist.",
    LANGUAGE,
    _SORT_BY,
)
WATCHLIST_TV = _user_page(
    "v4-account-tv-watchlist",
    "tv/watchlist",
    "watchlist_tv",
    AccountTVPage,
    "The series on the user's watchlist.",
    LANGUAGE,
    _SORT_BY,
)
