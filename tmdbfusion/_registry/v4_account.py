"""Registry entries for TMDB v4's account (``client.v4.account``): the user's lists,
favorites, ratings, recommendations and watchlists, read with the user's token."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.v4 import AccountListsPage, AccountMoviesPage, AccountTVPage

_ACCOUNT = "/4/account/{account_object_id}"

LISTS = Endpoint(
    "v4-account-lists",
    "GET",
    _ACCOUNT + "/lists",
    "v4.account",
    "lists",
    AccountListsPage,
    query=("page",),
    paged=True,
    token="user",
)
FAVORITE_MOVIES = Endpoint(
    "v4-account-favorite-movies",
    "GET",
    _ACCOUNT + "/movie/favorites",
    "v4.account",
    "favorite_movies",
    AccountMoviesPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)
FAVORITE_TV = Endpoint(
    "v4-account-favorite-tv",
    "GET",
    _ACCOUNT + "/tv/favorites",
    "v4.account",
    "favorite_tv",
    AccountTVPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)
RATED_MOVIES = Endpoint(
    "v4-account-rated-movies",
    "GET",
    _ACCOUNT + "/movie/rated",
    "v4.account",
    "rated_movies",
    AccountMoviesPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)
RATED_TV = Endpoint(
    "v4-account-rated-tv",
    "GET",
    _ACCOUNT + "/tv/rated",
    "v4.account",
    "rated_tv",
    AccountTVPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)
RECOMMENDED_MOVIES = Endpoint(
    "v4-account-movie-recommendations",
    "GET",
    _ACCOUNT + "/movie/recommendations",
    "v4.account",
    "recommended_movies",
    AccountMoviesPage,
    query=("language", "page"),
    paged=True,
    token="user",
)
RECOMMENDED_TV = Endpoint(
    "v4-account-tv-recommendations",
    "GET",
    _ACCOUNT + "/tv/recommendations",
    "v4.account",
    "recommended_tv",
    AccountTVPage,
    query=("language", "page"),
    paged=True,
    token="user",
)
WATCHLIST_MOVIES = Endpoint(
    "v4-account-movie-watchlist",
    "GET",
    _ACCOUNT + "/movie/watchlist",
    "v4.account",
    "watchlist_movies",
    AccountMoviesPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)
WATCHLIST_TV = Endpoint(
    "v4-account-tv-watchlist",
    "GET",
    _ACCOUNT + "/tv/watchlist",
    "v4.account",
    "watchlist_tv",
    AccountTVPage,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user",
)

ENDPOINTS = (
    LISTS,
    FAVORITE_MOVIES,
    FAVORITE_TV,
    RATED_MOVIES,
    RATED_TV,
    RECOMMENDED_MOVIES,
    RECOMMENDED_TV,
    WATCHLIST_MOVIES,
    WATCHLIST_TV,
)
