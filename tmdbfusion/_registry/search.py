"""Registry entries for TMDB's "Search" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.common import Keyword, ProductionCompany
from ..models.media import MediaListItem
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.people import PersonListItem
from ..models.search import CollectionListItem
from ..models.tv import TVListItem
from ._params import LANGUAGE, PAGE, REGION, Resource, query

RESOURCE = Resource(
    "search",
    "Search",
    doc='``client.search``: TMDB\'s "Search" reference group.',
)

COLLECTION = Endpoint(
    "search-collection",
    "GET",
    "/3/search/collection",
    "search",
    "collection",
    Page[CollectionListItem],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        query("include_adult", k.BOOL),
        LANGUAGE,
        PAGE,
        REGION,
    ),
    doc="Search collections by name.",
)
COMPANY = Endpoint(
    "search-company",
    "GET",
    "/3/search/company",
    "search",
    "company",
    Page[ProductionCompany],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        PAGE,
    ),
    doc="Search companies by their original and alternative names.",
)
KEYWORD = Endpoint(
    "search-keyword",
    "GET",
    "/3/search/keyword",
    "search",
    "keyword",
    Page[Keyword],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        PAGE,
    ),
    doc="Search keywords by name.",
)
MOVIE = Endpoint(
    "search-movie",
    "GET",
    "/3/search/movie",
    "search",
    "movie",
    Page[MovieListItem],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        query("include_adult", k.BOOL),
        LANGUAGE,
        query("primary_release_year", k.YEAR_OR_DIGITS),
        PAGE,
        REGION,
        query("year", k.YEAR_OR_DIGITS),
    ),
    doc="Search movies by their original, translated and alternative titles.",
)
MULTI = Endpoint(
    "search-multi",
    "GET",
    "/3/search/multi",
    "search",
    "multi",
    Page[MediaListItem],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        query("include_adult", k.BOOL),
        LANGUAGE,
        PAGE,
    ),
    doc="Search movies, TV series and people at once; items keep their own class.",
)
PERSON = Endpoint(
    "search-person",
    "GET",
    "/3/search/person",
    "search",
    "person",
    Page[PersonListItem],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        query("include_adult", k.BOOL),
        LANGUAGE,
        PAGE,
    ),
    doc="Search people by their name and also-known-as names.",
)
TV = Endpoint(
    "search-tv",
    "GET",
    "/3/search/tv",
    "search",
    "tv",
    Page[TVListItem],
    paged=True,
    params=(
        query("query", k.TEXT, required=True),
        query("first_air_date_year", k.YEAR),
        query("include_adult", k.BOOL),
        LANGUAGE,
        PAGE,
        query("year", k.YEAR),
    ),
    doc="Search TV series by their original, translated and also-known-as names.",
)
