"""client.v4: the auth flow, the user's account and lists, against FakeTMDB's v4 (over
real sockets): the request each operation sends (method, path, query, body, token) and
what comes back."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

import tmdbfusion
from tmdbfusion import AsyncTMDBClient
from tmdbfusion.cache import MemoryCache
from tmdbfusion.errors import (
    AuthenticationError,
    NotFoundError,
    ServerError,
    UnprocessableEntityError,
)
from tmdbfusion.models import (
    AccessToken,
    AccountListSummary,
    AccountMovie,
    AccountTV,
    ItemsResult,
    ItemStatus,
    ListCleared,
    ListItem,
    MovieListItem,
    Page,
    TVListItem,
    V4ListCreated,
    V4ListDetails,
    V4RequestToken,
    V4Status,
)
from tmdbfusion.testing import FakeTMDB


@pytest.fixture
async def app(fake_tmdb: FakeTMDB) -> AsyncIterator[AsyncTMDBClient]:
    """A client with the app's read access token, as v4 auth needs."""
    async with AsyncTMDBClient(access_token=fake_tmdb.access_token, base_url=fake_tmdb.url) as c:
        yield c


@pytest.fixture
async def keyed(fake_tmdb: FakeTMDB) -> AsyncIterator[AsyncTMDBClient]:
    """A client with a v3 API key only."""
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs()) as client:
        yield client


def bearer(request: Any) -> str:
    return str(request.headers.get("Authorization", "")).removeprefix("Bearer ")


def v4_requests(fake: FakeTMDB) -> list[Any]:
    return [r for r in fake.requests if r.path.startswith("/4/")]


def test_the_21_operations_are_registered() -> None:
    v4 = [e for e in tmdbfusion.ENDPOINTS if e.path.startswith("/4/")]
    assert len(v4) == 21
    assert {e.resource for e in v4} == {"v4.auth", "v4.account", "v4.lists"}
    by_name = {e.qualname: e for e in v4}
    assert by_name["v4.lists.clear"].method == "GET" and not by_name["v4.lists.clear"].retry
    assert by_name["v4.lists.update"].path == "/4/list/{list_id}"  # not the spec's /4/{list_id}
    assert by_name["v4.auth.create_request_token"].token == "app"
    assert by_name["v4.account.lists"].token == "user"


# -- auth ---------------------------------------------------------------------------


async def test_auth_flow_end_to_end(app: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = await app.v4.auth.create_request_token(redirect_to="https://example.org/done")
    assert isinstance(token, V4RequestToken) and token.request_token
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/4/auth/request_token")
    assert sent.json() == {"redirect_to": "https://example.org/done"}
    assert bearer(sent) == fake_tmdb.access_token and "api_key" not in sent.query

    url = app.v4.auth.approval_url(token.request_token)
    assert url == f"https://www.themoviedb.org/auth/access?request_token={token.request_token}"

    with pytest.raises(UnprocessableEntityError):  # not approved yet: TMDB's code 41
        await app.v4.auth.create_access_token(request_token=token.request_token)
    fake_tmdb.v4.approve(token.request_token)
    access = await app.v4.auth.create_access_token(request_token=token.request_token)
    assert isinstance(access, AccessToken)
    assert fake_tmdb.last_request.json() == {"request_token": token.request_token}
    assert fake_tmdb.v4.users[access.access_token] == access.account_id

    lists = await app.v4.account.lists(access.account_id, user_access_token=access.access_token)
    assert lists.total_results == 0
    assert bearer(fake_tmdb.last_request) == access.access_token

    await app.authentication.create_session_from_v4_token(access_token=access.access_token)
    assert fake_tmdb.last_request.path == "/3/authentication/session/convert/4"
    assert fake_tmdb.last_request.json() == {"access_token": access.access_token}

    logged_out = await app.v4.auth.delete_access_token(access_token=access.access_token)
    assert isinstance(logged_out, V4Status) and logged_out.success
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path, sent.json()) == (
        "DELETE",
        "/4/auth/access_token",
        {"access_token": access.access_token},
    )
    with pytest.raises(AuthenticationError) as raised:
        await app.v4.account.lists(access.account_id, user_access_token=access.access_token)
    assert access.access_token not in str(raised.value)


async def test_auth_needs_the_read_access_token(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ValueError, match="read access token"):
        await keyed.v4.auth.create_request_token()
    assert fake_tmdb.requests == []


