"""client.tv: every TV series operation through FakeTMDB, and the arguments it refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Credits, ExternalIds, Images, Keyword, StatusResponse, Videos
from tmdbfusion.models.changes import Changes
from tmdbfusion.models.pages import Page
from tmdbfusion.models.reviews import Review, ReviewsPage
from tmdbfusion.models.title_parts import (
    AccountStates,
    AlternativeTitle,
    ListsPage,
    ListSummary,
    RatedValue,
    Translations,
)
from tmdbfusion.models.tv import (
    AggregateCastMember,
    AggregateCredits,
    ContentRating,
    TVAlternativeTitles,
    TVContentRatings,
    TVDetails,
    TVEpisodeGroups,
    TVEpisodeGroupSummary,
    TVKeywords,
    TVListItem,
    TVScreenedTheatrically,
)
from tmdbfusion.models.watch import CountryWatchProviders, WatchProviders
from tmdbfusion.testing import FakeTMDB

SERIES = 1399


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request's method, path and query, without the api_key every call carries."""
    request = fake.last_request
    query = dict(request.query)
    assert query.pop("api_key") == fake.api_key
    return request.method, request.path, query


# -- the plain reads: one call, one path, one typed answer ---------------------------------

Call = Callable[[Any], Awaitable[Any]]

READS: list[tuple[str, Call, str, dict[str, str], type, str]] = [
    (
        "aggregate_credits",
        lambda tv: tv.aggregate_credits(SERIES, language="de-DE"),
        "/aggregate_credits",
        {"language": "de-DE"},
        AggregateCredits,
        "cast",
    ),
    (
        "alternative_titles",
        lambda tv: tv.alternative_titles(SERIES),
        "/alternative_titles",
        {},
        TVAlternativeTitles,
        "results",
    ),
    (
        "content_ratings",
        lambda tv: tv.content_ratings(SERIES),
        "/content_ratings",
        {},
        TVContentRatings,
        "results",
    ),
    (
        "credits",
        lambda tv: tv.credits(SERIES, language="fr-FR"),
        "/credits",
        {"language": "fr-FR"},
        Credits,
        "crew",
    ),
    (
        "episode_groups",
        lambda tv: tv.episode_groups(SERIES),
        "/episode_groups",
        {},
        TVEpisodeGroups,
        "results",
    ),
    (
        "images",
        lambda tv: tv.images(SERIES, include_image_language=["en", "null"], language="en-US"),
        "/images",
        {"include_image_language": "en,null", "language": "en-US"},
        Images,
        "posters",
    ),
    ("keywords", lambda tv: tv.keywords(SERIES), "/keywords", {}, TVKeywords, "results"),
    (
        "screened_theatrically",
        lambda tv: tv.screened_theatrically(SERIES),
        "/screened_theatrically",
        {},
        TVScreenedTheatrically,
        "results",
    ),
    (
        "translations",
        lambda tv: tv.translations(SERIES),
        "/translations",
        {},
        Translations,
        "translations",
    ),
    (
        "videos",
        lambda tv: tv.videos(SERIES, include_video_language="en,ja", language="ja-JP"),
        "/videos",
        {"include_video_language": "en,ja", "language": "ja-JP"},
        Videos,
        "results",
    ),
]


@pytest.mark.parametrize(
    ("call", "suffix", "query", "model", "filled"),
    [case[1:] for case in READS],
    ids=[case[0] for case in READS],
)
async def test_series_reads(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    call: Call,
    suffix: str,
    query: dict[str, str],
    model: type,
    filled: str,
) -> None:
    result = await call(client.tv)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}{suffix}", query)
    assert type(result) is model
    assert len(getattr(result, filled)) == fake_tmdb.data.list_size


async def test_read_items_are_typed(client: AsyncTMDBClient) -> None:
    aggregate = await client.tv.aggregate_credits(SERIES)
    assert isinstance(aggregate.cast[0], AggregateCastMember)
    assert aggregate.cast[0].roles and aggregate.cast[0].roles[0].credit_id
    assert aggregate.crew[0].jobs and aggregate.crew[0].jobs[0].job

    titles = await client.tv.alternative_titles(SERIES)
    assert isinstance(titles.results[0], AlternativeTitle)
    ratings = await client.tv.content_ratings(SERIES)
    assert isinstance(ratings.results[0], ContentRating)
    groups = await client.tv.episode_groups(SERIES)
    assert isinstance(groups.results[0], TVEpisodeGroupSummary)
    assert isinstance(groups.results[0].id, str)
    keywords = await client.tv.keywords(SERIES)
    assert isinstance(keywords.results[0], Keyword)
    screened = await client.tv.screened_theatrically(SERIES)
    assert screened.results[0].id > 0


