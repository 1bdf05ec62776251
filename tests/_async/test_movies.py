"""client.movies: every operation through FakeTMDB, the append parts, and refusals."""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion._registry import family_endpoints
from tmdbfusion._registry import movies as ops
from tmdbfusion.models import (
    Credits,
    ExternalIds,
    Images,
    MovieAppend,
    MovieDetails,
    MovieKeywords,
    MovieListItem,
    MovieReleaseDates,
    Page,
    StatusResponse,
    Videos,
)
from tmdbfusion.models.changes import Changes
from tmdbfusion.models.movies import DatedMoviePage, MovieAlternativeTitles
from tmdbfusion.models.reviews import Review, ReviewsPage
from tmdbfusion.models.title_parts import (
    AccountStates,
    ListsPage,
    ListSummary,
    RatedValue,
    Translations,
)
from tmdbfusion.models.watch import CountryWatchProviders, WatchProviders
from tmdbfusion.testing import FakeTMDB


def sent_query(fake_tmdb: FakeTMDB) -> dict[str, str]:
    """The last request's query, without the api_key every request carries."""
    query = dict(fake_tmdb.last_request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return query


def assert_contains(raw: Any, decoded: Any, where: str = "") -> None:
    """Every key and value TMDB sent is still in the decoded model (extra keys are fine)."""
    if isinstance(raw, dict):
        assert isinstance(decoded, dict), where
        for key, value in raw.items():
            assert key in decoded, f"{where}.{key} lost"
            assert_contains(value, decoded[key], f"{where}.{key}")
    elif isinstance(raw, list):
        assert isinstance(decoded, list) and len(decoded) == len(raw), where
        for index, (item, got) in enumerate(zip(raw, decoded, strict=True)):
            assert_contains(item, got, f"{where}[{index}]")
    else:
        assert raw == decoded, where


# (method name, keyword arguments, expected query, response type) for the GETs on one movie.
PER_MOVIE: list[tuple[str, dict[str, Any], dict[str, str], type[Any]]] = [
    ("alternative_titles", {"country": "DE"}, {"country": "DE"}, MovieAlternativeTitles),
    ("credits", {"language": "fr-FR"}, {"language": "fr-FR"}, Credits),
    ("external_ids", {}, {}, ExternalIds),
    (
        "images",
        {"include_image_language": ["en", "null"], "language": "en"},
        {"include_image_language": "en,null", "language": "en"},
        Images,
    ),
    ("keywords", {}, {}, MovieKeywords),
    ("lists", {"language": "en-US", "page": 2}, {"language": "en-US", "page": "2"}, ListsPage),
    ("recommendations", {"page": 3}, {"page": "3"}, Page),
    ("release_dates", {}, {}, MovieReleaseDates),
    ("reviews", {"language": "en-US"}, {"language": "en-US"}, ReviewsPage),
    ("similar", {"language": "de", "page": 1}, {"language": "de", "page": "1"}, Page),
    ("translations", {}, {}, Translations),
    ("videos", {"language": "ja"}, {"language": "ja"}, Videos),
    ("watch_providers", {}, {}, WatchProviders),
]


@pytest.mark.parametrize(("name", "kwargs", "query", "model"), PER_MOVIE)
async def test_per_movie_endpoints(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    name: str,
    kwargs: dict[str, Any],
    query: dict[str, str],
    model: type[Any],
) -> None:
    result = await getattr(client.movies, name)(550, **kwargs)

    suffix = name.replace("watch_providers", "watch/providers")
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "GET",
        f"/3/movie/550/{suffix}",
    )
    assert sent_query(fake_tmdb) == query
    assert isinstance(result, model)
    # The fake sends the path's id back (or, like TMDB at times, a null one).
    assert getattr(result, "id", None) in (550, None)
    # The same answer, undecoded: the model must keep every value of it.
    raw = await client.request("GET", fake_tmdb.last_request.path, params=kwargs)
    assert raw
    assert_contains(raw, msgspec.to_builtins(result))


