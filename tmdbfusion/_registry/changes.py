"""Registry entries for TMDB's "Changes" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import ChangeWindow
from .._endpoint import Endpoint
from ..models.changes import ChangedItem
from ..models.pages import Page
from ._params import PAGE, Resource, query

RESOURCE = Resource(
    "changes",
    "Changes",
    doc="""``client.changes``: TMDB's "Changes" reference group.

Dates are ``YYYY-MM-DD`` strings or ``datetime.date``; a range may span at most 14
days, and without one TMDB answers for the last 24 hours. ``iter_ids`` walks a longer
range window by window.""",
    base="AsyncChangesBase",
)

MOVIE_LIST = Endpoint(
    "changes-movie-list",
    "GET",
    "/3/movie/changes",
    "changes",
    "movie_list",
    Page[ChangedItem],
    paged=True,
    params=(
        query("start_date", k.DATE),
        query("end_date", k.DATE),
        PAGE,
    ),
    rules=(ChangeWindow(),),
    doc="Ids of movies edited in the range, 100 a page.",
)
TV_LIST = Endpoint(
    "changes-tv-list",
    "GET",
    "/3/tv/changes",
    "changes",
    "tv_list",
    Page[ChangedItem],
    paged=True,
    params=(
        query("start_date", k.DATE),
        query("end_date", k.DATE),
        PAGE,
    ),
    rules=(ChangeWindow(),),
    doc="Ids of TV series edited in the range, 100 a page.",
)
PEOPLE_LIST = Endpoint(
    "changes-people-list",
    "GET",
    "/3/person/changes",
    "changes",
    "people_list",
    Page[ChangedItem],
    paged=True,
    params=(
        query("start_date", k.DATE),
        query("end_date", k.DATE),
        PAGE,
    ),
    rules=(ChangeWindow(),),
    doc="Ids of people edited in the range, 100 a page.",
)
