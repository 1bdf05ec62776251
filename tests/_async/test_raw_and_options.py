"""``with_raw_response`` (TMDB's bytes as they came, the model one call away) and
``with_options`` (per-call settings on the same connections and rate limiter)."""

from __future__ import annotations

import pytest

from tests.sockets import open_sockets_to, port_of
from tmdbfusion import AsyncTMDBClient, DecodeError, NotFoundError, RawResponse, ServerError
from tmdbfusion.errors import RequestTimeoutError
from tmdbfusion.models import MovieDetails
from tmdbfusion.testing import FakeTMDB

# Odd spacing, key order and escapes that a re-encoder would not keep.
EXACT = b'{ "id": 550,  "title": "Fight Club", "tagline": "Mischief. Mayhem. Soap.\\u00e9" }'


async def test_raw_response_keeps_tmdbs_exact_bytes_and_parses_once(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/movie/550", EXACT, headers={"ETag": 'W/"abc"'})
    raw = await client.with_raw_response.movies.details(550, language="de-DE")
    assert isinstance(raw, RawResponse)
    assert raw.content == EXACT
    assert raw.status_code == 200
    assert raw.headers["etag"] == 'W/"abc"'  # case-insensitive
    assert raw.json()["tagline"].endswith("é")
    movie = raw.parse()
    assert isinstance(movie, MovieDetails)
    assert (movie.id, movie.title) == (550, "Fight Club")
    assert raw.parse() is movie
    assert fake_tmdb.last_request.query["language"] == "de-DE"
    assert "movies.details" in repr(raw) and "/3/movie/550" in repr(raw)


async def test_raw_response_headers_are_read_only(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    raw = await client.with_raw_response.movies.details(550)
    with pytest.raises(TypeError):
        raw.headers["X-Mine"] = "1"  # type: ignore[index]


async def test_raw_responses_still_raise_api_errors(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.not_found.add("/3/movie/9")
    with pytest.raises(NotFoundError):
        await client.with_raw_response.movies.details(9)


async def test_raw_parse_of_a_bad_body_names_the_call(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/movie/77", b'{"id": "not a number"}')
    raw = await client.with_raw_response.movies.details(77)
    assert raw.content == b'{"id": "not a number"}'  # the bytes survive a bad shape
    with pytest.raises(DecodeError) as info:
        raw.parse()
    assert (info.value.operation, info.value.method, info.value.path) == (
        "movies.details",
        "GET",
        "/3/movie/77",
    )


async def test_with_options_timeout_applies_to_the_derived_client_only(
    fake_tmdb: FakeTMDB,
) -> None:
    fake_tmdb.faults.latency = 0.5
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), rate_limit=None, max_retries=0, timeout=5.0
    ) as client:
        impatient = client.with_options(timeout=0.1)
        with pytest.raises(RequestTimeoutError):
            await impatient.movies.details(1)
        assert (await client.movies.details(2)).id == 2
        assert (client.timeout, impatient.timeout) == (5.0, 0.1)


async def test_with_options_max_retries_applies_to_the_derived_client_only(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.fail_first = 1
    with pytest.raises(ServerError):
        await client.with_options(max_retries=0).movies.details(1)
    assert len(fake_tmdb.requests) == 1
    fake_tmdb.faults.fail_first = 1
    assert (await client.movies.details(1)).id == 1  # the original still retries
    assert len(fake_tmdb.requests) == 3


async def test_with_options_shares_connections_and_rate_limiter() -> None:
    # A fake of its own: sockets are counted by its port, which no other test uses.
    async with FakeTMDB() as fake:
        port = port_of(fake.url)
        client = AsyncTMDBClient(**fake.client_kwargs(), rate_limit=30)
        derived = client.with_options(timeout=2.0)
        assert derived._limiter is client._limiter
        await client.movies.details(1)
        await derived.movies.details(2)
        raw = await derived.with_raw_response.movies.details(3)
        assert raw.parse().id == 3
        assert open_sockets_to(port) == 1  # one kept-alive connection served all three
        await derived.close()  # the derived client owns nothing
        assert open_sockets_to(port) == 1
        await client.close()  # closing the original closes them for both
        assert open_sockets_to(port) == 0
        assert [r.path for r in fake.requests] == ["/3/movie/1", "/3/movie/2", "/3/movie/3"]


async def test_with_options_refuses_bad_values(client: AsyncTMDBClient) -> None:
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(TypeError, match="max_retries"):
        client.with_options(max_retries="3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