async def test_user_calls_without_a_user_token_fail_before_sending(
    app: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ValueError) as raised:
        await app.v4.account.lists("5d339fb42f8d097bccd118c7")
    message = str(raised.value)
    assert "user_access_token" in message and "with_options" in message
    assert "create_request_token" in message and "approval_url" in message
    with pytest.raises(ValueError, match="user_access_token"):
        await app.v4.lists.create(name="x", iso_639_1="en")
    assert fake_tmdb.requests == []


async def test_with_options_binds_the_user_token(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    token = fake_tmdb.v4.add_user("account-1")
    user = keyed.with_options(user_access_token=token)
    await user.v4.account.lists("account-1")
    sent = fake_tmdb.last_request
    assert bearer(sent) == token
    assert "api_key" not in sent.query  # the user's token goes alone
    other = fake_tmdb.v4.add_user("account-2")
    await user.v4.account.lists("account-2", user_access_token=other)  # the call's wins
    assert bearer(fake_tmdb.last_request) == other
    with pytest.raises(ValueError, match="user_access_token"):
        await keyed.v4.account.lists("account-1")  # the original stays unbound


async def test_the_user_token_never_shows(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    token = "v4-user-token-that-fake-tmdb-does-not-know"
    user = keyed.with_options(user_access_token=token)
    with (
        caplog.at_level(logging.DEBUG, logger="tmdbfusion"),
        pytest.raises(AuthenticationError) as raised,
    ):
        await user.v4.lists.create(name="x", iso_639_1="en")
    assert token not in str(raised.value) + repr(raised.value) + repr(user)
    assert token not in caplog.text
    with pytest.raises(ValueError) as bad:
        await keyed.v4.account.lists("a", user_access_token="bad token\n")
    assert "bad token" not in str(bad.value)


# -- account ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "suffix", "item", "sorted_"),
    [
        ("favorite_movies", "movie/favorites", AccountMovie, True),
        ("favorite_tv", "tv/favorites", AccountTV, True),
        ("rated_movies", "movie/rated", AccountMovie, True),
        ("rated_tv", "tv/rated", AccountTV, True),
        ("recommended_movies", "movie/recommendations", AccountMovie, False),
        ("recommended_tv", "tv/recommendations", AccountTV, False),
        ("watchlist_movies", "movie/watchlist", AccountMovie, True),
        ("watchlist_tv", "tv/watchlist", AccountTV, True),
    ],
)
async def test_account_pages(
    keyed: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    method: str,
    suffix: str,
    item: type,
    sorted_: bool,
) -> None:
    token = fake_tmdb.v4.add_user("5d339fb42f8d097bccd118c7")
    options: dict[str, Any] = {"page": 2, "language": "de", "user_access_token": token}
    if sorted_:
        options["sort_by"] = "created_at.desc"
    page = await getattr(keyed.v4.account, method)("5d339fb42f8d097bccd118c7", **options)
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", f"/4/account/5d339fb42f8d097bccd118c7/{suffix}")
    expected = {"page": "2", "language": "de"}
    if sorted_:
        expected["sort_by"] = "created_at.desc"
    assert sent.query == expected
    assert bearer(sent) == token
    assert isinstance(page, Page) and page.results
    assert all(isinstance(result, item) for result in page.results)
    if not sorted_:
        with pytest.raises(TypeError):
            await getattr(keyed.v4.account, method)("x", sort_by="created_at.desc")


async def test_account_sort_is_checked_before_sending(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    token = fake_tmdb.v4.add_user("a")
    with pytest.raises(ValueError, match=r"created_at\.asc"):
        await keyed.v4.account.rated_movies("a", sort_by="title.asc", user_access_token=token)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


async def test_account_lists_keep_tmdbs_types(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("a")
    created = await keyed.v4.lists.create(
        name="Mine", iso_639_1="en", public=False, user_access_token=token
    )
    page = await keyed.v4.account.lists("a", user_access_token=token)
    (summary,) = page.results
    assert isinstance(summary, AccountListSummary)
    assert summary.id == created.id
    # Here TMDB sends public as 0/1, sort_by as an int and runtime as a str.
    assert summary.public == 0 and not isinstance(summary.public, bool)
    assert summary.sort_by == 1 and summary.runtime == "0"


# -- lists --------------------------------------------------------------------------


async def test_a_lists_whole_life(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("owner")
    lists = keyed.with_options(user_access_token=token).v4.lists

    created = await lists.create(
        name="Heist films",
        iso_639_1="en",
        description="Crews and vaults",
        public=False,
        sort_by="title.asc",
    )
    assert isinstance(created, V4ListCreated) and created.id > 0
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/4/list")
    # public goes as 0/1: TMDB ignores false and would make the list public.
    assert sent.json() == {
        "name": "Heist films",
        "iso_639_1": "en",
        "description": "Crews and vaults",
        "public": 0,
        "sort_by": "title.asc",
    }
    list_id = created.id

    added = await lists.add_items(
        list_id,
        items=[
            ListItem(media_type="movie", media_id=550, comment="The first rule"),
            {"media_type": "tv", "media_id": 1399},
        ],
    )
    assert isinstance(added, ItemsResult) and added.ok and added.failed == []
    add, comment = v4_requests(fake_tmdb)[-2:]
    assert (add.method, add.path) == ("POST", f"/4/list/{list_id}/items")
    assert add.json() == {
        "items": [
            {"media_type": "movie", "media_id": 550},
            {"media_type": "tv", "media_id": 1399},
        ]
    }
    # TMDB drops comments on add: the commented item is sent again to store it.
    assert (comment.method, comment.path) == ("PUT", f"/4/list/{list_id}/items")
    assert comment.json() == {
        "items": [{"media_type": "movie", "media_id": 550, "comment": "The first rule"}]
    }

    details = await lists.details(list_id)
    assert isinstance(details, V4ListDetails)
    assert details.public is False and details.item_count == 2
    assert details.sort_by == "title.asc" and details.runtime == 0
    assert {type(item) for item in details.results} == {MovieListItem, TVListItem}
    movie = next(item for item in details.results if isinstance(item, MovieListItem))
    assert details.comment_for(movie) == "The first rule"

    updated = await lists.update_items(
        list_id, items=[{"media_type": "tv", "media_id": 1399, "comment": "Winter"}]
    )
    assert updated.ok
    assert (await lists.details(list_id)).comments["tv:1399"] == "Winter"

    present = await lists.item_status(list_id, media_id=550, media_type="movie")
    assert isinstance(present, ItemStatus) and present.on_list
    assert present.media_id == 550 and present.media_type == "movie"
    assert fake_tmdb.last_request.query == {"media_id": "550", "media_type": "movie"}
    absent = await lists.item_status(list_id, media_id=603, media_type="movie")
    assert not absent.on_list  # TMDB's 404 code 34, as an answer
    assert fake_tmdb.last_request.status == 404

    removed = await lists.remove_items(list_id, items=[{"media_type": "movie", "media_id": 550}])
    assert removed.ok
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("DELETE", f"/4/list/{list_id}/items")
    assert sent.json() == {"items": [{"media_type": "movie", "media_id": 550}]}
    again = await lists.remove_items(
        list_id,
        items=[{"media_type": "movie", "media_id": 550}, {"media_type": "tv", "media_id": 1399}],
    )
    assert again.success and not again.ok  # a partial failure, not an exception
    assert [(f.media_type, f.media_id) for f in again.failed] == [("movie", 550)]

    await lists.add_items(list_id, items=[ListItem(media_type="movie", media_id=680)])
    cleared = await lists.clear(list_id)
    assert isinstance(cleared, ListCleared) and cleared.items_deleted == 1
    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", f"/4/list/{list_id}/clear")
    assert (await lists.details(list_id)).total_results == 0

    renamed = await lists.update(list_id, name="Capers", public=True)
    assert renamed.success
    assert fake_tmdb.last_request.json() == {"public": 1, "name": "Capers"}
    assert (await lists.details(list_id)).name == "Capers"

    deleted = await lists.delete(list_id)
    assert deleted.status_code == 13
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (
        "DELETE",
        f"/4/list/{list_id}",
    )
    with pytest.raises(NotFoundError):
        await lists.details(list_id)


async def test_public_list_details_need_no_user_token(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    token = fake_tmdb.v4.add_user("owner")
    created = await keyed.v4.lists.create(name="Open", iso_639_1="en", user_access_token=token)
    details = await keyed.v4.lists.details(created.id, page=1, language="en")
    assert details.public is True
    sent = fake_tmdb.last_request
    assert sent.query == {"page": "1", "language": "en", "api_key": fake_tmdb.api_key}
    assert "Authorization" not in sent.headers


async def test_clear_is_never_resent(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("owner")
    created = await keyed.v4.lists.create(name="L", iso_639_1="en", user_access_token=token)
    fake_tmdb.requests.clear()
    fake_tmdb.faults.fail_first = 1  # the next answer is a 503
    with pytest.raises(ServerError):
        await keyed.v4.lists.clear(created.id, user_access_token=token)
    assert [r.path for r in fake_tmdb.requests] == [f"/4/list/{created.id}/clear"]
    fake_tmdb.faults.fail_first = 1  # a details GET is retried
    await keyed.v4.lists.details(created.id)
    assert len(fake_tmdb.requests) == 3


async def test_v4_answers_are_never_cached(fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("owner")
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), cache=MemoryCache()) as client:
        created = await client.v4.lists.create(name="L", iso_639_1="en", user_access_token=token)
        for _ in range(2):
            await client.v4.lists.details(created.id)
            await client.v4.lists.details(created.id, user_access_token=token)
        assert client.stats.cache_hits == 0
    assert len([r for r in fake_tmdb.requests if r.path == f"/4/list/{created.id}"]) == 4


async def test_item_status_raises_other_errors(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {"success": False, "status_code": 6, "status_message": "Invalid id."}
    fake_tmdb.set_response("GET", "/4/list/7/item_status", body, status=404)
    with pytest.raises(NotFoundError):
        await keyed.v4.lists.item_status(7, media_id=550, media_type="movie")


async def test_raw_response(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("owner")
    created = await keyed.v4.lists.create(name="L", iso_639_1="en", user_access_token=token)
    raw = await keyed.with_raw_response.v4.lists.details(created.id)
    assert raw.status_code == 200
    assert raw.headers["Cache-Control"] == "public, max-age=300"
    assert raw.parse().id == created.id
    absent = await keyed.with_raw_response.v4.lists.item_status(
        created.id, media_id=1, media_type="tv", user_access_token=token
    )
    assert absent.status_code == 404 and absent.parse().on_list is False


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda v4: v4.lists.update(1), ValueError, "at least one of"),
        (lambda v4: v4.lists.create(name=" ", iso_639_1="en"), ValueError, "name"),
        (lambda v4: v4.lists.create(name="x", iso_639_1="en", public="no"), TypeError, "public"),
        (
            lambda v4: v4.lists.create(name="x", iso_639_1="en", sort_by="popularity.desc"),
            ValueError,
            "sort_by must be one of",
        ),
        (lambda v4: v4.lists.add_items(1, items=[]), ValueError, "must not be empty"),
        (
            lambda v4: v4.lists.add_items(1, items=[{"media_type": "person", "media_id": 1}]),
            ValueError,
            "media_type must be one of movie, tv",
        ),
        (
            lambda v4: v4.lists.add_items(1, items=[{"media_type": "movie", "media_id": -1}]),
            ValueError,
            "media_id",
        ),
        (
            lambda v4: v4.lists.add_items(1, items=[{"media_type": "movie", "id": 1}]),
            ValueError,
            "unknown keys",
        ),
        (
            lambda v4: v4.lists.remove_items(
                1, items=[ListItem(media_type="tv", media_id=1, comment="x")]
            ),
            ValueError,
            "takes no comments",
        ),
        (
            lambda v4: v4.lists.item_status(1, media_id=550, media_type=None),
            TypeError,
            "v4.lists.item_status needs media_type: one of movie, tv",
        ),
        (lambda v4: v4.lists.details(0), ValueError, "list_id"),
        (lambda v4: v4.account.lists("a/b"), ValueError, "account_object_id"),
    ],
)
async def test_bad_input_fails_before_sending(
    keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB, call: Any, error: type, message: str
) -> None:
    user = keyed.with_options(user_access_token=fake_tmdb.v4.add_user("a"))
    with pytest.raises(error, match=message):
        await call(user.v4)
    assert fake_tmdb.requests == []


async def test_account_pages_paginate(keyed: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    token = fake_tmdb.v4.add_user("a")
    pager = keyed.paginate(keyed.v4.account.watchlist_tv, "a", user_access_token=token)
    pages = [page.page async for page in pager]
    assert pages == [1, 2, 3]
    assert {bearer(r) for r in fake_tmdb.requests} == {token}
