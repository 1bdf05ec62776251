"""FakeTMDB as a product: the data it serves behaves like TMDB's, over real sockets.

Pages differ and add up to their totals, searches find what they were asked for (or
nothing, for NO_RESULTS_QUERY), overrides can match a query, the configuration lists
TMDB's image sizes, and every recorded request carries the status it was answered.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import requests

from tmdbfusion import AsyncTMDBClient, NotFoundError, RateLimitError, TMDBClient
from tmdbfusion.images import ImageURLBuilder
from tmdbfusion.models import MovieListItem, PersonListItem, TVListItem
from tmdbfusion.testing import NO_RESULTS_QUERY, FakeTMDB

SEARCHES = ("movie", "tv", "person", "multi", "collection", "company", "keyword")


def _client(fake: FakeTMDB) -> TMDBClient:
    return TMDBClient(**fake.client_kwargs(), rate_limit=None, max_retries=0)


def _get(fake: FakeTMDB, path: str, **query: str) -> requests.Response:
    return requests.get(f"{fake.url}{path}", params={"api_key": fake.api_key, **query})


def _name(item: Any) -> str:
    name = item.title if isinstance(item, MovieListItem) else item.name
    assert isinstance(name, str)
    return name


# -- pages -----------------------------------------------------------------------------


def test_pages_differ_and_the_same_request_gets_the_same_answer(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        pages = [client.movies.popular(page=n) for n in (1, 2, 3)]
        again = [client.movies.popular(page=n) for n in (1, 2, 3)]
    ids = [[m.id for m in page.results] for page in pages]
    assert all(len(page) == fake_tmdb.data.list_size for page in ids)
    assert len({tuple(page) for page in ids}) == 3
    assert len({i for page in ids for i in page}) == 3 * fake_tmdb.data.list_size
    titles = [[m.title for m in page.results] for page in pages]
    assert titles[0] != titles[1] != titles[2]
    assert again == pages
    # Byte for byte, from a fresh server with the same seed too.
    first = _get(fake_tmdb, "/3/movie/popular", page="2").content
    with FakeTMDB() as other:
        assert _get(other, "/3/movie/popular", page="2").content == first
    with FakeTMDB(seed=1) as reseeded:
        assert (
            _get(reseeded, "/3/movie/popular", page="2").json()
            != _get(fake_tmdb, "/3/movie/popular", page="2").json()
        )


def test_the_items_follow_the_parameters_that_choose_them(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        drama = client.discover.movie(with_genres=[18])
        action = client.discover.movie(with_genres=[28])
        drama_de = client.discover.movie(with_genres=[18], language="de-DE")
        alien = client.search.movie(query="alien")
        alien_2 = client.search.movie(query="alien", page=2)
        heat = client.search.movie(query="heat")
    assert [m.id for m in drama.results] != [m.id for m in action.results]
    # The language translates a list; it does not choose another one.
    assert drama_de.results == drama.results
    assert [m.id for m in alien.results] != [m.id for m in heat.results]
    assert [m.id for m in alien.results] != [m.id for m in alien_2.results]


def test_the_totals_are_what_a_full_walk_yields() -> None:
    with FakeTMDB(list_size=4, total_pages=3, last_page_size=2) as fake, _client(fake) as client:
        pager = client.paginate(client.movies.top_rated)
        pages = list(pager)
        items = list(pager.items())
        beyond = client.movies.top_rated(page=4)
    assert [len(p.results) for p in pages] == [4, 4, 2]
    assert {(p.total_pages, p.total_results) for p in pages} == {(3, 10)}
    assert len(items) == pages[0].total_results == 10
    assert len({m.id for m in items}) == 10
    # Past the last page, as TMDB: an empty page that still tells the totals.
    assert (beyond.page, beyond.results, beyond.total_pages, beyond.total_results) == (
        4,
        [],
        3,
        10,
    )


@pytest.mark.parametrize("total_pages", [1, 5])
def test_the_total_pages_option_sets_how_many_pages_there_are(total_pages: int) -> None:
    with FakeTMDB(total_pages=total_pages, list_size=2) as fake, _client(fake) as client:
        pages = list(client.paginate(client.trending.movies, "week"))
        items = [m for p in pages for m in p.results]
    assert [p.page for p in pages] == list(range(1, total_pages + 1))
    assert all(p.total_pages == total_pages for p in pages)
    assert len(items) == pages[0].total_results == 2 * total_pages
    assert [r.query.get("page") for r in fake.requests] == [
        str(n) for n in range(1, total_pages + 1)
    ]


def test_changing_the_page_count_on_a_running_fake(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.data.total_pages = 2
    fake_tmdb.data.last_page_size = 1
    try:
        with _client(fake_tmdb) as client:
            items = list(client.paginate(client.tv.popular).items())
            first = client.tv.popular()
    finally:
        fake_tmdb.data.total_pages = 3
        fake_tmdb.data.last_page_size = None
    assert len(items) == first.total_results == fake_tmdb.data.list_size + 1
    assert first.total_pages == 2


def test_the_async_client_walks_the_same_pages() -> None:
    async def walk() -> tuple[list[int], int]:
        async with (
            FakeTMDB(list_size=5, total_pages=4, last_page_size=3) as fake,
            AsyncTMDBClient(**fake.client_kwargs(), rate_limit=None) as client,
        ):
            pager = client.paginate(client.search.person, query="hanks", concurrency=3)
            ids = [p.id async for p in pager.items()]
            total = (await client.search.person(query="hanks")).total_results
        return ids, total

    ids, total = asyncio.run(walk())
    with FakeTMDB(list_size=5, total_pages=4, last_page_size=3) as fake, _client(fake) as client:
        sync_ids = [p.id for p in client.paginate(client.search.person, query="hanks").items()]
    assert len(ids) == len(set(ids)) == total == 18
    assert ids == sync_ids


# -- search ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", SEARCHES)
@pytest.mark.parametrize("query", ["alien", "Star Wars", "o'brien", "AMÉLIE"])
def test_search_results_contain_the_query(fake_tmdb: FakeTMDB, kind: str, query: str) -> None:
    with _client(fake_tmdb) as client:
        search = getattr(client.search, kind)
        items = list(client.paginate(search, query=query).items())
    assert len(items) == 3 * fake_tmdb.data.list_size
    for item in items:
        assert query.lower() in _name(item).lower(), (kind, query, item)
    assert {r.query["query"] for r in fake_tmdb.requests} == {query}


def test_multi_search_names_each_kind_of_result(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        items = list(client.paginate(client.search.multi, query="lost").items())
    kinds = {type(item) for item in items}
    assert kinds <= {MovieListItem, TVListItem, PersonListItem} and len(kinds) > 1
    assert all("lost" in _name(item).lower() for item in items)


@pytest.mark.parametrize("kind", SEARCHES)
def test_the_reserved_query_finds_nothing(fake_tmdb: FakeTMDB, kind: str) -> None:
    with _client(fake_tmdb) as client:
        search = getattr(client.search, kind)
        page = search(query=NO_RESULTS_QUERY)
        walked = list(client.paginate(search, query=NO_RESULTS_QUERY).items())
    assert (page.page, page.results, page.total_results, page.total_pages) == (1, [], 0, 1)
    assert walked == []
    assert [r.status for r in fake_tmdb.requests] == [200, 200]
    raw = _get(fake_tmdb, f"/3/search/{kind}", query=NO_RESULTS_QUERY).json()
    assert raw == {"page": 1, "results": [], "total_pages": 1, "total_results": 0}


def test_the_reserved_query_is_exact(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        spaced = client.search.movie(query=f"  {NO_RESULTS_QUERY} ")
        other_case = client.search.movie(query=NO_RESULTS_QUERY.upper())
    assert spaced.results == []
    assert other_case.results and all(
        NO_RESULTS_QUERY in _name(m).lower() for m in other_case.results
    )


# -- set_response(query=...) -------------------------------------------------------------


def _page(title: str) -> dict[str, Any]:
    return {
        "page": 1,
        "results": [{"id": 1, "title": title}],
        "total_pages": 1,
        "total_results": 1,
    }


def test_an_override_with_a_query_answers_only_that_query(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/search/movie", _page("Alien"), query={"query": "alien"})
    with _client(fake_tmdb) as client:
        alien = client.search.movie(query="alien", include_adult=False, language="en-US")
        heat = client.search.movie(query="heat")
    assert [m.title for m in alien.results] == ["Alien"]
    assert heat.total_results == 3 * fake_tmdb.data.list_size
    assert all("heat" in _name(m).lower() for m in heat.results)


def test_a_query_override_wins_over_a_path_only_one(fake_tmdb: FakeTMDB) -> None:
    path = "/3/search/movie"
    fake_tmdb.set_response("GET", path, _page("Anything"))
    fake_tmdb.set_response("GET", path, _page("Page two"), query={"page": 2})
    fake_tmdb.set_response(
        "GET", path, _page("Alien page two"), query={"query": "alien", "page": 2}
    )
    fake_tmdb.set_response("GET", path, {"status_code": 34}, status=404, query={"query": "gone"})
    with _client(fake_tmdb) as client:
        assert client.search.movie(query="heat").results[0].title == "Anything"
        assert client.search.movie(query="heat", page=2).results[0].title == "Page two"
        # The most specific override wins, whichever was set first.
        assert client.search.movie(query="alien", page=2).results[0].title == "Alien page two"
        with pytest.raises(NotFoundError):
            client.search.movie(query="gone")
        # Setting the same query again replaces its answer.
        fake_tmdb.set_response("GET", path, _page("Page 2, again"), query={"page": "2"})
        assert client.search.movie(query="heat", page=2).results[0].title == "Page 2, again"
        fake_tmdb.reset()
        assert client.search.movie(query="heat", page=2).results[0].title != "Page 2, again"
    assert [r.status for r in fake_tmdb.requests] == [200]


def test_query_override_values_are_compared_as_text(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET", "/3/search/movie", _page("Adult"), query={"include_adult": True, "page": 1}
    )
    with _client(fake_tmdb) as client:
        adult = client.search.movie(query="x", include_adult=True, page=1)
        not_adult = client.search.movie(query="x", include_adult=False, page=1)
        no_page = client.search.movie(query="x", include_adult=True)
    assert adult.results[0].title == "Adult"
    assert not_adult.results[0].title != "Adult"
    assert no_page.results[0].title != "Adult"  # no page= sent: the override wants page=1


def test_a_path_only_override_still_answers_everything(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/movie/550", {"id": 550, "title": "Fight Club"})
    with _client(fake_tmdb) as client:
        assert client.movies.details(550).title == "Fight Club"
        assert client.movies.details(550, language="de").title == "Fight Club"


# -- configuration -----------------------------------------------------------------------


def test_the_configuration_lists_tmdbs_image_sizes(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        config = client.configuration.details()
    images = config.images
    assert images.backdrop_sizes == ["w300", "w780", "w1280", "original"]
    assert images.logo_sizes == ["w45", "w92", "w154", "w185", "w300", "w500", "original"]
    assert images.poster_sizes == ["w92", "w154", "w185", "w342", "w500", "w780", "original"]
    assert images.profile_sizes == ["w45", "w185", "h632", "original"]
    assert images.still_sizes == ["w92", "w185", "w300", "original"]
    builder = ImageURLBuilder(config)
    assert (
        builder.url("/abc.jpg", "w342", kind="poster") == "https://image.tmdb.org/t/p/w342/abc.jpg"
    )
    assert builder.url("/abc.jpg", "w780", kind="backdrop").endswith("/w780/abc.jpg")
    assert builder.url("/abc.jpg", "w342").endswith("/w342/abc.jpg")
    with pytest.raises(ValueError, match="unknown image size"):
        builder.url("/abc.jpg", "w342", kind="profile")


def test_the_configuration_matches_the_specs_example(
    fake_tmdb: FakeTMDB, openapi_spec: dict[str, Any]
) -> None:
    import json

    examples = openapi_spec["paths"]["/3/configuration"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    example = next(iter(examples.values()))["value"]
    expected = (json.loads(example) if isinstance(example, str) else example)["images"]
    served = _get(fake_tmdb, "/3/configuration").json()["images"]
    for key, sizes in expected.items():
        if key.endswith("_sizes"):
            assert served[key] == sizes, key


# -- recorded status ---------------------------------------------------------------------


def test_each_recorded_request_carries_its_status(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.not_found.add("/3/movie/404")
    with _client(fake_tmdb) as client:
        client.movies.details(550)
        assert fake_tmdb.last_request.status == 200
        with pytest.raises(NotFoundError):
            client.movies.details(404)
        assert fake_tmdb.last_request.status == 404
        fake_tmdb.faults.fail_first, fake_tmdb.faults.fail_status = 1, 429
        with pytest.raises(RateLimitError):
            client.movies.details(550)
        assert fake_tmdb.last_request.status == 429
        fake_tmdb.faults.fail_first, fake_tmdb.faults.fail_status = 1, 503
        with pytest.raises(Exception):  # noqa: B017 - whichever error a 503 raises
            client.movies.details(550)
        client.search.movie(query=NO_RESULTS_QUERY)
    assert [(r.path, r.status) for r in fake_tmdb.requests] == [
        ("/3/movie/550", 200),
        ("/3/movie/404", 404),
        ("/3/movie/550", 429),
        ("/3/movie/550", 503),
        ("/3/search/movie", 200),
    ]
    assert fake_tmdb.status_counts == {200: 2, 404: 1, 429: 1, 503: 1}


def test_rate_limit_304_v4_and_auth_answers_are_recorded(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.rate_limit = 1
    fake_tmdb.faults.retry_after = 0.01
    url = f"{fake_tmdb.url}/3/movie/550?api_key={fake_tmdb.api_key}"
    with requests.Session() as session:
        first = session.get(url)
        limited = session.get(url)
        fake_tmdb.faults.rate_limit = None
        unchanged = session.get(url, headers={"If-None-Match": first.headers["ETag"]})
        bad_key = session.get(f"{fake_tmdb.url}/3/movie/550?api_key=wrong")
        v4_missing = session.get(
            f"{fake_tmdb.url}/4/list/1",
            headers={"Authorization": f"Bearer {fake_tmdb.access_token}"},
        )
        v4_token = session.post(
            f"{fake_tmdb.url}/4/auth/request_token",
            headers={"Authorization": f"Bearer {fake_tmdb.access_token}"},
            json={},
        )
    answered = [first, limited, unchanged, bad_key, v4_missing, v4_token]
    assert [r.status for r in fake_tmdb.requests] == [a.status_code for a in answered]
    assert [a.status_code for a in answered[:5]] == [200, 429, 304, 401, 404]
    assert 200 <= v4_token.status_code < 300


def test_a_dropped_connection_is_recorded_as_599(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.drop_connections = 1
    with pytest.raises(requests.ConnectionError):
        _get(fake_tmdb, "/3/movie/550")
    assert [r.status for r in fake_tmdb.requests] == [599]


def test_a_recorded_request_is_a_plain_value(fake_tmdb: FakeTMDB) -> None:
    with _client(fake_tmdb) as client:
        client.search.movie(query="alien", page=2)
    recorded = fake_tmdb.last_request
    assert (recorded.method, recorded.path, recorded.status) == ("GET", "/3/search/movie", 200)
    assert recorded.query == {"query": "alien", "page": "2", "api_key": fake_tmdb.api_key}
    assert "status=200" in repr(recorded)


@pytest.mark.parametrize(("status", "code"), [(429, 25), (500, 11), (502, 43), (503, 9), (504, 24)])
def test_a_failure_is_answered_as_tmdb_answers_it(
    fake_tmdb: FakeTMDB, status: int, code: int
) -> None:
    fake_tmdb.faults.fail_first, fake_tmdb.faults.fail_status = 1, status
    fake_tmdb.faults.retry_after = 0.25
    answer = _get(fake_tmdb, "/3/movie/550")
    assert answer.status_code == fake_tmdb.last_request.status == status
    assert answer.json()["status_code"] == code
    assert answer.headers.get("Retry-After") == ("0.25" if status == 429 else None)
    with _client(fake_tmdb) as client:
        fake_tmdb.faults.fail_first, fake_tmdb.faults.fail_status = 1, 429
        with pytest.raises(RateLimitError) as limited:
            client.movies.details(550)
    assert (limited.value.status_code, limited.value.retry_after) == (25, 0.25)
