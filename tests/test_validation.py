"""Argument checks that need no server: they all run before anything is sent."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import tmdbfusion
from tmdbfusion._checks import kinds
from tmdbfusion._checks.arguments import check_arguments
from tmdbfusion._checks.limits import INT32_LIMIT
from tmdbfusion._checks.requests import format_value
from tmdbfusion._checks.values import check_choice, check_id, check_page, describe, shown
from tmdbfusion._endpoint import Endpoint
from tmdbfusion._registry import changes, discover, find, lists, movies, search
from tmdbfusion._urls import build_path, query_text


def path_segment(name: str, value: object) -> str:
    """``value`` checked as the path parameter ``name`` of the first operation that has
    it, as it goes into the URL."""
    endpoint = next(e for e in tmdbfusion.ENDPOINTS if name in e.path_params)
    param = next(p for p in endpoint.params if p.name == name)
    checked = param.kind.check(name, value, endpoint)
    return build_path(endpoint, dict.fromkeys(endpoint.path_params, "X") | {name: checked}).split(
        "/"
    )[endpoint.path.split("/").index("{" + name + "}")]


def build_query(endpoint: Endpoint[Any], params: dict[str, object]) -> list[tuple[str, str]]:
    """The query ``params`` (by TMDB's names) become, checked by their declared kinds."""
    by_wire = {p.sent_as: p for p in endpoint.params}
    sent = []
    for wire, value in params.items():
        param = by_wire[wire]
        checked = None if value is None else param.kind.check(param.name, value, endpoint)
        if checked is not None:
            sent.append((wire, query_text(checked)))
    return sent


def check_append(value: object) -> str | None:
    checked = kinds.APPEND.check("append_to_response", value, movies.DETAILS)
    assert checked is None or isinstance(checked, str)
    return checked


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
    assert check_append(["credits", "images", "credits"]) == "credits,images"
    assert check_append("credits, videos") == "credits,videos"
    with pytest.raises(ValueError, match="allowed:"):
        check_append(["credit"])
    with pytest.raises(ValueError, match="at most 20"):
        check_append(["credits"] * 21)


def test_query_values_are_serialized() -> None:
    from tmdbfusion._registry.search import MOVIE

    query = build_query(
        MOVIE, {"query": "q", "include_adult": True, "year": 1999, "page": None, "region": "US"}
    )
    assert query == [("query", "q"), ("include_adult", "true"), ("year", "1999"), ("region", "US")]


# Issue 8, "bad input": every query parameter is checked against its kind.

HUGE = 10**5000  # repr() refuses it: messages must cope


def names_argument(message: str, argument: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(argument)}(?!\w)", message) is not None


def test_every_parameter_is_declared_once_with_a_kind_and_path_params_in_path_order() -> None:
    for endpoint in tmdbfusion.ENDPOINTS:
        names = [p.name for p in endpoint.params]
        assert len(set(names)) == len(names), endpoint.label
        assert all(isinstance(p.kind, kinds.Kind) for p in endpoint.params), endpoint.label
        path = tuple(p.name for p in endpoint.params if p.where == "path")
        assert path == endpoint.path_params, endpoint.label
        assert endpoint.query == tuple(p.sent_as for p in endpoint.params if p.where == "query")


@pytest.mark.parametrize(
    ("endpoint", "name", "value", "sent"),
    [
        (search.MOVIE, "page", 1, "1"),
        (search.MOVIE, "page", 500, "500"),
        (search.MOVIE, "query", "alien", "alien"),
        (movies.DETAILS, "append_to_response", ("credits", "images"), "credits,images"),
        (movies.DETAILS, "session_id", "session-1", "session-1"),
        (movies.DETAILS, "guest_session_id", "guest-1", "guest-1"),
        (movies.DETAILS, "language", "pt-BR", "pt-BR"),
        (movies.IMAGES, "include_image_language", ["en", "null"], "en,null"),
        (movies.IMAGES, "include_image_language", ("en",), "en"),
        (movies.IMAGES, "include_image_language", "en,null", "en,null"),
        (discover.MOVIE, "include_adult", False, "false"),
        (discover.MOVIE, "include_video", True, "true"),
        (changes.MOVIE_LIST, "start_date", dt.date(2024, 2, 29), "2024-02-29"),
        (changes.MOVIE_LIST, "end_date", dt.datetime(2024, 3, 1, 23, 59), "2024-03-01"),
        (changes.MOVIE_LIST, "end_date", "2024-03-01", "2024-03-01"),
        (search.MOVIE, "year", 1999, "1999"),
        (search.MOVIE, "year", "1999", "1999"),
        (search.MOVIE, "primary_release_year", "2024", "2024"),
        (search.TV, "year", 9999, "9999"),
        (search.TV, "first_air_date_year", 1, "1"),
        (discover.MOVIE, "vote_average.gte", 7.5, "7.5"),
        (discover.MOVIE, "vote_count.gte", 0, "0"),
        (discover.MOVIE, "vote_count.lte", INT32_LIMIT - 1, "2147483647"),
        (discover.MOVIE, "with_runtime.gte", 0, "0"),
        (lists.ITEM_STATUS, "movie_id", INT32_LIMIT - 1, "2147483647"),
        (discover.MOVIE, "with_genres", 18, "18"),
        (discover.MOVIE, "with_genres", [18, 53], "18,53"),
        (discover.MOVIE, "with_genres", (18,), "18"),
        (discover.MOVIE, "with_genres", "18|53", "18|53"),
        (discover.MOVIE, "with_genres", "18,53", "18,53"),
        (discover.MOVIE, "with_genres", "2147483647", "2147483647"),
        (discover.TV, "with_status", 0, "0"),
        (discover.TV, "with_status", "0|3", "0|3"),
        (discover.TV, "with_type", [0, 4], "0,4"),
        (discover.MOVIE, "sort_by", "popularity.desc", "popularity.desc"),
        (find.BY_ID, "external_source", "imdb_id", "imdb_id"),
        (lists.CLEAR, "confirm", True, "true"),
    ],
)
def test_good_query_values_are_sent_as_tmdb_expects(
    endpoint: Endpoint[Any], name: str, value: object, sent: str
) -> None:
    assert build_query(endpoint, {name: value}) == [(name, sent)]


def test_none_and_an_empty_append_send_nothing() -> None:
    checked = check_arguments(movies.DETAILS, (550,), {"language": None, "append_to_response": []})
    assert checked.query == []
    assert checked.path == {"movie_id": 550}
    assert checked.body is None


def test_a_parameter_the_operation_does_not_declare_is_refused() -> None:
    with pytest.raises(TypeError, match="takes no parameter 'year'"):
        check_arguments(movies.DETAILS, (550,), {"year": None})


def test_a_missing_required_parameter_is_refused_naming_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"find\.by_id needs external_source: one of imdb_id"):
        check_arguments(find.BY_ID, ("tt0137523",), {})


