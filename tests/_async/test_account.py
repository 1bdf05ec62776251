"""client.account: every operation through FakeTMDB, and the arguments it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import MovieListItem, StatusResponse
from tmdbfusion.models.account import (
    AccountDetails,
    AccountList,
    RatedMovie,
    RatedTV,
    RatedTVEpisode,
)
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB

SESSION = "session-abc123"


def sent_query(fake_tmdb: FakeTMDB) -> dict[str, str]:
    query = dict(fake_tmdb.last_request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return query


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    account = await client.account.details(548, session_id=SESSION)

    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "GET",
        "/3/account/548",
    )
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert isinstance(account, AccountDetails)
    assert account.id == 548


async def test_details_decodes_the_avatar(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/account/7",
        {
            "id": 7,
            "username": "someone",
            "include_adult": False,
            "avatar": {"gravatar": {"hash": "h4sh"}, "tmdb": {"avatar_path": None}},
        },
    )
    account = await client.account.details(7)

    assert sent_query(fake_tmdb) == {}
    assert account.username == "someone"
    assert account.avatar is not None
    assert account.avatar.gravatar is not None
    assert account.avatar.gravatar.hash == "h4sh"
    assert account.avatar.tmdb is not None
    assert account.avatar.tmdb.avatar_path is None


async def test_add_favorite(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    result = await client.account.add_favorite(
        548, media_type="movie", media_id=550, favorite=True, session_id=SESSION
    )

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/account/548/favorite")
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert sent.json() == {"media_type": "movie", "media_id": 550, "favorite": True}
    assert sent.headers["Content-Type"].startswith("application/json")
    assert isinstance(result, StatusResponse)
    assert result.status_code == 1


async def test_add_favorite_false_removes(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.account.add_favorite(548, media_type="tv", media_id=1399, favorite=False)

    assert sent_query(fake_tmdb) == {}
    assert fake_tmdb.last_request.json() == {
        "media_type": "tv",
        "media_id": 1399,
        "favorite": False,
    }


async def test_add_to_watchlist(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "POST",
        "/3/account/548/watchlist",
        {"success": True, "status_code": 12, "status_message": "Updated."},
        status=201,
    )
    result = await client.account.add_to_watchlist(
        548, media_type="tv", media_id=1396, watchlist=True, session_id=SESSION
    )

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/account/548/watchlist")
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert sent.json() == {"media_type": "tv", "media_id": 1396, "watchlist": True}
    assert isinstance(result, StatusResponse)
    assert result.status_code == 12


SORTED_PAGES: list[tuple[str, str, type[Any]]] = [
    ("favorite_movies", "favorite/movies", MovieListItem),
    ("favorite_tv", "favorite/tv", TVListItem),
    ("rated_movies", "rated/movies", RatedMovie),
    ("rated_tv", "rated/tv", RatedTV),
    ("rated_tv_episodes", "rated/tv/episodes", RatedTVEpisode),
    ("watchlist_movies", "watchlist/movies", MovieListItem),
    ("watchlist_tv", "watchlist/tv", TVListItem),
]


@pytest.mark.parametrize(("method", "suffix", "item_type"), SORTED_PAGES)
async def test_sorted_pages(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str, suffix: str, item_type: type[Any]
) -> None:
    call = getattr(client.account, method)
    page = await call(548, language="de-DE", page=2, session_id=SESSION, sort_by="created_at.desc")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", f"/3/account/548/{suffix}")
    assert sent_query(fake_tmdb) == {
        "language": "de-DE",
        "page": "2",
        "session_id": SESSION,
        "sort_by": "created_at.desc",
    }
    assert page.page == 2
    assert page.results
    assert all(type(item) is item_type for item in page.results)


@pytest.mark.parametrize("method", ["rated_movies", "rated_tv", "rated_tv_episodes"])
async def test_rated_items_carry_the_rating(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str
) -> None:
    page = await getattr(client.account, method)(548)

    assert sent_query(fake_tmdb) == {}
    ratings = [item.rating for item in page.results]
    # Generated data makes a field null now and then, as TMDB does.
    assert all(rating is None or isinstance(rating, float) for rating in ratings)
    assert any(isinstance(rating, float) for rating in ratings)


async def test_rated_items_are_still_list_items(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/account/1/rated/movies",
        {
            "page": 1,
            "results": [{"id": 10, "title": "A", "rating": 7}],
            "total_pages": 1,
            "total_results": 1,
        },
    )
    fake_tmdb.set_response(
        "GET",
        "/3/account/1/rated/tv/episodes",
        {
            "page": 1,
            "results": [{"id": 20, "show_id": 30, "season_number": 0, "rating": 8.5}],
            "total_pages": 1,
            "total_results": 1,
        },
    )
    movies = await client.account.rated_movies(1)
    episodes = await client.account.rated_tv_episodes(1)

    movie = movies.results[0]
    assert isinstance(movie, MovieListItem)
    assert (movie.id, movie.title, movie.rating) == (10, "A", 7.0)
    assert isinstance(movie.rating, float)
    episode = episodes.results[0]
    assert (episode.id, episode.show_id, episode.season_number, episode.rating) == (
        20,
        30,
        0,
        8.5,
    )


async def test_lists(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    page = await client.account.lists(548, page=3, session_id=SESSION)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/account/548/lists")
    assert sent_query(fake_tmdb) == {"page": "3", "session_id": SESSION}
    assert page.page == 3
    assert page.results
    assert all(isinstance(item, AccountList) for item in page.results)
    assert all(isinstance(item.id, int) for item in page.results)


async def test_paginate_walks_account_pages(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    seen = [
        item.id
        async for item in client.paginate(
            client.account.rated_movies, 548, session_id=SESSION
        ).items()
    ]

    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]
    assert all(r.query["session_id"] == SESSION for r in fake_tmdb.requests)
    assert len(seen) == 9


@pytest.mark.parametrize("account_id", [0, -5, True, "548", 1.5])
async def test_bad_account_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, account_id: object
) -> None:
    with pytest.raises((TypeError, ValueError), match="account_id"):
        await client.account.details(account_id)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("session_id", ["", "   ", 123, b"abc"])
async def test_bad_session_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, session_id: object
) -> None:
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await client.account.favorite_movies(548, session_id=session_id)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await client.account.add_favorite(
            548,
            media_type="movie",
            media_id=550,
            session_id=session_id,  # type: ignore[arg-type]
        )
    assert fake_tmdb.requests == []


async def test_bad_sort_by_is_refused(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match=r"sort_by must be one of .*created_at\.asc"):
        await client.account.rated_tv(548, sort_by="popularity.desc")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"media_type": "person", "media_id": 1}, ValueError, "media_type must be one of"),
        ({"media_type": "movie", "media_id": 0}, ValueError, "media_id must be a positive int"),
        ({"media_type": "movie", "media_id": True}, TypeError, "media_id"),
        ({"media_type": "movie", "media_id": "550"}, TypeError, "media_id"),
        ({"media_type": "movie", "media_id": 1, "favorite": "yes"}, TypeError, "favorite"),
        ({"media_type": "movie", "media_id": 1, "favorite": None}, TypeError, "favorite"),
    ],
)
async def test_bad_favorite_bodies_are_refused(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        await client.account.add_favorite(548, **kwargs)
    assert fake_tmdb.requests == []


async def test_bad_watchlist_bodies_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ValueError, match="media_type"):
        await client.account.add_to_watchlist(548, media_type="movies", media_id=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="watchlist must be True or False"):
        await client.account.add_to_watchlist(548, media_type="tv", media_id=1, watchlist=1)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
