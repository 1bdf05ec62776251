"""The escape hatch ``client.request`` and the ``ENDPOINTS`` registry."""

from __future__ import annotations

from operator import attrgetter

import pytest

import tmdbfusion
from tmdbfusion import AsyncTMDBClient, NotFoundError, ServerError
from tmdbfusion.images import ImageURLBuilder
from tmdbfusion.models import Credits, MovieDetails
from tmdbfusion.testing import FakeTMDB


async def test_request_typed_and_untyped(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.request("GET", "/3/movie/550/credits", type=Credits)
    assert isinstance(credits, Credits)
    assert fake_tmdb.last_request.path == "/3/movie/550/credits"

    raw = await client.request("get", "/3/movie/550", params={"language": "en", "adult": False})
    assert raw["id"] == 550
    assert fake_tmdb.last_request.query == {
        "language": "en",
        "adult": "false",
        "api_key": fake_tmdb.api_key,
    }


async def test_request_sends_json_and_shares_errors_and_retries(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    await client.request("POST", "/3/movie/550/rating", json={"value": 8.5})
    sent = fake_tmdb.last_request
    assert sent.method == "POST"
    assert sent.json() == {"value": 8.5}
    assert sent.headers["Content-Type"].startswith("application/json")

    fake_tmdb.not_found.add("/3/movie/1/credits")
    with pytest.raises(NotFoundError):
        await client.request("GET", "/3/movie/1/credits")

    fake_tmdb.faults.fail_first = 100
    with pytest.raises(ServerError):
        await client.request("GET", "/3/movie/2")
    assert len(fake_tmdb.requests) == 1 + 1 + client.retry_policy.max_retries + 1


@pytest.mark.parametrize(
    ("method", "path"),
    [("PATCH", "/3/movie/1"), ("GET", "3/movie/1"), ("GET", "/3/movie/1?api_key=x")],
)
async def test_request_refuses_bad_input(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str, path: str
) -> None:
    with pytest.raises(ValueError):
        await client.request(method, path)
    assert fake_tmdb.requests == []


async def test_every_registered_endpoint_is_a_method(client: AsyncTMDBClient) -> None:
    assert len({e.operation_id for e in tmdbfusion.ENDPOINTS}) == len(tmdbfusion.ENDPOINTS)
    for endpoint in tmdbfusion.ENDPOINTS:
        resource = attrgetter(endpoint.resource)(client)
        assert callable(getattr(resource, endpoint.name)), endpoint
    details = next(e for e in tmdbfusion.ENDPOINTS if e.operation_id == "movie-details")
    assert (details.method, details.path, details.resource, details.name) == (
        "GET",
        "/3/movie/{movie_id}",
        "movies",
        "details",
    )
    assert details.response_type is MovieDetails


async def test_append_to_response_limits(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match="unknown append_to_response part 'credit'"):
        await client.movies.details(1, append_to_response=["credit"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="at most 20"):
        await client.movies.details(1, append_to_response=[f"x{i}" for i in range(21)])  # type: ignore[misc]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("query", ["", "   "])
async def test_empty_query_is_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, query: str
) -> None:
    with pytest.raises(ValueError, match="query must not be empty"):
        await client.search.movie(query=query)
    assert fake_tmdb.requests == []


async def test_path_parameters_cannot_escape_the_path(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    # No int id can hold a '/', and string ids are refused when they do.
    with pytest.raises(TypeError):
        await client.movies.details("550/credits")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


async def test_image_urls_from_the_configuration(client: AsyncTMDBClient) -> None:
    config = await client.configuration.details()
    images = ImageURLBuilder(config)
    assert images.url("/abc.jpg", "w500") == "https://image.tmdb.org/t/p/w500/abc.jpg"
    assert images.url("/abc.jpg", "original", kind="poster").endswith("/original/abc.jpg")
    with pytest.raises(ValueError, match="unknown image size 'w501'"):
        images.url("/abc.jpg", "w501")