async def test_external_ids(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    ids = await client.tv.external_ids(SERIES)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/external_ids", {})
    assert isinstance(ids, ExternalIds)
    assert ids.imdb_id
    assert isinstance(ids.tvdb_id, int)


async def test_changes_sends_the_window(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changes = await client.tv.changes(
        SERIES, start_date=dt.date(2024, 1, 1), end_date="2024-01-14", page=2
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"/3/tv/{SERIES}/changes",
        {"start_date": "2024-01-01", "end_date": "2024-01-14", "page": "2"},
    )
    assert isinstance(changes, Changes)
    assert changes.changes[0].items[0].id


async def test_watch_providers_are_keyed_by_country(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    providers = await client.tv.watch_providers(SERIES)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/watch/providers", {})
    assert isinstance(providers, WatchProviders)
    assert set(providers.results) == {"US", "GB", "DE"}
    assert all(isinstance(v, CountryWatchProviders) for v in providers.results.values())


# -- paged answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "timezone"),
    [("airing_today", "Europe/Berlin"), ("on_the_air", "America/New_York")],
)
async def test_schedule_charts(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str, timezone: str
) -> None:
    page = await getattr(client.tv, method)(language="de-DE", page=2, timezone=timezone)

    assert sent(fake_tmdb) == (
        "GET",
        f"/3/tv/{method}",
        {"language": "de-DE", "page": "2", "timezone": timezone},
    )
    assert isinstance(page, Page)
    assert page.page == 2
    assert page.results and all(isinstance(item, TVListItem) for item in page.results)


@pytest.mark.parametrize("method", ["popular", "top_rated"])
async def test_ranked_charts(client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str) -> None:
    page = await getattr(client.tv, method)(language="en-US", page=3)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{method}", {"language": "en-US", "page": "3"})
    assert page.page == 3
    assert page.results and all(isinstance(item, TVListItem) for item in page.results)


@pytest.mark.parametrize("method", ["recommendations", "similar"])
async def test_related_series(client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str) -> None:
    page = await getattr(client.tv, method)(SERIES, language="en-US", page=2)

    assert sent(fake_tmdb) == (
        "GET",
        f"/3/tv/{SERIES}/{method}",
        {"language": "en-US", "page": "2"},
    )
    assert page.page == 2
    assert page.results and all(isinstance(item, TVListItem) for item in page.results)


async def test_lists(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    lists = await client.tv.lists(SERIES, language="en-US", page=1)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/lists", {"language": "en-US", "page": "1"})
    assert isinstance(lists, ListsPage)
    assert lists.page == 1
    assert lists.results and all(isinstance(item, ListSummary) for item in lists.results)


async def test_reviews(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    reviews = await client.tv.reviews(SERIES, page=2)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/reviews", {"page": "2"})
    assert isinstance(reviews, ReviewsPage)
    assert reviews.page == 2
    assert isinstance(reviews.results[0], Review)
    assert isinstance(reviews.results[0].id, str)


async def test_paged_series_calls_paginate(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    items = [item async for item in client.paginate(client.tv.similar, SERIES).items()]

    assert [r.path for r in fake_tmdb.requests] == [f"/3/tv/{SERIES}/similar"] * 3
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]
    assert len(items) == 3 * fake_tmdb.data.list_size
    assert all(isinstance(item, TVListItem) for item in items)

    pages = [page.page async for page in client.paginate(client.tv.lists, SERIES)]
    assert pages == [1, 2, 3]


# -- details, latest and append_to_response --------------------------------------------------


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    series = await client.tv.details(SERIES, language="de-DE")

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}", {"language": "de-DE"})
    assert isinstance(series, TVDetails)
    assert series.id == SERIES
    assert series.seasons and series.networks and series.created_by
    assert not hasattr(series, "credits")
    assert not hasattr(series, "watch_providers")


async def test_latest(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    series = await client.tv.latest()

    assert sent(fake_tmdb) == ("GET", "/3/tv/latest", {})
    assert isinstance(series, TVDetails)
    assert series.id > 0


async def test_details_appends_every_part_typed(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    parts = {
        "account_states": AccountStates,
        "aggregate_credits": AggregateCredits,
        "alternative_titles": TVAlternativeTitles,
        "changes": Changes,
        "content_ratings": TVContentRatings,
        "credits": Credits,
        "episode_groups": TVEpisodeGroups,
        "external_ids": ExternalIds,
        "images": Images,
        "keywords": TVKeywords,
        "lists": ListsPage,
        "recommendations": Page,
        "reviews": ReviewsPage,
        "screened_theatrically": TVScreenedTheatrically,
        "similar": Page,
        "translations": Translations,
        "videos": Videos,
        "watch/providers": WatchProviders,
    }
    series = await client.tv.details(
        SERIES,
        append_to_response=list(parts),  # type: ignore[arg-type]
        session_id="session-1",
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"/3/tv/{SERIES}",
        {"append_to_response": ",".join(parts), "session_id": "session-1"},
    )
    for name, model in parts.items():
        value = getattr(series, name.replace("/", "_"))
        assert isinstance(value, model), name
    assert all(isinstance(item, TVListItem) for item in series.similar.results)  # type: ignore[union-attr]
    assert set(series.watch_providers.results) == {"US", "GB", "DE"}  # type: ignore[union-attr]


async def test_details_leaves_parts_not_asked_for_unset(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    series = await client.tv.details(SERIES, append_to_response=["credits", "watch/providers"])

    assert fake_tmdb.last_request.query["append_to_response"] == "credits,watch/providers"
    assert isinstance(series.credits, Credits)
    assert isinstance(series.watch_providers, WatchProviders)
    assert not hasattr(series, "images")
    encoded = msgspec.to_builtins(series)
    assert "watch/providers" in encoded
    assert "images" not in encoded


# -- account states and ratings --------------------------------------------------------------


async def test_account_states(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        f"/3/tv/{SERIES}/account_states",
        {"id": SERIES, "favorite": True, "rated": {"value": 7.5}, "watchlist": False},
    )

    states = await client.tv.account_states(SERIES, session_id="session-1")

    assert sent(fake_tmdb) == (
        "GET",
        f"/3/tv/{SERIES}/account_states",
        {"session_id": "session-1"},
    )
    assert isinstance(states, AccountStates)
    assert states.favorite is True
    assert states.rated == RatedValue(value=7.5)


async def test_account_states_not_rated(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        f"/3/tv/{SERIES}/account_states",
        {"id": SERIES, "favorite": False, "rated": False, "watchlist": True},
    )

    states = await client.tv.account_states(SERIES, guest_session_id="guest-1")

    assert sent(fake_tmdb)[2] == {"guest_session_id": "guest-1"}
    assert states.rated is False
    assert states.watchlist is True


async def test_add_rating_posts_the_value(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    status = await client.tv.add_rating(SERIES, value=8.5, session_id="session-1")

    assert sent(fake_tmdb) == ("POST", f"/3/tv/{SERIES}/rating", {"session_id": "session-1"})
    assert fake_tmdb.last_request.json() == {"value": 8.5}
    assert fake_tmdb.last_request.headers["Content-Type"].startswith("application/json")
    assert isinstance(status, StatusResponse)
    assert status.success is True
    assert status.status_code == 1


async def test_add_rating_takes_an_int(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.tv.add_rating(SERIES, value=10, guest_session_id="guest-1")

    assert sent(fake_tmdb)[2] == {"guest_session_id": "guest-1"}
    assert fake_tmdb.last_request.json() == {"value": 10.0}


async def test_delete_rating(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    status = await client.tv.delete_rating(SERIES, guest_session_id="guest-1")

    assert sent(fake_tmdb) == (
        "DELETE",
        f"/3/tv/{SERIES}/rating",
        {"guest_session_id": "guest-1"},
    )
    assert fake_tmdb.last_request.body == b""
    assert isinstance(status, StatusResponse)
    assert status.success is True


# -- refusals: nothing is sent ---------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, 0.25, 10.5, 7.3, -1, float("nan"), True, "8", None])
async def test_bad_ratings_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match=r"0\.5"):
        await client.tv.add_rating(SERIES, value=bad, session_id="session-1")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("session_id", "guest_session_id"),
    [(None, None), ("session-1", "guest-1"), ("", None), (None, "   "), (123, None)],
)
async def test_bad_sessions_are_refused(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    session_id: object,
    guest_session_id: object,
) -> None:
    kwargs: dict[str, Any] = {"session_id": session_id, "guest_session_id": guest_session_id}
    with pytest.raises((ValueError, TypeError), match="session"):
        await client.tv.add_rating(SERIES, value=8.0, **kwargs)
    with pytest.raises((ValueError, TypeError), match="session"):
        await client.tv.delete_rating(SERIES, **kwargs)
    with pytest.raises((ValueError, TypeError), match="session"):
        await client.tv.account_states(SERIES, **kwargs)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("start_date", "end_date", "match"),
    [
        ("2024-01-01", "2024-01-16", "14"),
        ("2024-02-01", "2024-01-01", "before"),
        ("2024/01/01", None, "YYYY-MM-DD"),
        (None, "2024-02-30", "YYYY-MM-DD"),
        (20240101, None, "YYYY-MM-DD"),
    ],
)
async def test_bad_change_windows_are_refused(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    start_date: object,
    end_date: object,
    match: str,
) -> None:
    with pytest.raises((ValueError, TypeError), match=match):
        await client.tv.changes(SERIES, start_date=start_date, end_date=end_date)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    "parts",
    [["credit"], ["watch_providers"], ["release_dates"], "credits,bogus", ["videos"] * 21],
)
async def test_bad_append_parts_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, parts: object
) -> None:
    with pytest.raises(ValueError, match="append_to_response"):
        await client.tv.details(SERIES, append_to_response=parts)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("bad", [0, -5, True, "1399", 1.0, None])
async def test_bad_series_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="series_id"):
        await client.tv.details(bad)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError), match="series_id"):
        await client.tv.similar(bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("page", [0, 501, True])
async def test_bad_pages_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, page: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="page"):
        await client.tv.airing_today(page=page)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError), match="page"):
        await client.tv.reviews(SERIES, page=page)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
