"""Registry entries for TMDB's "Discover" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import OrderedBounds
from .._endpoint import Endpoint, Param
from ..models.discover import MovieSortBy, TVSortBy
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.tv import TVListItem
from ._params import LANGUAGE, PAGE, REGION, Resource, query

RESOURCE = Resource(
    "discover",
    "Discover",
    doc="""``client.discover``: TMDB's "Discover" reference group.

Every filter TMDB documents is a keyword argument, its dots turned into underscores
(``vote_average_gte`` is sent as ``vote_average.gte``). Dates are ``YYYY-MM-DD``
strings or ``datetime.date``. Id filters take one id, a sequence of ids that must
all match, or TMDB's own string syntax (``"28|12"`` for either).""",
)


def _bounds(stem: str, kind: k.Kind) -> tuple[Param, Param]:
    """TMDB's ``stem.gte``/``stem.lte`` pair, as ``stem_gte``/``stem_lte``."""
    return (
        query(f"{stem}_gte", kind, wire=f"{stem}.gte"),
        query(f"{stem}_lte", kind, wire=f"{stem}.lte"),
    )


# Filters both discover operations take, in the order of their signatures.
_VOTES = (*_bounds("vote_average", k.SCORE), *_bounds("vote_count", k.VOTES))
_ORIGIN = (
    query("with_origin_country", k.TEXT),
    query("with_original_language", k.TEXT),
)
_WATCH = (
    query("with_watch_monetization_types", k.TEXT_LIST),
    query("with_watch_providers", k.IDS),
    query("without_companies", k.IDS),
    query("without_genres", k.IDS),
    query("without_keywords", k.IDS),
    query("without_watch_providers", k.IDS),
)

MOVIE = Endpoint(
    "discover-movie",
    "GET",
    "/3/discover/movie",
    "discover",
    "movie",
    Page[MovieListItem],
    paged=True,
    params=(
        query("certification", k.TEXT),
        *_bounds("certification", k.TEXT),
        query("certification_country", k.TEXT),
        query("include_adult", k.BOOL),
        query("include_video", k.BOOL),
        LANGUAGE,
        PAGE,
        query("primary_release_year", k.YEAR),
        *_bounds("primary_release_date", k.DATE),
        REGION,
        *_bounds("release_date", k.DATE),
        query("sort_by", k.choice(MovieSortBy)),
        *_VOTES,
        query("watch_region", k.TEXT),
        query("with_cast", k.IDS),
        query("with_companies", k.IDS),
        query("with_crew", k.IDS),
        query("with_genres", k.IDS),
        query("with_keywords", k.IDS),
        *_ORIGIN,
        query("with_people", k.IDS),
        query("with_release_type", k.CODES),
        *_bounds("with_runtime", k.COUNT),
        *_WATCH,
        query("year", k.YEAR),
    ),
    rules=(OrderedBounds(),),
    doc="Movies matching every filter given, sorted by ``sort_by``.",
)
TV = Endpoint(
    "discover-tv",
    "GET",
    "/3/discover/tv",
    "discover",
    "tv",
    Page[TVListItem],
    paged=True,
    params=(
        *_bounds("air_date", k.DATE),
        query("first_air_date_year", k.YEAR),
        *_bounds("first_air_date", k.DATE),
        query("include_adult", k.BOOL),
        query("include_null_first_air_dates", k.BOOL),
        LANGUAGE,
        PAGE,
        query("screened_theatrically", k.BOOL),
        query("sort_by", k.choice(TVSortBy)),
        query("timezone", k.TEXT),
        *_VOTES,
        query("watch_region", k.TEXT),
        query("with_companies", k.IDS),
        query("with_genres", k.IDS),
        query("with_keywords", k.IDS),
        query("with_networks", k.IDS),
        *_ORIGIN,
        *_bounds("with_runtime", k.COUNT),
        query("with_status", k.CODES),
        *_WATCH,
        query("with_type", k.CODES),
    ),
    rules=(OrderedBounds(),),
    doc="TV series matching every filter given, sorted by ``sort_by``.",
)
