"""client.lists: v3 lists through FakeTMDB, and the writes it refuses."""

from __future__ import annotations

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import MovieListItem, StatusResponse
from tmdbfusion.models.lists import ListCreated, ListDetails, ListItemStatus
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB

SESSION = "session-abc123"


def sent_query(fake_tmdb: FakeTMDB) -> dict[str, str]:
    query = dict(fake_tmdb.last_request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return query


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    details = await client.lists.details("5a8f0c", language="en-US", page=1)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/list/5a8f0c")
    assert sent_query(fake_tmdb) == {"language": "en-US", "page": "1"}
    assert isinstance(details, ListDetails)
    assert details.id == "5a8f0c"
    assert details.items
    # TMDB's ``items``, under the name every other page uses.
    assert details.results is details.items


def list_page(page: int, total_pages: int | None) -> dict[str, object]:
    body: dict[str, object] = {
        "id": "8",
        "name": "Mixed",
        "created_by": "someone",
        "item_count": 2,
        "items": [
            {"media_type": "movie", "id": 550, "title": "A movie", "vote_average": 8},
            {"media_type": "tv", "id": 1399, "name": "A series"},
        ],
    }
    if total_pages is not None:
        body.update(page=page, total_pages=total_pages, total_results=2 * total_pages)
    return body


async def test_details_items_are_movies_and_tv(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/list/8", list_page(1, None))
    details = await client.lists.details(8)

    assert fake_tmdb.last_request.path == "/3/list/8"
    assert sent_query(fake_tmdb) == {}
    assert details.id == "8"
    movie, series = details.results
    assert isinstance(movie, MovieListItem)
    assert (movie.id, movie.vote_average) == (550, 8.0)
    assert isinstance(series, TVListItem)
    assert series.name == "A series"
    # Without paging fields, what came back is the only page.
    assert (details.page, details.total_pages) == (1, 1)


async def test_paginate_walks_list_items(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/list/8", list_page(1, 2))
    ids = [item.id async for item in client.paginate(client.lists.details, 8).items()]

    assert [r.query.get("page") for r in fake_tmdb.requests] == ["1", "2"]
    assert ids == [550, 1399, 550, 1399]


async def test_create(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "POST",
        "/3/list",
        {"success": True, "status_code": 1, "status_message": "Created.", "list_id": 4321},
        status=201,
    )
    created = await client.lists.create(
        name="Weekend", description="To watch", language="en", session_id=SESSION
    )

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/list")
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert sent.json() == {"name": "Weekend", "description": "To watch", "language": "en"}
    assert isinstance(created, ListCreated)
    assert (created.success, created.status_code, created.list_id) == (True, 1, 4321)


async def test_create_omits_unset_fields(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    created = await client.lists.create(name="Only a name", session_id=SESSION)

    assert fake_tmdb.last_request.json() == {"name": "Only a name"}
    assert isinstance(created.list_id, int)


@pytest.mark.parametrize(
    ("method", "action"), [("add_movie", "add_item"), ("remove_movie", "remove_item")]
)
async def test_add_and_remove_movie(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str, action: str
) -> None:
    result = await getattr(client.lists, method)(8, media_id=550, session_id=SESSION)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", f"/3/list/8/{action}")
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert sent.json() == {"media_id": 550}
    assert isinstance(result, StatusResponse)
    assert result.success is True


async def test_item_status(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/list/8/item_status", {"id": 8, "item_present": True})
    status = await client.lists.item_status(8, movie_id=550, language="en")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/list/8/item_status")
    assert sent_query(fake_tmdb) == {"movie_id": "550", "language": "en"}
    assert isinstance(status, ListItemStatus)
    assert (status.id, status.item_present) == (8, True)


async def test_clear(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    result = await client.lists.clear(8, session_id=SESSION, confirm=True)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path, sent.body) == ("POST", "/3/list/8/clear", b"")
    assert sent_query(fake_tmdb) == {"session_id": SESSION, "confirm": "true"}
    assert isinstance(result, StatusResponse)
    assert result.status_code == 1


async def test_delete(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    result = await client.lists.delete("5a8f0c", session_id=SESSION)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path, sent.body) == ("DELETE", "/3/list/5a8f0c", b"")
    assert sent_query(fake_tmdb) == {"session_id": SESSION}
    assert isinstance(result, StatusResponse)
    assert result.success is True


@pytest.mark.parametrize(
    ("confirm", "error", "match"),
    [
        (False, ValueError, "confirm=True"),
        ("true", ValueError, "confirm=True"),
        (1, ValueError, "confirm=True"),
        (None, TypeError, "lists.clear needs confirm"),
    ],
)
async def test_clear_needs_an_explicit_confirm(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    confirm: object,
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await client.lists.clear(8, session_id=SESSION, confirm=confirm)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="confirm=True"):
        await client.lists.clear(8, session_id=SESSION)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("session_id", ["", "   ", None, 7])
async def test_writes_need_a_session(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, session_id: object
) -> None:
    bad: dict[str, object] = {"session_id": session_id}
    lists = client.lists
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await lists.create(name="x", **bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await lists.add_movie(8, media_id=550, **bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await lists.remove_movie(8, media_id=550, **bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await lists.clear(8, confirm=True, **bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await lists.delete(8, **bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("bad_id", [0, -1, True, "550", None])
async def test_bad_movie_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad_id: object
) -> None:
    with pytest.raises((TypeError, ValueError), match="media_id"):
        await client.lists.add_movie(8, media_id=bad_id, session_id=SESSION)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="media_id"):
        await client.lists.remove_movie(8, media_id=bad_id, session_id=SESSION)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="movie_id"):
        await client.lists.item_status(8, movie_id=bad_id)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("list_id", [0, "", "a/b", True, 2.5])
async def test_bad_list_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, list_id: object
) -> None:
    with pytest.raises((TypeError, ValueError), match="list_id"):
        await client.lists.details(list_id)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="list_id"):
        await client.lists.delete(list_id, session_id=SESSION)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


async def test_blank_list_names_are_refused(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match="name"):
        await client.lists.create(name="  ", session_id=SESSION)
    assert fake_tmdb.requests == []
