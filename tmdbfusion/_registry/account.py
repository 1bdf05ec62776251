"""Registry entries for TMDB's "Account" reference group (``client.account``)."""

from __future__ import annotations

from typing import Any, Literal

from .._checks import kinds as k
from .._endpoint import Endpoint, Param
from ..models.account import AccountDetails, AccountList, RatedMovie, RatedTV, RatedTVEpisode
from ..models.common import StatusResponse
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.tv import TVListItem
from ._params import LANGUAGE, PAGE, SESSION_ID, SORT_BY_CREATED_AT, Resource, body, path

RESOURCE = Resource(
    "account",
    "Account",
    doc="""``client.account``: TMDB's "Account" reference group.

Every call takes the account's id and, for a v3 user session, its ``session_id``.""",
)

_ACCOUNT_ID = path("account_id", k.ID)


def _media_flag(operation_id: str, name: str, flag: str, doc: str) -> Endpoint[StatusResponse]:
    """Mark a movie or series (``flag=True``) or unmark it: favorite, watchlist."""
    return Endpoint(
        operation_id,
        "POST",
        f"/3/account/{{account_id}}/{flag}",
        "account",
        name,
        StatusResponse,
        params=(
            _ACCOUNT_ID,
            body(
                "media_type",
                k.choice(Literal["movie", "tv"], 'Literal["movie", "tv"]'),
                required=True,
            ),
            body("media_id", k.ID, required=True),
            body(flag, k.BOOL, required=True, default="True"),
            SESSION_ID,
        ),
        doc=doc,
    )


def _account_page(
    operation_id: str, suffix: str, page_type: Any, doc: str, *params: Param
) -> Endpoint[Any]:
    """One page of the account's things: ``/3/account/{account_id}/<suffix>``."""
    return Endpoint(
        operation_id,
        "GET",
        "/3/account/{account_id}/" + suffix,
        "account",
        suffix.replace("/", "_"),
        page_type,
        paged=True,
        params=(_ACCOUNT_ID, *params),
        doc=doc,
    )


_SORTED_PAGE = (LANGUAGE, PAGE, SESSION_ID, SORT_BY_CREATED_AT)

DETAILS = Endpoint(
    "account-details",
    "GET",
    "/3/account/{account_id}",
    "account",
    "details",
    AccountDetails,
    params=(_ACCOUNT_ID, SESSION_ID),
    doc="The account's name, username, avatar and default language and country.",
)
ADD_FAVORITE = _media_flag(
    "account-add-favorite",
    "add_favorite",
    "favorite",
    "Mark a movie or TV series as a favorite (``favorite=False`` removes it).",
)
ADD_TO_WATCHLIST = _media_flag(
    "account-add-to-watchlist",
    "add_to_watchlist",
    "watchlist",
    "Add a movie or TV series to the watchlist (``watchlist=False`` removes it).",
)
FAVORITE_MOVIES = _account_page(
    "account-get-favorites",
    "favorite/movies",
    Page[MovieListItem],
    "The account's favorite movies.",
    *_SORTED_PAGE,
)
FAVORITE_TV = _account_page(
    "account-favorite-tv",
    "favorite/tv",
    Page[TVListItem],
    "The account's favorite TV series.",
    *_SORTED_PAGE,
)
LISTS = _account_page(
    "account-lists",
    "lists",
    Page[AccountList],
    "The lists the account has created.",
    PAGE,
    SESSION_ID,
)
RATED_MOVIES = _account_page(
    "account-rated-movies",
    "rated/movies",
    Page[RatedMovie],
    "The movies the account has rated, each with its ``rating``.",
    *_SORTED_PAGE,
)
RATED_TV = _account_page(
    "account-rated-tv",
    "rated/tv",
    Page[RatedTV],
    "The TV series the account has rated, each with its ``rating``.",
    *_SORTED_PAGE,
)
RATED_TV_EPISODES = _account_page(
    "account-rated-tv-episodes",
    "rated/tv/episodes",
    Page[RatedTVEpisode],
    "The TV episodes the account has rated, each with its ``rating``.",
    *_SORTED_PAGE,
)
WATCHLIST_MOVIES = _account_page(
    "account-watchlist-movies",
    "watchlist/movies",
    Page[MovieListItem],
    "The movies on the account's watchlist.",
    *_SORTED_PAGE,
)
WATCHLIST_TV = _account_page(
    "account-watchlist-tv",
    "watchlist/tv",
    Page[TVListItem],
    "The TV series on the account's watchlist.",
    *_SORTED_PAGE,
)
