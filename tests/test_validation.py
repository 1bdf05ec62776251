"""Argument checks that need no server: they all run before anything is sent."""

from __future__ import annotations

import pytest

from tmdbfusion._validation import build_query, check_append, check_page, path_segment
from tmdbfusion.models import MovieDetails
from tmdbfusion.models._base import appendable_parts


@pytest.mark.parametrize("name", ["credit_id", "review_id", "external_id", "list_id"])
def test_string_ids_refuse_slashes_and_blanks(name: str) -> None:
    with pytest.raises(ValueError, match="must not contain '/'"):
        path_segment(name, "abc/../def")
    with pytest.raises(ValueError, match="must not be empty"):
        path_segment(name, " ")


def test_string_ids_are_quoted() -> None:
    assert path_segment("external_id", "tt0137523") == "tt0137523"
    assert path_segment("credit_id", "a b?") == "a%20b%3F"


@pytest.mark.parametrize("value", [-1, True, "1", None])
def test_season_and_episode_numbers(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        path_segment("season_number", value)
    assert path_segment("season_number", 0) == "0"
    assert path_segment("episode_number", 3) == "3"


def test_time_window() -> None:
    assert path_segment("time_window", "week") == "week"
    with pytest.raises(ValueError, match="day"):
        path_segment("time_window", "month")


@pytest.mark.parametrize(("page", "error"), [(0, ValueError), (501, ValueError), (True, TypeError)])
def test_pages(page: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="page"):
        check_page(page)
    assert check_page(500) == 500


def test_append_parts() -> None:
    allowed = appendable_parts(MovieDetails)
    assert check_append(["credits", "images", "credits"], allowed, "x") == "credits,images"
    assert check_append("credits, videos", allowed, "x") == "credits,videos"
    with pytest.raises(ValueError, match="allowed:"):
        check_append(["credit"], allowed, "x")
    with pytest.raises(ValueError, match="at most 20"):
        check_append(["credits"] * 21, allowed, "x")
    with pytest.raises(ValueError, match="does not take"):
        check_append(["credits"], frozenset(), "x")


def test_query_values_are_serialized() -> None:
    from tmdbfusion._registry.search import MOVIE

    query = build_query(
        MOVIE, {"query": "q", "include_adult": True, "year": 1999, "page": None, "region": "US"}
    )
    assert query == [("query", "q"), ("include_adult", "true"), ("year", "1999"), ("region", "US")]