def test_a_wrong_number_of_path_arguments_is_refused() -> None:
    with pytest.raises(TypeError, match=r"takes 1 path parameters, got 2"):
        check_arguments(movies.DETAILS, (550, 1))


def test_arguments_are_split_into_path_query_and_body_by_tmdb_names() -> None:
    checked = check_arguments(
        movies.ADD_RATING, (550,), {"value": 8, "session_id": "s", "guest_session_id": None}
    )
    assert checked.path == {"movie_id": 550}
    assert checked.query == [("session_id", "s")]
    assert checked.body == {"value": 8.0}
    query = check_arguments(discover.MOVIE, (), {"vote_average_gte": 7, "with_genres": [1, 2]})
    assert query.query == [("vote_average.gte", 7), ("with_genres", "1,2")]


@pytest.mark.parametrize(
    ("endpoint", "name", "value", "error"),
    [
        (search.MOVIE, "page", 0, ValueError),
        (search.MOVIE, "page", INT32_LIMIT, ValueError),
        (search.MOVIE, "page", True, TypeError),
        (search.MOVIE, "page", "1", TypeError),
        (search.MOVIE, "query", b"alien", TypeError),
        (search.MOVIE, "query", "  ", ValueError),
        (movies.DETAILS, "append_to_response", {"credits": 1}, TypeError),
        (movies.DETAILS, "append_to_response", {"credits"}, TypeError),
        (movies.DETAILS, "append_to_response", b"credits", TypeError),
        (movies.DETAILS, "append_to_response", ["nope"], ValueError),
        (movies.DETAILS, "language", {"a": 1}, TypeError),
        (movies.DETAILS, "language", b"en", TypeError),
        (movies.DETAILS, "language", 1, TypeError),
        (movies.DETAILS, "language", "", ValueError),
        (movies.DETAILS, "language", " ", ValueError),
        (movies.IMAGES, "include_image_language", [], ValueError),
        (movies.IMAGES, "include_image_language", ["en", ""], ValueError),
        (movies.IMAGES, "include_image_language", {"en"}, TypeError),
        (movies.IMAGES, "include_image_language", [b"en"], TypeError),
        (movies.IMAGES, "include_image_language", [["en"]], TypeError),
        (discover.MOVIE, "include_adult", 1, TypeError),
        (discover.MOVIE, "include_adult", "true", TypeError),
        (changes.MOVIE_LIST, "start_date", b"2020-01-01", TypeError),
        (changes.MOVIE_LIST, "start_date", 20200101, TypeError),
        (changes.MOVIE_LIST, "start_date", "2020-02-30", ValueError),
        (changes.MOVIE_LIST, "start_date", "\uff12\uff10\uff12\uff10-01-01", ValueError),
        (search.MOVIE, "year", "19x9", ValueError),
        (search.MOVIE, "year", "0", ValueError),
        (search.MOVIE, "year", "12345", ValueError),
        (search.MOVIE, "year", " 1999", ValueError),
        (search.MOVIE, "year", "\u0661\u0669\u0669\u0669", ValueError),
        (search.MOVIE, "year", 10000, ValueError),
        (search.MOVIE, "year", 1.5, TypeError),
        (search.MOVIE, "year", True, TypeError),
        (search.MOVIE, "year", b"1999", TypeError),
        (search.TV, "year", "1999", TypeError),
        (search.TV, "first_air_date_year", 0, ValueError),
        (discover.MOVIE, "vote_average.gte", float("nan"), ValueError),
        (discover.MOVIE, "vote_average.gte", float("inf"), ValueError),
        (discover.MOVIE, "vote_average.gte", True, TypeError),
        (discover.MOVIE, "vote_average.gte", "7", TypeError),
        (discover.MOVIE, "vote_count.gte", INT32_LIMIT, ValueError),
        pytest.param(discover.MOVIE, "vote_count.gte", HUGE, ValueError, id="vote_count-huge"),
        (discover.MOVIE, "vote_count.gte", -0.5, ValueError),
        (discover.MOVIE, "with_runtime.gte", 1.5, TypeError),
        (discover.MOVIE, "with_runtime.gte", -1, ValueError),
        (discover.MOVIE, "with_runtime.lte", INT32_LIMIT, ValueError),
        (lists.ITEM_STATUS, "movie_id", 0, ValueError),
        (lists.ITEM_STATUS, "movie_id", 2**70, ValueError),
        (lists.ITEM_STATUS, "movie_id", True, TypeError),
        (discover.MOVIE, "with_genres", 0, ValueError),
        (discover.MOVIE, "with_genres", [], ValueError),
        (discover.MOVIE, "with_genres", [True], TypeError),
        (discover.MOVIE, "with_genres", ["18"], TypeError),
        (discover.MOVIE, "with_genres", [INT32_LIMIT], ValueError),
        (discover.MOVIE, "with_genres", "18,53|12", ValueError),
        (discover.MOVIE, "with_genres", "18, 53", ValueError),
        (discover.MOVIE, "with_genres", "", ValueError),
        (discover.MOVIE, "with_genres", "2147483648", ValueError),
        (discover.MOVIE, "with_genres", {18}, TypeError),
        (discover.MOVIE, "with_genres", b"18", TypeError),
        (discover.MOVIE, "with_genres", 1.5, TypeError),
        (discover.TV, "with_status", -1, ValueError),
        (discover.TV, "with_status", "0|-1", ValueError),
        (discover.MOVIE, "sort_by", 1, TypeError),
        (discover.MOVIE, "sort_by", "nope", ValueError),
        (find.BY_ID, "external_source", b"imdb_id", TypeError),
        (lists.CLEAR, "confirm", 1, ValueError),
    ],
)
def test_bad_query_values_are_refused_by_argument_name(
    endpoint: Endpoint[Any], name: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        build_query(endpoint, {name: value})
    assert names_argument(str(info.value), name.replace(".", "_")), str(info.value)


@pytest.mark.parametrize("value", [b"S3CRET", bytearray(b"S3CRET"), ["S3CRET"], {"S3CRET": 1}, ""])
@pytest.mark.parametrize("name", ["session_id", "guest_session_id"])
def test_session_ids_are_refused_without_being_quoted(name: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError)) as info:
        build_query(movies.DETAILS, {name: value})
    assert names_argument(str(info.value), name)
    assert "S3CRET" not in str(info.value)


