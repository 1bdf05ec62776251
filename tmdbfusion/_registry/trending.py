"""Registry entries for TMDB's "Trending" reference group.

The spec gives trending no ``page`` parameter, but the answers are paged and TMDB
accepts one, so ``page`` is registered (and ``client.paginate`` works).
"""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.media import MediaListItem
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.people import PersonListItem
from ..models.trending import TimeWindow
from ..models.tv import TVListItem
from ._params import LANGUAGE, PAGE, Resource, path

RESOURCE = Resource(
    "trending",
    "Trending",
    doc='``client.trending``: TMDB\'s "Trending" reference group.',
)

ALL = Endpoint(
    "trending-all",
    "GET",
    "/3/trending/all/{time_window}",
    "trending",
    "all",
    Page[MediaListItem],
    paged=True,
    params=(
        path("time_window", k.choice(TimeWindow)),
        LANGUAGE,
        PAGE,
    ),
    doc="Trending movies, TV series and people of the day or week, mixed.",
)
MOVIES = Endpoint(
    "trending-movies",
    "GET",
    "/3/trending/movie/{time_window}",
    "trending",
    "movies",
    Page[MovieListItem],
    paged=True,
    params=(
        path("time_window", k.choice(TimeWindow)),
        LANGUAGE,
        PAGE,
    ),
    doc="Trending movies of the day or week.",
)
PEOPLE = Endpoint(
    "trending-people",
    "GET",
    "/3/trending/person/{time_window}",
    "trending",
    "people",
    Page[PersonListItem],
    paged=True,
    params=(
        path("time_window", k.choice(TimeWindow)),
        LANGUAGE,
        PAGE,
    ),
    doc="Trending people of the day or week.",
)
TV = Endpoint(
    "trending-tv",
    "GET",
    "/3/trending/tv/{time_window}",
    "trending",
    "tv",
    Page[TVListItem],
    paged=True,
    params=(
        path("time_window", k.choice(TimeWindow)),
        LANGUAGE,
        PAGE,
    ),
    doc="Trending TV series of the day or week.",
)
