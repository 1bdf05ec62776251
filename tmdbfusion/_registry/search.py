"""Registry entries for TMDB's "Search" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.common import Keyword, ProductionCompany
from ..models.media import MediaListItem
from ..models.movies import MovieListItem
from ..models.pages import Page
from ..models.people import PersonListItem
from ..models.search import CollectionListItem
from ..models.tv import TVListItem

COLLECTION = Endpoint(
    "search-collection",
    "GET",
    "/3/search/collection",
    "search",
    "collection",
    Page[CollectionListItem],
    query=("query", "include_adult", "language", "page", "region"),
    paged=True,
)
COMPANY = Endpoint(
    "search-company",
    "GET",
    "/3/search/company",
    "search",
    "company",
    Page[ProductionCompany],
    query=("query", "page"),
    paged=True,
)
KEYWORD = Endpoint(
    "search-keyword",
    "GET",
    "/3/search/keyword",
    "search",
    "keyword",
    Page[Keyword],
    query=("query", "page"),
    paged=True,
)
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
MULTI = Endpoint(
    "search-multi",
    "GET",
    "/3/search/multi",
    "search",
    "multi",
    Page[MediaListItem],
    query=("query", "include_adult", "language", "page"),
    paged=True,
)
PERSON = Endpoint(
    "search-person",
    "GET",
    "/3/search/person",
    "search",
    "person",
    Page[PersonListItem],
    query=("query", "include_adult", "language", "page"),
    paged=True,
)
TV = Endpoint(
    "search-tv",
    "GET",
    "/3/search/tv",
    "search",
    "tv",
    Page[TVListItem],
    query=("query", "first_air_date_year", "include_adult", "language", "page", "year"),
    paged=True,
)

ENDPOINTS = (COLLECTION, COMPANY, KEYWORD, MOVIE, MULTI, PERSON, TV)
