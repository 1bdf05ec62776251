"""Registry entries for TMDB's "Keywords" reference group (``client.keywords``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models import Keyword
from ..models.keywords import KeywordMovies
from ._params import LANGUAGE, PAGE, Resource, path, query

RESOURCE = Resource(
    "keywords",
    "Keywords",
    doc='``client.keywords``: TMDB\'s "Keywords" reference group.',
)

DETAILS = Endpoint(
    "keyword-details",
    "GET",
    "/3/keyword/{keyword_id}",
    "keywords",
    "details",
    Keyword,
    params=(path("keyword_id", k.ID),),
    doc="A keyword's name.",
)
MOVIES = Endpoint(
    "keyword-movies",
    "GET",
    "/3/keyword/{keyword_id}/movies",
    "keywords",
    "movies",
    KeywordMovies,
    paged=True,
    params=(
        path("keyword_id", k.ID),
        query("include_adult", k.BOOL),
        LANGUAGE,
        PAGE,
    ),
    doc="Movies tagged with the keyword (TMDB suggests discover.movie instead).",
)