@pytest.mark.parametrize(
    ("value", "error"),
    [(0, ValueError), (INT32_LIMIT, ValueError), (2**70, ValueError), (True, TypeError)],
)
def test_ids_are_positive_int32(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="movie_id must be a positive int below 2"):
        check_id("movie_id", value)
    assert check_id("movie_id", INT32_LIMIT - 1) == INT32_LIMIT - 1
    assert path_segment("series_id", 1) == "1"


@pytest.mark.parametrize("name", ["season_number", "episode_number"])
def test_season_and_episode_numbers_fit_int32(name: str) -> None:
    assert path_segment(name, INT32_LIMIT - 1) == "2147483647"
    with pytest.raises(ValueError, match=name):
        path_segment(name, INT32_LIMIT)


def test_a_huge_int_is_refused_with_a_readable_message() -> None:
    with pytest.raises(ValueError, match=r"account_id .*got <an int of \d+ bits>"):
        path_segment("account_id", HUGE)


@pytest.mark.parametrize("name", ["credit_id", "external_id", "list_id"])
@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_are_not_ids(name: str, value: str) -> None:
    # "/3/credit/.." would be normalised to another path on the way out.
    with pytest.raises(ValueError, match=name):
        path_segment(name, value)


def test_list_ids_are_int32_or_str() -> None:
    assert path_segment("list_id", 8) == "8"
    assert path_segment("list_id", "5a8f0c") == "5a8f0c"
    with pytest.raises(ValueError, match="list_id"):
        path_segment("list_id", INT32_LIMIT)
    with pytest.raises(TypeError, match=r"list_id must be .* or a str id"):
        path_segment("list_id", 1.5)


