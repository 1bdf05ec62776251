"""Registry entries for TMDB's "Keywords" reference group (``client.keywords``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models import Keyword
from ..models.keywords import KeywordMovies

DETAILS = Endpoint(
    "keyword-details",
    "GET",
    "/3/keyword/{keyword_id}",
    "keywords",
    "details",
    Keyword,
)
MOVIES = Endpoint(
    "keyword-movies",
    "GET",
    "/3/keyword/{keyword_id}/movies",
    "keywords",
    "movies",
    KeywordMovies,
    query=("include_adult", "language", "page"),
    paged=True,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS, MOVIES)
