"""FakeTMDB's own options."""

from __future__ import annotations

import pytest

from tmdbfusion import NotFoundError, RateLimitError, TMDBClient
from tmdbfusion.testing import FakeTMDB


@pytest.mark.parametrize("limit", [0, 2])
def test_record_limit_keeps_only_the_latest_requests(limit: int) -> None:
    with FakeTMDB(record_limit=limit) as fake, TMDBClient(**fake.client_kwargs()) as client:
        for movie_id in (1, 2, 3, 4):
            client.movies.details(movie_id)
        assert [r.path for r in fake.requests] == [f"/3/movie/{i}" for i in (1, 2, 3, 4)][
            4 - limit :
        ]


def test_without_a_record_limit_every_request_is_kept() -> None:
    with FakeTMDB() as fake, TMDBClient(**fake.client_kwargs()) as client:
        for movie_id in range(1, 6):
            client.movies.details(movie_id)
        assert len(fake.requests) == 5


@pytest.mark.parametrize(
    ("bad", "error"), [(-1, ValueError), (1.5, TypeError), (True, TypeError), ("10", TypeError)]
)
def test_a_bad_record_limit_is_refused(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="record_limit must be an int >= 0 or None"):
        FakeTMDB(record_limit=bad)  # type: ignore[arg-type]


def test_it_sends_cache_headers_like_tmdb_and_answers_304(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None, max_retries=0) as client:
        details = client.with_raw_response.movies.details(550)
        trending = client.with_raw_response.trending.movies("day")
        token = client.with_raw_response.authentication.create_request_token()
        rated = client.with_raw_response.movies.add_rating(550, value=8.0, session_id="s")
        fake_tmdb.not_found.add("/3/movie/404")
        with pytest.raises(NotFoundError) as missing:
            client.movies.details(404)
        etag = details.headers["ETag"]
        same = client.request("GET", "/3/movie/550") == details.json()
    assert details.headers["Cache-Control"] == "public, max-age=21600"
    assert etag.startswith('W/"') and etag.endswith('"')
    assert trending.headers["Cache-Control"] == "public, max-age=300"
    assert token.headers["Cache-Control"] == "private, max-age=0"
    assert rated.headers["Cache-Control"] == "public, max-age=0"
    assert "Cache-Control" not in missing.value.headers and "ETag" not in missing.value.headers
    assert same


def test_if_none_match_with_the_current_etag_is_answered_304(fake_tmdb: FakeTMDB) -> None:
    import requests

    url = f"{fake_tmdb.url}/3/movie/550?api_key={fake_tmdb.api_key}"
    with requests.Session() as session:
        first = session.get(url)
        unchanged = session.get(url, headers={"If-None-Match": first.headers["ETag"]})
        other = session.get(url, headers={"If-None-Match": 'W/"not-it"'})
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged.headers["ETag"] == first.headers["ETag"]
    assert other.status_code == 200 and other.content == first.content
    assert [r.status for r in fake_tmdb.requests] == [200, 304, 200]


def test_each_request_records_its_answers_status(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.faults.rate_limit = 2
    fake_tmdb.faults.retry_after = 0.01
    with TMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None, max_retries=0) as client:
        client.movies.details(1)
        client.movies.details(2)
        with pytest.raises(RateLimitError):
            client.movies.details(3)
    assert [r.status for r in fake_tmdb.requests] == [200, 200, 429]
    assert fake_tmdb.status_counts == {200: 2, 429: 1}
    assert all(r.received_at > 0 for r in fake_tmdb.requests)
