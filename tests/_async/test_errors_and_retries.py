"""Typed errors, retries with backoff, Retry-After, timeouts and decoding failures."""

from __future__ import annotations

import logging

import pytest

from tmdbfusion import (
    AsyncTMDBClient,
    DecodeError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
)
from tmdbfusion._retry import RetryPolicy
from tmdbfusion.errors import (
    APIError,
    BadRequestError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from tmdbfusion.models import MovieDetails
from tmdbfusion.testing import FakeTMDB


async def test_not_found_is_typed_and_not_retried(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.not_found.add("/3/movie/999")
    with pytest.raises(NotFoundError) as info:
        await client.movies.details(999)
    assert (info.value.http_status, info.value.status_code) == (404, 34)
    assert info.value.status_message
    assert len(fake_tmdb.requests) == 1


async def test_server_errors_are_retried_until_success(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.fail_first = 2
    movie = await client.movies.details(7)
    assert movie.id == 7
    assert len(fake_tmdb.requests) == 3


async def test_server_error_raised_once_retries_are_used_up(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.fail_first = 100
    with pytest.raises(ServerError) as info:
        await client.movies.details(7)
    assert info.value.http_status == 503
    assert len(fake_tmdb.requests) == client.retry_policy.max_retries + 1


async def test_post_is_not_retried_on_server_errors(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.fail_first = 1
    with pytest.raises(ServerError):
        await client.request("POST", "/3/movie/550/rating", json={"value": 8.5})
    assert len(fake_tmdb.requests) == 1


async def test_rate_limit_waits_for_retry_after_plus_jitter(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    client.retry_policy = RetryPolicy(max_retries=3, retry_after_jitter=0.5)
    waits: list[float] = []
    real_sleep = client._transport.sleep

    async def recording_sleep(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(0)

    client._transport.sleep = recording_sleep  # type: ignore[method-assign]
    fake_tmdb.set_response(
        "GET",
        "/3/movie/5",
        {"success": False, "status_code": 25, "status_message": "over the limit"},
        status=429,
        headers={"Retry-After": "7"},
    )
    with pytest.raises(RateLimitError) as info:
        await client.movies.details(5)
    assert info.value.retry_after == 7.0
    assert info.value.status_code == 25
    assert len(waits) == 3
    assert all(7.0 <= w <= 7.5 for w in waits), waits
    # Jittered, so that the requests a 429 held back do not return in lockstep.
    assert len(set(waits)) == 3, waits
    assert len(fake_tmdb.requests) == 4


async def test_retry_after_is_capped(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    waits: list[float] = []

    async def recording_sleep(seconds: float) -> None:
        waits.append(seconds)

    client._transport.sleep = recording_sleep  # type: ignore[method-assign]
    fake_tmdb.set_response("GET", "/3/movie/5", b"{}", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError):
        await client.movies.details(5)
    cap, jitter = client.retry_policy.retry_after_cap, client.retry_policy.retry_after_jitter
    assert waits and all(cap <= w <= cap + jitter for w in waits)


async def test_dropped_connections_are_retried(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.drop_connections = 2
    movie = await client.movies.details(3)
    assert movie.id == 3
    assert len(fake_tmdb.requests) == 3


async def test_connection_failures_end_in_transport_error(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    fake_tmdb.faults.drop_connections = 100
    with caplog.at_level(logging.DEBUG, logger="tmdbfusion"), pytest.raises(TransportError) as info:
        await client.movies.details(3)
    assert "/3/movie/3" in str(info.value)
    assert fake_tmdb.api_key not in str(info.value)
    attempts = [r.getMessage() for r in caplog.records if "-> error" in r.getMessage()]
    assert len(attempts) == client.retry_policy.max_retries + 1
    # The HTTP layer may send a GET once more on a pooled connection the server closed
    # before answering (RFC 9112 section 9.3.1), without it counting as a retry.
    assert len(attempts) <= len(fake_tmdb.requests) <= 2 * len(attempts)


async def test_refused_connection_hides_the_key() -> None:
    async with AsyncTMDBClient(
        "super-secret-key", base_url="http://127.0.0.1:9", max_retries=0, rate_limit=None
    ) as client:
        with pytest.raises(TransportError) as info:
            await client.movies.details(1)
    assert "super-secret-key" not in str(info.value)
    # No chained exception either: aiohttp's and requests' hold the URL with the key.
    assert info.value.__cause__ is None
    assert info.value.__context__ is None


async def test_html_error_pages_are_server_errors(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.html_errors = 100
    with pytest.raises(ServerError) as info:
        await client.movies.details(3)
    assert info.value.http_status == 502
    assert info.value.status_code is None
    assert "Bad Gateway" in str(info.value)

    fake_tmdb.reset()
    fake_tmdb.faults.html_errors = 1
    assert (await client.movies.details(3)).id == 3


async def test_truncated_json_is_a_decode_error(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.truncate_json = 1
    with pytest.raises(DecodeError, match=r"movies\.details"):
        await client.movies.details(3)


async def test_wrong_field_type_names_the_field(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/movie/4", {"id": 4, "genres": [{"id": "x"}]})
    with pytest.raises(DecodeError) as info:
        await client.movies.details(4)
    assert "$.genres[0].id" in str(info.value)
    assert "movies.details (GET /3/movie/4)" in str(info.value)
    assert (info.value.operation, info.value.method, info.value.path) == (
        "movies.details",
        "GET",
        "/3/movie/4",
    )


async def test_nulls_empty_strings_and_loose_numbers_decode(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/movie/8",
        {
            "id": 8,
            "poster_path": None,
            "backdrop_path": None,
            "belongs_to_collection": None,
            "imdb_id": None,
            "runtime": None,
            "release_date": "",
            "vote_average": 10,
            "popularity": "1.5",
            "budget": 10_000_000_000,
            "genres": [],
        },
    )
    movie = await client.movies.details(8)
    assert isinstance(movie, MovieDetails)
    assert movie.poster_path is None
    assert movie.release_date == ""
    assert movie.vote_average == 10.0
    assert isinstance(movie.vote_average, float)
    assert movie.popularity == 1.5
    assert movie.budget == 10_000_000_000


async def test_timeouts_are_transport_errors(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.latency = 2.0
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), timeout=0.2, max_retries=0, rate_limit=None
    ) as client:
        with pytest.raises(TransportError) as info:
            await client.movies.details(1)
    assert info.value.timeout


async def test_slow_bodies_hit_the_timeout(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.slow_body = 3.0
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), timeout=0.3, max_retries=0, rate_limit=None
    ) as client:
        with pytest.raises(TransportError) as info:
            await client.movies.details(1)
    assert info.value.timeout


async def test_debug_log_shows_the_call_without_the_key(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    fake_tmdb.faults.fail_first = 1
    with caplog.at_level(logging.DEBUG, logger="tmdbfusion"):
        await client.movies.details(550, language="en-US")
    messages = [
        r.getMessage()
        for r in caplog.records
        if r.name == "tmdbfusion" and r.levelno == logging.DEBUG
    ]
    assert len(messages) == 2
    assert "GET /3/movie/550?language=en-US -> 503 (attempt 1," in messages[0]
    assert "-> 200 (attempt 2," in messages[1]
    assert messages[1].endswith(" ms)")
    assert all(fake_tmdb.api_key not in m for m in messages)


async def test_debug_log_masks_session_ids(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="tmdbfusion"):
        await client.request("GET", "/3/account/1", params={"session_id": "user-session-secret"})
    messages = [r.getMessage() for r in caplog.records if r.name == "tmdbfusion"]
    assert messages and "session_id=***" in messages[0]
    assert all("user-session-secret" not in m for m in messages)


@pytest.mark.parametrize("status", [201, 202, 203])
async def test_a_2xx_other_than_200_decodes(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, status: int
) -> None:
    fake_tmdb.set_response("GET", "/3/movie/550", {"id": 550, "title": "Fight Club"}, status=status)
    movie = await client.movies.details(550)
    assert isinstance(movie, MovieDetails)
    assert (movie.id, movie.title) == (550, "Fight Club")
    assert await client.request("GET", "/3/movie/550") == {"id": 550, "title": "Fight Club"}
    assert [r.path for r in fake_tmdb.requests] == ["/3/movie/550", "/3/movie/550"]


@pytest.mark.parametrize(
    ("status", "error_class", "tmdb_code"),
    [
        (400, BadRequestError, 22),
        (403, PermissionDeniedError, 45),
        (422, UnprocessableEntityError, 20),
    ],
)
async def test_client_errors_are_typed_with_headers_and_not_retried(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    status: int,
    error_class: type[APIError],
    tmdb_code: int,
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/movie/550",
        {"success": False, "status_code": tmdb_code, "status_message": "refused"},
        status=status,
        headers={"X-Request-Id": "req-123"},
    )
    errors: list[APIError] = []
    with pytest.raises(error_class) as typed:
        await client.movies.details(550)
    errors.append(typed.value)
    with pytest.raises(error_class) as raw:
        await client.request("GET", "/3/movie/550")
    errors.append(raw.value)
    for error in errors:
        assert isinstance(error, APIError)
        assert not isinstance(error, ServerError | RateLimitError | NotFoundError)
        assert (error.http_status, error.status_code) == (status, tmdb_code)
        assert error.status_message == "refused"
        assert (error.method, error.path) == ("GET", "/3/movie/550")
        assert error.headers["X-Request-Id"] == "req-123"
        assert error.headers["x-request-id"] == "req-123"  # case-insensitive
        with pytest.raises(TypeError):
            error.headers["X-Request-Id"] = "changed"  # type: ignore[index]
    assert len(fake_tmdb.requests) == 2  # one per call: a 4xx is not retried
