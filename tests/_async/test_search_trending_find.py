"""client.search, client.trending and client.find, end to end."""

from __future__ import annotations

from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Keyword, MovieListItem, ProductionCompany
from tmdbfusion.models.find import FindResults, SeasonListItem
from tmdbfusion.models.people import EpisodeListItem, PersonListItem
from tmdbfusion.models.search import CollectionListItem
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB

MEDIA = (MovieListItem, TVListItem, PersonListItem)


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request as (method, path, query without the api key)."""
    request = fake.last_request
    query = {k: v for k, v in request.query.items() if k != "api_key"}
    return request.method, request.path, query


def page_body(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"page": 1, "results": results, "total_pages": 1, "total_results": len(results)}


# A hand-made mixed page: one of each media type, in an order the tags must sort out.
MIXED = page_body(
    [
        {"id": 1, "media_type": "tv", "name": "Show", "origin_country": ["GB"]},
        {"id": 2, "media_type": "person", "name": "Someone", "known_for": []},
        {"id": 3, "media_type": "movie", "title": "Film", "video": False},
    ]
)


async def test_search_collection(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.collection(
        query="alien", include_adult=True, language="en-US", page=2, region="US"
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/search/collection",
        {
            "query": "alien",
            "include_adult": "true",
            "language": "en-US",
            "page": "2",
            "region": "US",
        },
    )
    assert found.page == 2
    assert found.results and all(isinstance(c, CollectionListItem) for c in found.results)


async def test_search_company(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.company(query="lucasfilm")

    assert sent(fake_tmdb) == ("GET", "/3/search/company", {"query": "lucasfilm"})
    assert found.results and all(isinstance(c, ProductionCompany) for c in found.results)


async def test_search_keyword(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.keyword(query="space", page=3)

    assert sent(fake_tmdb) == ("GET", "/3/search/keyword", {"query": "space", "page": "3"})
    assert found.page == 3
    assert found.results and all(isinstance(k, Keyword) for k in found.results)


async def test_search_multi_generated(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.multi(query="star", include_adult=False, language="de")

    assert sent(fake_tmdb) == (
        "GET",
        "/3/search/multi",
        {"query": "star", "include_adult": "false", "language": "de"},
    )
    assert len(found.results) == fake_tmdb.data.list_size
    assert all(isinstance(item, MEDIA) for item in found.results)


async def test_search_multi_decodes_each_media_type(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/search/multi", MIXED)

    found = await client.search.multi(query="x", page=1)

    assert sent(fake_tmdb)[2] == {"query": "x", "page": "1"}
    show, person, movie = found.results
    assert isinstance(show, TVListItem) and show.origin_country == ["GB"]
    assert isinstance(person, PersonListItem) and person.name == "Someone"
    assert isinstance(movie, MovieListItem) and movie.title == "Film"


async def test_search_person(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.person(query="hanks", include_adult=False, page=1)

    assert sent(fake_tmdb) == (
        "GET",
        "/3/search/person",
        {"query": "hanks", "include_adult": "false", "page": "1"},
    )
    assert found.results and all(isinstance(p, PersonListItem) for p in found.results)


async def test_search_person_without_media_type(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    # search/person items carry no media_type of their own (their known_for items do).
    known_for = [{"id": 13, "media_type": "movie"}, {"id": 14, "media_type": "tv"}]
    body = page_body([{"id": 31, "name": "Tom Hanks", "known_for": known_for}])
    fake_tmdb.set_response("GET", "/3/search/person", body)

    found = await client.search.person(query="hanks")

    assert found.results[0].id == 31
    assert [type(k) for k in found.results[0].known_for] == [MovieListItem, TVListItem]


async def test_search_tv(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.search.tv(
        query="office", first_air_date_year=2005, year=2005, language="en-US"
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/search/tv",
        {"query": "office", "first_air_date_year": "2005", "year": "2005", "language": "en-US"},
    )
    assert found.results and all(isinstance(t, TVListItem) for t in found.results)


@pytest.mark.parametrize("query", ["", "   "])
async def test_search_refuses_empty_query(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, query: str
) -> None:
    with pytest.raises(ValueError, match="query"):
        await client.search.multi(query=query)
    with pytest.raises(ValueError, match="query"):
        await client.search.keyword(query=query)
    assert fake_tmdb.requests == []


async def test_trending_all(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    trending = await client.trending.all("day", language="en-US", page=2)

    assert sent(fake_tmdb) == ("GET", "/3/trending/all/day", {"language": "en-US", "page": "2"})
    assert trending.page == 2
    assert len(trending.results) == fake_tmdb.data.list_size
    assert all(isinstance(item, MEDIA) for item in trending.results)


async def test_trending_all_decodes_each_media_type(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/trending/all/week", MIXED)

    trending = await client.trending.all("week")

    assert sent(fake_tmdb) == ("GET", "/3/trending/all/week", {})
    assert [type(item) for item in trending.results] == [TVListItem, PersonListItem, MovieListItem]


async def test_trending_movies(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    trending = await client.trending.movies("week")

    assert sent(fake_tmdb) == ("GET", "/3/trending/movie/week", {})
    assert trending.results and all(isinstance(m, MovieListItem) for m in trending.results)


async def test_trending_people(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    trending = await client.trending.people("day", page=3)

    assert sent(fake_tmdb) == ("GET", "/3/trending/person/day", {"page": "3"})
    assert trending.page == 3
    assert trending.results and all(isinstance(p, PersonListItem) for p in trending.results)


async def test_trending_tv(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    trending = await client.trending.tv("day", language="ja")

    assert sent(fake_tmdb) == ("GET", "/3/trending/tv/day", {"language": "ja"})
    assert trending.results and all(isinstance(t, TVListItem) for t in trending.results)


async def test_trending_paginates(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    items = [item async for item in client.paginate(client.trending.movies, "week").items()]

    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]
    assert {r.path for r in fake_tmdb.requests} == {"/3/trending/movie/week"}
    assert len(items) == 3 * fake_tmdb.data.list_size


@pytest.mark.parametrize(
    ("window", "error"),
    [
        ("month", ValueError),
        ("Day", ValueError),
        ("", ValueError),
        (1, TypeError),
        (None, TypeError),
    ],
)
async def test_trending_refuses_bad_time_window(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, window: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match=r"time_window .*one of day, week"):
        await client.trending.all(window)
    assert fake_tmdb.requests == []


async def test_find_by_id(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    found = await client.find.by_id("tt0137523", external_source="imdb_id", language="en-US")

    assert sent(fake_tmdb) == (
        "GET",
        "/3/find/tt0137523",
        {"external_source": "imdb_id", "language": "en-US"},
    )
    assert isinstance(found, FindResults)
    assert len(found.movie_results) == fake_tmdb.data.list_size
    assert all(isinstance(m, MovieListItem) for m in found.movie_results)
    assert all(isinstance(s, SeasonListItem) for s in found.tv_season_results)


async def test_find_decodes_every_kind(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {
        "movie_results": [],
        "person_results": [{"id": 31, "media_type": "person", "name": "Tom Hanks"}],
        "tv_results": [{"id": 1399, "media_type": "tv", "name": "GoT"}],
        "tv_episode_results": [
            {"id": 63056, "media_type": "tv_episode", "show_id": 1399, "episode_number": 1}
        ],
        "tv_season_results": [
            {"id": 3624, "media_type": "tv_season", "show_id": 1399, "season_number": 1}
        ],
    }
    fake_tmdb.set_response("GET", "/3/find/121361", body)

    found = await client.find.by_id("121361", external_source="tvdb_id")

    assert sent(fake_tmdb)[2] == {"external_source": "tvdb_id"}
    assert found.movie_results == []
    assert found.person_results[0].name == "Tom Hanks"
    assert found.tv_results[0].id == 1399
    episode = found.tv_episode_results[0]
    assert isinstance(episode, EpisodeListItem) and episode.show_id == 1399
    assert found.tv_season_results[0].season_number == 1


@pytest.mark.parametrize(
    ("external_id", "source"),
    [
        ("tt0137523", "imdb"),
        ("tt0137523", "tmdb_id"),
        ("", "imdb_id"),
        ("a/b", "imdb_id"),
        (137523, "imdb_id"),
    ],
)
async def test_find_refuses_bad_arguments(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, external_id: Any, source: Any
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await client.find.by_id(external_id, external_source=source)
    assert fake_tmdb.requests == []
