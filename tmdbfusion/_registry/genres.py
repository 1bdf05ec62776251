"""Registry entries for TMDB's "Genres" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.genres import GenreList
from ._params import LANGUAGE, Resource

RESOURCE = Resource(
    "genres",
    "Genres",
    doc='``client.genres``: TMDB\'s "Genres" reference group.',
)

MOVIE_LIST = Endpoint(
    "genre-movie-list",
    "GET",
    "/3/genre/movie/list",
    "genres",
    "movie_list",
    GenreList,
    params=(LANGUAGE,),
    doc="The official movie genres, names in ``language``.",
)
TV_LIST = Endpoint(
    "genre-tv-list",
    "GET",
    "/3/genre/tv/list",
    "genres",
    "tv_list",
    GenreList,
    params=(LANGUAGE,),
    doc="The official TV genres, names in ``language``.",
)
