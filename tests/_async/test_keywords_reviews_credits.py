"""client.keywords, client.reviews and client.credits through FakeTMDB."""

from __future__ import annotations

from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Keyword, MovieListItem
from tmdbfusion.models.credits import CreditDetails, CreditMovie, CreditTV
from tmdbfusion.models.keywords import KeywordMovies
from tmdbfusion.models.people import PersonListItem
from tmdbfusion.models.reviews import Review, ReviewAuthor
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB


def sent(fake_tmdb: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """Method, path and query (without the api_key every request carries) of the last call."""
    request = fake_tmdb.last_request
    query = dict(request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return request.method, request.path, query


async def test_keyword_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    keyword = await client.keywords.details(1701)

    assert sent(fake_tmdb) == ("GET", "/3/keyword/1701", {})
    assert isinstance(keyword, Keyword)
    assert keyword.id == 1701


async def test_keyword_movies(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    movies = await client.keywords.movies(1701, include_adult=False, language="de-DE", page=2)

    assert sent(fake_tmdb) == (
        "GET",
        "/3/keyword/1701/movies",
        {"include_adult": "false", "language": "de-DE", "page": "2"},
    )
    assert isinstance(movies, KeywordMovies)
    assert movies.page == 2
    assert movies.id in (1701, None)
    assert movies.results and all(isinstance(m, MovieListItem) for m in movies.results)


async def test_keyword_movies_paginate(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    pager = client.paginate(client.keywords.movies, 1701)
    items = [movie async for movie in pager.items()]
    assert len(items) == 3 * fake_tmdb.data.list_size
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]


async def test_review_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    review = await client.reviews.details("640b2aeecaaca20079decdcc")

    assert sent(fake_tmdb) == ("GET", "/3/review/640b2aeecaaca20079decdcc", {})
    assert isinstance(review, Review)
    assert review.id == "640b2aeecaaca20079decdcc"
    assert isinstance(review.author_details, ReviewAuthor)


async def test_review_author_rating_may_be_null_or_whole(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/review/r1",
        {"id": "r1", "author_details": {"rating": 9}, "media_type": "tv", "media_id": 1},
    )
    fake_tmdb.set_response("GET", "/3/review/r2", {"id": "r2", "author_details": {"rating": None}})
    rated = await client.reviews.details("r1")
    unrated = await client.reviews.details("r2")
    assert rated.author_details is not None and rated.author_details.rating == 9.0
    assert (rated.media_type, rated.media_id) == ("tv", 1)
    assert unrated.author_details is not None and unrated.author_details.rating is None


async def test_credit_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credit = await client.credits.details("52fe4250c3a36847f80149f3", language="en-US")

    assert sent(fake_tmdb) == (
        "GET",
        "/3/credit/52fe4250c3a36847f80149f3",
        {"language": "en-US"},
    )
    assert isinstance(credit, CreditDetails)
    assert credit.id == "52fe4250c3a36847f80149f3"
    assert isinstance(credit.media, CreditMovie | CreditTV)
    assert isinstance(credit.person, PersonListItem)


@pytest.mark.parametrize(
    ("media", "expected", "base"),
    [
        (
            {"id": 550, "media_type": "movie", "title": "Fight Club", "character": "Narrator"},
            CreditMovie,
            MovieListItem,
        ),
        (
            {
                "id": 100088,
                "media_type": "tv",
                "name": "The Last of Us",
                "character": "Joel",
                "episodes": [{"id": 1, "episode_number": 1, "season_number": 1}],
                "seasons": [{"id": 144593, "season_number": 1, "show_id": 100088}],
            },
            CreditTV,
            TVListItem,
        ),
    ],
)
async def test_credit_media_is_a_movie_or_a_series(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    media: dict[str, Any],
    expected: type[Any],
    base: type[Any],
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/credit/abc",
        {
            "id": "abc",
            "credit_type": "cast",
            "media_type": media["media_type"],
            "media": media,
            "person": {"id": 1, "media_type": "person", "name": "Someone"},
        },
    )
    credit = await client.credits.details("abc")
    assert isinstance(credit.media, expected)
    assert isinstance(credit.media, base)
    assert credit.media.character == media["character"]
    if isinstance(credit.media, CreditTV):
        assert credit.media.seasons[0].show_id == 100088
        assert credit.media.episodes[0].episode_number == 1


@pytest.mark.parametrize(
    ("call", "bad"),
    [
        (lambda c, bad: c.keywords.details(bad), 0),
        (lambda c, bad: c.keywords.details(bad), "1701"),
        (lambda c, bad: c.keywords.movies(bad), -5),
        (lambda c, bad: c.keywords.movies(1701, page=bad), 0),
        (lambda c, bad: c.keywords.movies(1701, page=bad), 501),
        (lambda c, bad: c.reviews.details(bad), ""),
        (lambda c, bad: c.reviews.details(bad), "a/b"),
        (lambda c, bad: c.reviews.details(bad), 123),
        (lambda c, bad: c.credits.details(bad), "  "),
        (lambda c, bad: c.credits.details(bad), None),
    ],
)
async def test_bad_arguments_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, call: Any, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await call(client, bad)
    assert fake_tmdb.requests == []
