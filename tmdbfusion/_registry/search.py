"""Registry entries for TMDB's "Search" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models import MovieListItem, Page

MOVIE = Endpoint(
    "search-movie",
    "GET",
    "/3/search/movie",
    "search",
    "movie",
    Page[MovieListItem],
    query=("query", "include_adult", "language", "primary_release_year", "page", "region", "year"),
    paged=True,
)

ENDPOINTS = (MOVIE,)
