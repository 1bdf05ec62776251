"""Registry entries for TMDB's "Account" reference group (``client.account``)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.account import AccountDetails, AccountList, RatedMovie, RatedTV, RatedTVEpisode
from ..models.common import StatusResponse
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.tv import TVListItem

_SORTED_PAGE = ("language", "page", "session_id", "sort_by")

DETAILS = Endpoint(
    "account-details",
    "GET",
    "/3/account/{account_id}",
    "account",
    "details",
    AccountDetails,
    query=("session_id",),
)
ADD_FAVORITE = Endpoint(
    "account-add-favorite",
    "POST",
    "/3/account/{account_id}/favorite",
    "account",
    "add_favorite",
    StatusResponse,
    query=("session_id",),
    has_body=True,
)
ADD_TO_WATCHLIST = Endpoint(
    "account-add-to-watchlist",
    "POST",
    "/3/account/{account_id}/watchlist",
    "account",
    "add_to_watchlist",
    StatusResponse,
    query=("session_id",),
    has_body=True,
)
FAVORITE_MOVIES = Endpoint(
    "account-get-favorites",
    "GET",
    "/3/account/{account_id}/favorite/movies",
    "account",
    "favorite_movies",
    Page[MovieListItem],
    query=_SORTED_PAGE,
    paged=True,
)
FAVORITE_TV = Endpoint(
    "account-favorite-tv",
    "GET",
    "/3/account/{account_id}/favorite/tv",
    "account",
    "favorite_tv",
    Page[TVListItem],
    query=_SORTED_PAGE,
    paged=True,
)
LISTS = Endpoint(
    "account-lists",
    "GET",
    "/3/account/{account_id}/lists",
    "account",
    "lists",
    Page[AccountList],
    query=("page", "session_id"),
    paged=True,
)
RATED_MOVIES = Endpoint(
    "account-rated-movies",
    "GET",
    "/3/account/{account_id}/rated/movies",
    "account",
    "rated_movies",
    Page[RatedMovie],
    query=_SORTED_PAGE,
    paged=True,
)
RATED_TV = Endpoint(
    "account-rated-tv",
    "GET",
    "/3/account/{account_id}/rated/tv",
    "account",
    "rated_tv",
    Page[RatedTV],
    query=_SORTED_PAGE,
    paged=True,
)
RATED_TV_EPISODES = Endpoint(
    "account-rated-tv-episodes",
    "GET",
    "/3/account/{account_id}/rated/tv/episodes",
    "account",
    "rated_tv_episodes",
    Page[RatedTVEpisode],
    query=_SORTED_PAGE,
    paged=True,
)
WATCHLIST_MOVIES = Endpoint(
    "account-watchlist-movies",
    "GET",
    "/3/account/{account_id}/watchlist/movies",
    "account",
    "watchlist_movies",
    Page[MovieListItem],
    query=_SORTED_PAGE,
    paged=True,
)
WATCHLIST_TV = Endpoint(
    "account-watchlist-tv",
    "GET",
    "/3/account/{account_id}/watchlist/tv",
    "account",
    "watchlist_tv",
    Page[TVListItem],
    query=_SORTED_PAGE,
    paged=True,
)

ENDPOINTS = (
    DETAILS,
    ADD_FAVORITE,
    ADD_TO_WATCHLIST,
    FAVORITE_MOVIES,
    FAVORITE_TV,
    LISTS,
    RATED_MOVIES,
    RATED_TV,
    RATED_TV_EPISODES,
    WATCHLIST_MOVIES,
    WATCHLIST_TV,
)