@pytest.mark.parametrize("value", ["S3CRET/1", " ", b"S3CRET", 42])
def test_a_guest_session_id_in_the_path_is_never_quoted(value: object) -> None:
    with pytest.raises((TypeError, ValueError)) as info:
        path_segment("guest_session_id", value)
    assert names_argument(str(info.value), "guest_session_id")
    assert "S3CRET" not in str(info.value)


@pytest.mark.parametrize("value", [{"credits": 1}, b"credits", {"credits"}, iter(["credits"])])
def test_append_takes_only_a_str_or_a_list_or_tuple(value: object) -> None:
    with pytest.raises(TypeError, match="append_to_response must be a str or a list or tuple"):
        check_append(value)
    assert check_append(("credits", "images")) == "credits,images"


def test_choices_refuse_other_types_with_type_error() -> None:
    with pytest.raises(TypeError, match="sort_by must be one of a, b; not bytes b'a'"):
        check_choice("sort_by", b"a", ("a", "b"))
    with pytest.raises(ValueError, match="sort_by must be one of a, b; got 'c'"):
        check_choice("sort_by", "c", ("a", "b"))
    assert check_choice("sort_by", "a", ("a", "b")) == "a"


def test_messages_show_values_cut_short() -> None:
    assert shown("x" * 1000).endswith("...") and len(shown("x" * 1000)) == 60
    assert describe(b"550") == "bytes b'550'"
    assert shown(HUGE) == f"<an int of {HUGE.bit_length()} bits>"


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ("en-US", "en-US"),
        ("", ""),
        (550, "550"),
        (-(2**31), "-2147483648"),
        (7.5, "7.5"),
        (True, "true"),
        (False, "false"),
        (dt.date(2020, 1, 2), "2020-01-02"),
        (dt.datetime(2020, 1, 2, 3, 4, 5), "2020-01-02T03:04:05"),
        ([18, "x", 1.5, False, dt.date(2020, 1, 2)], "18,x,1.5,false,2020-01-02"),
        ((18, 53), "18,53"),
    ],
)
def test_format_value_sends_plain_values(value: object, sent: str) -> None:
    assert format_value("param", value) == sent


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (b"550", TypeError),
        (bytearray(b"550"), TypeError),
        (memoryview(b"550"), TypeError),
        ({"a": 1}, TypeError),
        ({"a"}, TypeError),
        (frozenset({"a"}), TypeError),
        (float("nan"), ValueError),
        (float("inf"), ValueError),
        (float("-inf"), ValueError),
        (INT32_LIMIT, ValueError),
        (-INT32_LIMIT - 1, ValueError),
        pytest.param(HUGE, ValueError, id="huge"),
        ([[1]], TypeError),
        ([(1,)], TypeError),
        ([None], TypeError),
        ([b"x"], TypeError),
        ([float("nan")], ValueError),
        (object(), TypeError),
    ],
)
def test_format_value_refuses_what_no_parameter_can_be(
    value: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        format_value("param", value)
    assert names_argument(str(info.value), "param")
