"""Registry entries for TMDB's "Movies" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models import MovieDetails, MovieListItem, Page
from ..models._base import appendable_parts

DETAILS = Endpoint(
    "movie-details",
    "GET",
    "/3/movie/{movie_id}",
    "movies",
    "details",
    MovieDetails,
    query=("append_to_response", "language"),
    appendable=appendable_parts(MovieDetails),
)
POPULAR = Endpoint(
    "movie-popular-list",
    "GET",
    "/3/movie/popular",
    "movies",
    "popular",
    Page[MovieListItem],
    query=("language", "page", "region"),
    paged=True,
)

ENDPOINTS = (DETAILS, POPULAR)
