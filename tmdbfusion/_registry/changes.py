"""Registry entries for TMDB's "Changes" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.changes import ChangedItem
from ..models.pages import Page

MOVIE_LIST = Endpoint(
    "changes-movie-list",
    "GET",
    "/3/movie/changes",
    "changes",
    "movie_list",
    Page[ChangedItem],
    query=("end_date", "page", "start_date"),
    paged=True,
)
TV_LIST = Endpoint(
    "changes-tv-list",
    "GET",
    "/3/tv/changes",
    "changes",
    "tv_list",
    Page[ChangedItem],
    query=("end_date", "page", "start_date"),
    paged=True,
)
PEOPLE_LIST = Endpoint(
    "changes-people-list",
    "GET",
    "/3/person/changes",
    "changes",
    "people_list",
    Page[ChangedItem],
    query=("end_date", "page", "start_date"),
    paged=True,
)

ENDPOINTS = (MOVIE_LIST, TV_LIST, PEOPLE_LIST)
