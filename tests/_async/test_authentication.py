"""client.authentication: the v3 session flow through FakeTMDB, and what it refuses."""

from __future__ import annotations

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import StatusResponse
from tmdbfusion.models.authentication import GuestSession, RequestToken, Session
from tmdbfusion.testing import FakeTMDB

TOKEN = "0123456789abcdef0123456789abcdef01234567"


def sent_query(fake_tmdb: FakeTMDB) -> dict[str, str]:
    query = dict(fake_tmdb.last_request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return query


async def test_validate_key(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    result = await client.authentication.validate_key()

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path, sent.body) == ("GET", "/3/authentication", b"")
    assert sent_query(fake_tmdb) == {}
    assert isinstance(result, StatusResponse)
    assert result.success is True


async def test_create_request_token(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/authentication/token/new",
        {"success": True, "expires_at": "2030-01-02 03:04:05 UTC", "request_token": TOKEN},
    )
    token = await client.authentication.create_request_token()

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/authentication/token/new")
    assert sent_query(fake_tmdb) == {}
    assert isinstance(token, RequestToken)
    assert token.request_token == TOKEN
    # TMDB's "... UTC" timestamps are not ISO 8601: they stay strings.
    assert token.expires_at == "2030-01-02 03:04:05 UTC"


async def test_create_guest_session(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/authentication/guest_session/new",
        {"success": True, "guest_session_id": "guest42", "expires_at": "2030-01-02 03:04:05 UTC"},
    )
    guest = await client.authentication.create_guest_session()

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/authentication/guest_session/new")
    assert sent_query(fake_tmdb) == {}
    assert isinstance(guest, GuestSession)
    assert guest.guest_session_id == "guest42"
    assert guest.expires_at == "2030-01-02 03:04:05 UTC"


async def test_create_session(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "POST", "/3/authentication/session/new", {"success": True, "session_id": "s3ss10n"}
    )
    session = await client.authentication.create_session(request_token=TOKEN)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/authentication/session/new")
    assert sent_query(fake_tmdb) == {}
    assert sent.json() == {"request_token": TOKEN}
    assert isinstance(session, Session)
    assert session.session_id == "s3ss10n"


async def test_create_session_with_login(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "POST",
        "/3/authentication/token/validate_with_login",
        {"success": True, "expires_at": "2030-01-02 03:04:05 UTC", "request_token": TOKEN},
    )
    token = await client.authentication.create_session_with_login(
        username="someone", password="pa/ss word", request_token=TOKEN
    )

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/authentication/token/validate_with_login")
    # The password travels in the body, never in the URL.
    assert sent_query(fake_tmdb) == {}
    assert sent.json() == {"username": "someone", "password": "pa/ss word", "request_token": TOKEN}
    assert isinstance(token, RequestToken)
    assert (token.success, token.request_token) == (True, TOKEN)


async def test_create_session_from_v4_token(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    session = await client.authentication.create_session_from_v4_token(access_token="eyJ.x.y")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("POST", "/3/authentication/session/convert/4")
    assert sent_query(fake_tmdb) == {}
    assert sent.json() == {"access_token": "eyJ.x.y"}
    assert isinstance(session, Session)
    assert isinstance(session.session_id, str)
    assert session.session_id


async def test_delete_session(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("DELETE", "/3/authentication/session", {"success": True})
    result = await client.authentication.delete_session(session_id="s3ss10n")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("DELETE", "/3/authentication/session")
    assert sent_query(fake_tmdb) == {}
    assert sent.json() == {"session_id": "s3ss10n"}
    assert sent.headers["Content-Type"].startswith("application/json")
    assert isinstance(result, StatusResponse)
    assert result.success is True
    assert result.status_code is None


@pytest.mark.parametrize("bad", ["", "  ", None, 123])
async def test_missing_tokens_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    auth = client.authentication
    with pytest.raises((TypeError, ValueError), match="request_token"):
        await auth.create_session(request_token=bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="access_token"):
        await auth.create_session_from_v4_token(access_token=bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="session_id"):
        await auth.delete_session(session_id=bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="username"):
        await auth.create_session_with_login(
            username=bad,  # type: ignore[arg-type]
            password="secret",
            request_token=TOKEN,
        )
    with pytest.raises((TypeError, ValueError), match="password"):
        await auth.create_session_with_login(
            username="someone",
            password=bad,  # type: ignore[arg-type]
            request_token=TOKEN,
        )
    with pytest.raises((TypeError, ValueError), match="request_token"):
        await auth.create_session_with_login(
            username="someone",
            password="secret",
            request_token=bad,  # type: ignore[arg-type]
        )
    assert fake_tmdb.requests == []


async def test_refusals_never_echo_the_secret(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(TypeError) as info:
        await client.authentication.create_session_with_login(
            username="someone",
            password=b"hunter2",  # type: ignore[arg-type]
            request_token=TOKEN,
        )
    assert "hunter2" not in str(info.value)
    assert "password" in str(info.value)
    assert fake_tmdb.requests == []
