"""Registry entries for TMDB's "Changes" reference group, and the date checks every
``/changes`` call makes before sending."""

from __future__ import annotations

import datetime as dt
import re

from .._endpoint import Endpoint
from ..models.changes import ChangedItem
from ..models.pages import Page

# TMDB refuses longer ranges (error 20) and other date forms (error 23).
MAX_CHANGE_DAYS = 14
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_date(name: str, value: object) -> str | None:
    """``value`` as TMDB's ``YYYY-MM-DD``; a ``date`` is formatted, a string checked."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a date or a 'YYYY-MM-DD' str, not {type(value).__name__} {value!r}"
        )
    if not _DATE.fullmatch(value):
        raise ValueError(f"{name} must be a date in the form YYYY-MM-DD, got {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not a real date (YYYY-MM-DD): {value!r}") from None
    return value


def check_change_range(
    start_date: str | dt.date | None, end_date: str | dt.date | None
) -> tuple[str | None, str | None]:
    """Both dates as ``YYYY-MM-DD``, refusing an end before the start or a range TMDB
    would reject (more than 14 days)."""
    start = check_date("start_date", start_date)
    end = check_date("end_date", end_date)
    if start is not None and end is not None:
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
        if days < 0:
            raise ValueError(f"end_date {end} is before start_date {start}")
        if days > MAX_CHANGE_DAYS:
            raise ValueError(
                f"start_date {start} to end_date {end} spans {days} days; "
                f"TMDB allows at most {MAX_CHANGE_DAYS}"
            )
    return start, end


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
