"""Registry entries for TMDB's "Trending" reference group.

The spec gives trending no ``page`` parameter, but the answers are paged and TMDB
accepts one, so ``page`` is registered (and ``client.paginate`` works).
"""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.media import MediaListItem
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.people import PersonListItem
from ..models.tv import TVListItem

ALL = Endpoint(
    "trending-all",
    "GET",
    "/3/trending/all/{time_window}",
    "trending",
    "all",
    Page[MediaListItem],
    query=("language", "page"),
    paged=True,
)
MOVIES = Endpoint(
    "trending-movies",
    "GET",
    "/3/trending/movie/{time_window}",
    "trending",
    "movies",
    Page[MovieListItem],
    query=("language", "page"),
    paged=True,
)
PEOPLE = Endpoint(
    "trending-people",
    "GET",
    "/3/trending/person/{time_window}",
    "trending",
    "people",
    Page[PersonListItem],
    query=("language", "page"),
    paged=True,
)
TV = Endpoint(
    "trending-tv",
    "GET",
    "/3/trending/tv/{time_window}",
    "trending",
    "tv",
    Page[TVListItem],
    query=("language", "page"),
    paged=True,
)

ENDPOINTS = (ALL, MOVIES, PEOPLE, TV)