async def test_list_shaped_parts_hold_their_items(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    reviews = await client.movies.reviews(550, page=2)
    assert reviews.page == 2
    assert reviews.results and all(isinstance(r, Review) for r in reviews.results)
    assert all(isinstance(r.id, str) for r in reviews.results)

    lists = await client.movies.lists(550)
    assert lists.results and all(isinstance(item, ListSummary) for item in lists.results)

    similar = await client.movies.similar(550)
    assert similar.results and all(isinstance(m, MovieListItem) for m in similar.results)

    providers = await client.movies.watch_providers(550)
    assert providers.results
    for country, offers in providers.results.items():
        assert len(country) == 2
        assert isinstance(offers, CountryWatchProviders)
    assert len(fake_tmdb.requests) == 4


async def test_details_with_every_append_part(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    parts = list(typing.get_args(MovieAppend))
    movie = await client.movies.details(
        550, append_to_response=parts, language="en-US", session_id="sess-1"
    )

    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == ("GET", "/3/movie/550")
    assert sent_query(fake_tmdb) == {
        "append_to_response": ",".join(parts),
        "language": "en-US",
        "session_id": "sess-1",
    }
    assert isinstance(movie, MovieDetails)
    assert movie.id == 550
    assert isinstance(movie.account_states, AccountStates)
    assert isinstance(movie.alternative_titles, MovieAlternativeTitles)
    assert isinstance(movie.changes, Changes)
    assert isinstance(movie.credits, Credits)
    assert isinstance(movie.external_ids, ExternalIds)
    assert isinstance(movie.images, Images)
    assert isinstance(movie.keywords, MovieKeywords)
    assert isinstance(movie.lists, ListsPage)
    assert isinstance(movie.recommendations, Page)
    assert isinstance(movie.release_dates, MovieReleaseDates)
    assert isinstance(movie.reviews, ReviewsPage)
    assert isinstance(movie.similar, Page)
    assert isinstance(movie.translations, Translations)
    assert isinstance(movie.videos, Videos)
    assert isinstance(movie.watch_providers, WatchProviders)
    assert movie.watch_providers.results
    # TMDB's own key name survives re-encoding.
    assert "watch/providers" in msgspec.to_builtins(movie)


async def test_details_append_parts_decode_from_tmdb_keys(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/movie/7",
        {
            "id": 7,
            "title": "Seven",
            "account_states": {"id": 7, "favorite": False, "rated": False, "watchlist": True},
            "watch/providers": {
                "results": {"NL": {"link": "https://x.test/nl", "flatrate": [{"provider_id": 8}]}}
            },
        },
    )
    movie = await client.movies.details(7, append_to_response=["account_states", "watch/providers"])

    assert isinstance(movie.account_states, AccountStates)
    assert movie.account_states.rated is False
    assert movie.account_states.watchlist is True
    assert isinstance(movie.watch_providers, WatchProviders)
    assert movie.watch_providers.results["NL"].flatrate[0].provider_id == 8
    assert not hasattr(movie, "credits")
    assert not hasattr(movie, "similar")


def test_details_append_parts_are_the_endpoints_own() -> None:
    # Each part is typed exactly like the standalone endpoint of the same name.
    by_name = {e.name: e for e in family_endpoints(ops)}
    fields = {f.encode_name: f for f in msgspec.structs.fields(MovieDetails)}
    for part in typing.get_args(MovieAppend):
        endpoint = by_name[part.replace("/", "_")]
        part_type = fields[part].type
        assert part_type == endpoint.response_type, part
    assert ops.DETAILS.appendable == frozenset(typing.get_args(MovieAppend))


async def test_account_states(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    states = await client.movies.account_states(550, session_id="abc")
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "GET",
        "/3/movie/550/account_states",
    )
    assert sent_query(fake_tmdb) == {"session_id": "abc"}
    assert isinstance(states, AccountStates)
    assert states.id == 550

    fake_tmdb.set_response(
        "GET",
        "/3/movie/551/account_states",
        {"id": 551, "favorite": True, "rated": {"value": 7.5}, "watchlist": False},
    )
    rated = await client.movies.account_states(551, guest_session_id="guest-1")
    assert sent_query(fake_tmdb) == {"guest_session_id": "guest-1"}
    assert rated.rated == RatedValue(value=7.5)
    assert rated.favorite is True


async def test_changes(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changes = await client.movies.changes(
        550, start_date="2024-01-01", end_date=dt.date(2024, 1, 15), page=1
    )
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "GET",
        "/3/movie/550/changes",
    )
    assert sent_query(fake_tmdb) == {
        "start_date": "2024-01-01",
        "end_date": "2024-01-15",
        "page": "1",
    }
    assert isinstance(changes, Changes)
    assert changes.changes and changes.changes[0].items

    fake_tmdb.set_response(
        "GET",
        "/3/movie/9/changes",
        {
            "changes": [
                {
                    "key": "plot_keywords",
                    "items": [
                        {
                            "id": "abc",
                            "action": "added",
                            "time": "2024-01-02 10:00:00 UTC",
                            "value": {"name": "robot", "id": 1},
                        }
                    ],
                }
            ]
        },
    )
    keyword_change = await client.movies.changes(9)
    assert sent_query(fake_tmdb) == {}
    item = keyword_change.changes[0].items[0]
    assert item.value == {"name": "robot", "id": 1}
    assert item.time == "2024-01-02 10:00:00 UTC"


async def test_latest(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    movie = await client.movies.latest()
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "GET",
        "/3/movie/latest",
    )
    assert sent_query(fake_tmdb) == {}
    assert isinstance(movie, MovieDetails)
    assert movie.id > 0
    assert not hasattr(movie, "credits")


@pytest.mark.parametrize(
    ("name", "path", "model"),
    [
        ("now_playing", "/3/movie/now_playing", DatedMoviePage),
        ("popular", "/3/movie/popular", Page),
        ("top_rated", "/3/movie/top_rated", Page),
        ("upcoming", "/3/movie/upcoming", DatedMoviePage),
    ],
)
async def test_movie_charts(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, name: str, path: str, model: type[Any]
) -> None:
    page = await getattr(client.movies, name)(language="en-US", page=2, region="GB")

    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == ("GET", path)
    assert sent_query(fake_tmdb) == {"language": "en-US", "page": "2", "region": "GB"}
    assert isinstance(page, model)
    assert page.page == 2
    assert page.results and all(isinstance(m, MovieListItem) for m in page.results)
    if model is DatedMoviePage:
        assert page.dates is not None and page.dates.minimum


async def test_now_playing_paginates(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    pager = client.paginate(client.movies.now_playing, region="US")
    seen = [movie async for movie in pager.items()]
    assert len(seen) == 3 * fake_tmdb.data.list_size  # the fake serves 3 pages
    assert all(isinstance(movie, MovieListItem) for movie in seen)
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]


@pytest.mark.parametrize("value", [0.5, 8, 8.5, 10])
async def test_add_rating(client: AsyncTMDBClient, fake_tmdb: FakeTMDB, value: float) -> None:
    result = await client.movies.add_rating(550, value=value, session_id="sess")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/movie/550/rating")
    assert sent_query(fake_tmdb) == {"session_id": "sess"}
    assert sent.json() == {"value": float(value)}
    assert isinstance(result, StatusResponse)
    assert result.success is True


async def test_add_rating_as_guest(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.movies.add_rating(550, value=6.5, guest_session_id="guest")
    assert sent_query(fake_tmdb) == {"guest_session_id": "guest"}
    assert fake_tmdb.last_request.json() == {"value": 6.5}


async def test_delete_rating(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    result = await client.movies.delete_rating(550, guest_session_id="guest")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("DELETE", "/3/movie/550/rating")
    assert sent_query(fake_tmdb) == {"guest_session_id": "guest"}
    assert sent.body == b""
    assert isinstance(result, StatusResponse)
    assert result.status_code == 1


# -- refusals: nothing is sent ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (0, ValueError),
        (0.25, ValueError),
        (7.3, ValueError),
        (10.5, ValueError),
        (-1, ValueError),
        (float("nan"), ValueError),
        (float("inf"), ValueError),
        (True, TypeError),
        ("8", TypeError),
        (None, TypeError),
    ],
)
async def test_add_rating_refuses_bad_values(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match=r"0\.5 to 10\.0 in steps of 0\.5"):
        await client.movies.add_rating(550, value=value, session_id="sess")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("method", ["add_rating", "delete_rating", "account_states"])
@pytest.mark.parametrize(
    ("sessions", "message"),
    [
        ({}, "needs session_id"),
        ({"session_id": "a", "guest_session_id": "b"}, "not both"),
        ({"session_id": ""}, "must not be empty"),
        ({"guest_session_id": "  "}, "must not be empty"),
    ],
)
async def test_session_ids_are_checked(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    method: str,
    sessions: dict[str, str],
    message: str,
) -> None:
    extra: dict[str, object] = {"value": 8.0} if method == "add_rating" else {}
    with pytest.raises(ValueError, match=message):
        await getattr(client.movies, method)(550, **extra, **sessions)
    assert fake_tmdb.requests == []


async def test_details_refuses_both_sessions_and_unknown_parts(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ValueError, match="not both"):
        await client.movies.details(550, session_id="a", guest_session_id="b")
    with pytest.raises(ValueError, match="unknown append_to_response part 'credit'"):
        await client.movies.details(550, append_to_response=["credit"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="at most 20"):
        too_many: list[Any] = [f"p{i}" for i in range(21)]
        await client.movies.details(550, append_to_response=too_many)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"start_date": "2024-1-5"}, ValueError, "YYYY-MM-DD"),
        ({"start_date": "2024-02-30"}, ValueError, "YYYY-MM-DD"),
        ({"end_date": "yesterday"}, ValueError, "YYYY-MM-DD"),
        ({"end_date": 20240101}, TypeError, "YYYY-MM-DD"),
        ({"start_date": "2024-01-01", "end_date": "2024-01-16"}, ValueError, "at most 14"),
        ({"start_date": "2024-01-10", "end_date": "2024-01-09"}, ValueError, "before"),
        ({"page": 0}, ValueError, "page"),
        ({"page": 501}, ValueError, "page"),
    ],
)
async def test_changes_refuses_bad_dates_and_pages(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        await client.movies.changes(550, **kwargs)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("name", [name for name, *_ in PER_MOVIE] + ["account_states"])
@pytest.mark.parametrize("bad", [0, -3, True, "550"])
async def test_per_movie_endpoints_refuse_bad_ids(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, name: str, bad: object
) -> None:
    sessions = {"session_id": "s"} if name == "account_states" else {}
    with pytest.raises((ValueError, TypeError), match="movie_id"):
        await getattr(client.movies, name)(bad, **sessions)
    assert fake_tmdb.requests == []
