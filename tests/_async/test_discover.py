"""client.discover: every filter reaches TMDB under its dotted name; bad ones never leave."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion._registry import discover as ops
from tmdbfusion.models import MovieListItem
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request as (method, path, query without the api key)."""
    request = fake.last_request
    query = {k: v for k, v in request.query.items() if k != "api_key"}
    return request.method, request.path, query


async def test_movie_without_filters(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.discover.movie()

    assert sent(fake_tmdb) == ("GET", "/3/discover/movie", {})
    assert len(found.results) == fake_tmdb.data.list_size
    assert all(isinstance(m, MovieListItem) for m in found.results)


async def test_movie_sends_every_filter(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.discover.movie(
        certification="R",
        certification_gte="PG",
        certification_lte="NC-17",
        certification_country="US",
        include_adult=False,
        include_video=True,
        language="en-US",
        page=2,
        primary_release_year=1999,
        primary_release_date_gte="1999-01-01",
        primary_release_date_lte=dt.date(1999, 12, 31),
        region="US",
        release_date_gte=dt.date(1999, 2, 1),
        release_date_lte="1999-11-30",
        sort_by="vote_average.desc",
        vote_average_gte=7.5,
        vote_average_lte=10,
        vote_count_gte=100,
        vote_count_lte=50000,
        watch_region="GB",
        with_cast=[287, 819],
        with_companies="508|711",
        with_crew=7467,
        with_genres=[18, 53],
        with_keywords="825",
        with_origin_country="US",
        with_original_language="en",
        with_people=[7467],
        with_release_type="2|3",
        with_runtime_gte=90,
        with_runtime_lte=180,
        with_watch_monetization_types="flatrate|rent",
        with_watch_providers=[8],
        without_companies=[1],
        without_genres="16",
        without_keywords=[2, 3],
        without_watch_providers=9,
        year=1999,
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/discover/movie",
        {
            "certification": "R",
            "certification.gte": "PG",
            "certification.lte": "NC-17",
            "certification_country": "US",
            "include_adult": "false",
            "include_video": "true",
            "language": "en-US",
            "page": "2",
            "primary_release_year": "1999",
            "primary_release_date.gte": "1999-01-01",
            "primary_release_date.lte": "1999-12-31",
            "region": "US",
            "release_date.gte": "1999-02-01",
            "release_date.lte": "1999-11-30",
            "sort_by": "vote_average.desc",
            "vote_average.gte": "7.5",
            "vote_average.lte": "10",
            "vote_count.gte": "100",
            "vote_count.lte": "50000",
            "watch_region": "GB",
            "with_cast": "287,819",
            "with_companies": "508|711",
            "with_crew": "7467",
            "with_genres": "18,53",
            "with_keywords": "825",
            "with_origin_country": "US",
            "with_original_language": "en",
            "with_people": "7467",
            "with_release_type": "2|3",
            "with_runtime.gte": "90",
            "with_runtime.lte": "180",
            "with_watch_monetization_types": "flatrate|rent",
            "with_watch_providers": "8",
            "without_companies": "1",
            "without_genres": "16",
            "without_keywords": "2,3",
            "without_watch_providers": "9",
            "year": "1999",
        },
    )
    assert found.page == 2


async def test_every_filter_is_a_keyword_argument(client: AsyncTMDBClient) -> None:
    # No filter TMDB documents is left without a keyword argument, and none is invented.
    for method, endpoint in ((client.discover.movie, ops.MOVIE), (client.discover.tv, ops.TV)):
        names = set(inspect.signature(method).parameters)
        assert names == {q.replace(".", "_") for q in endpoint.query}


async def test_tv_sends_every_filter(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.discover.tv(
        air_date_gte="2024-01-01",
        air_date_lte=dt.date(2024, 1, 7),
        first_air_date_year=2020,
        first_air_date_gte=dt.date(2019, 1, 1),
        first_air_date_lte="2021-12-31",
        include_adult=True,
        include_null_first_air_dates=False,
        language="fr-FR",
        page=3,  # FakeTMDB's lists have 3 pages; a page past them is empty
        screened_theatrically=True,
        sort_by="first_air_date.desc",
        timezone="Europe/Paris",
        vote_average_gte=0,
        vote_average_lte=8.5,
        vote_count_gte=10,
        vote_count_lte=20,
        watch_region="FR",
        with_companies=[1],
        with_genres="18|10765",
        with_keywords=[9715],
        with_networks=213,
        with_origin_country="FR",
        with_original_language="fr",
        with_runtime_gte=20,
        with_runtime_lte=60,
        with_status="0|3",
        with_watch_monetization_types=["flatrate", "free"],
        with_watch_providers="8|337",
        without_companies=[2],
        without_genres=[16],
        without_keywords="1",
        without_watch_providers=[3],
        with_type=4,
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/discover/tv",
        {
            "air_date.gte": "2024-01-01",
            "air_date.lte": "2024-01-07",
            "first_air_date_year": "2020",
            "first_air_date.gte": "2019-01-01",
            "first_air_date.lte": "2021-12-31",
            "include_adult": "true",
            "include_null_first_air_dates": "false",
            "language": "fr-FR",
            "page": "3",
            "screened_theatrically": "true",
            "sort_by": "first_air_date.desc",
            "timezone": "Europe/Paris",
            "vote_average.gte": "0",
            "vote_average.lte": "8.5",
            "vote_count.gte": "10",
            "vote_count.lte": "20",
            "watch_region": "FR",
            "with_companies": "1",
            "with_genres": "18|10765",
            "with_keywords": "9715",
            "with_networks": "213",
            "with_origin_country": "FR",
            "with_original_language": "fr",
            "with_runtime.gte": "20",
            "with_runtime.lte": "60",
            "with_status": "0|3",
            "with_watch_monetization_types": "flatrate,free",
            "with_watch_providers": "8|337",
            "without_companies": "2",
            "without_genres": "16",
            "without_keywords": "1",
            "without_watch_providers": "3",
            "with_type": "4",
        },
    )
    assert found.page == 3
    assert found.results and all(isinstance(t, TVListItem) for t in found.results)


async def test_discover_paginates(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    pages = [p.page async for p in client.paginate(client.discover.tv, with_genres=[18])]

    assert pages == [1, 2, 3]
    assert all(r.query["with_genres"] == "18" for r in fake_tmdb.requests)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sort_by": "rating.desc"}, "sort_by must be one of"),
        # A TV sort key is not a movie sort key.
        ({"sort_by": "first_air_date.desc"}, "sort_by"),
        ({"release_date_gte": "01/02/1999"}, "release_date_gte.*YYYY-MM-DD"),
        ({"primary_release_date_lte": "1999-13-01"}, "primary_release_date_lte"),
        ({"vote_average_gte": 11}, "vote_average_gte must be a finite number from 0 to 10"),
        ({"vote_average_lte": -1}, "vote_average_lte"),
        ({"vote_count_gte": -5}, "vote_count_gte must be a finite number from 0 to 2147483647"),
        ({"with_runtime_lte": -1}, "with_runtime_lte"),
        ({"year": 0}, "year"),
        ({"year": True}, "year must be an int"),
        ({"primary_release_year": "1999"}, "primary_release_year must be an int"),
        ({"vote_average_gte": "7"}, "vote_average_gte must be a finite number"),
        ({"vote_average_gte": 8, "vote_average_lte": 6}, "vote_average_gte .* greater"),
        ({"with_runtime_gte": 120, "with_runtime_lte": 90}, "with_runtime_gte"),
        (
            {"release_date_gte": dt.date(2000, 1, 2), "release_date_lte": "2000-01-01"},
            "release_date_gte",
        ),
        ({"page": 0}, "page"),
    ],
)
async def test_movie_refuses_bad_filters(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        await client.discover.movie(**kwargs)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sort_by": "title.asc"}, "sort_by must be one of"),
        ({"air_date_gte": "2024-1-1"}, "air_date_gte"),
        ({"first_air_date_gte": 20240101}, "first_air_date_gte"),
        ({"first_air_date_year": -2000}, "first_air_date_year"),
        ({"air_date_gte": "2024-02-01", "air_date_lte": "2024-01-01"}, "air_date_gte"),
    ],
)
async def test_tv_refuses_bad_filters(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        await client.discover.tv(**kwargs)
    assert fake_tmdb.requests == []


async def test_equal_bounds_are_allowed(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.discover.movie(
        vote_average_gte=7,
        vote_average_lte=7,
        release_date_gte="2000-01-01",
        release_date_lte=dt.date(2000, 1, 1),
    )

    query = sent(fake_tmdb)[2]
    assert query["vote_average.gte"] == query["vote_average.lte"] == "7"
    assert query["release_date.gte"] == query["release_date.lte"] == "2000-01-01"
