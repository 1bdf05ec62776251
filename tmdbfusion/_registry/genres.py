"""Registry entries for TMDB's "Genres" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.genres import GenreList

MOVIE_LIST = Endpoint(
    "genre-movie-list",
    "GET",
    "/3/genre/movie/list",
    "genres",
    "movie_list",
    GenreList,
    query=("language",),
)
TV_LIST = Endpoint(
    "genre-tv-list",
    "GET",
    "/3/genre/tv/list",
    "genres",
    "tv_list",
    GenreList,
    query=("language",),
)

ENDPOINTS = (MOVIE_LIST, TV_LIST)
