"""Construction, credentials, environment variables, context management and repr."""

from __future__ import annotations

import pytest

from tmdbfusion import AsyncTMDBClient, AuthenticationError
from tmdbfusion.testing import FakeTMDB


async def test_api_key_goes_in_the_query(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(fake_tmdb.api_key, base_url=fake_tmdb.url) as client:
        await client.configuration.details()
    sent = fake_tmdb.last_request
    assert sent.query == {"api_key": fake_tmdb.api_key}
    assert "Authorization" not in sent.headers


async def test_access_token_is_a_bearer_header_and_wins(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(
        "some-other-key", access_token=fake_tmdb.access_token, base_url=fake_tmdb.url
    ) as client:
        await client.configuration.details()
    sent = fake_tmdb.last_request
    assert sent.headers["Authorization"] == f"Bearer {fake_tmdb.access_token}"
    assert "api_key" not in sent.query


async def test_environment_fills_credentials_and_base_url(
    fake_tmdb: FakeTMDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TMDB_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("TMDB_API_KEY", fake_tmdb.api_key)
    monkeypatch.setenv("TMDB_BASE_URL", fake_tmdb.url)
    async with AsyncTMDBClient() as client:
        assert client.base_url == fake_tmdb.url
        await client.configuration.details()
    assert fake_tmdb.last_request.query["api_key"] == fake_tmdb.api_key

    monkeypatch.setenv("TMDB_ACCESS_TOKEN", fake_tmdb.access_token)
    async with AsyncTMDBClient() as client:
        await client.configuration.details()
    assert fake_tmdb.last_request.headers["Authorization"] == f"Bearer {fake_tmdb.access_token}"


async def test_no_credential_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TMDB_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("TMDB_API_KEY", raising=False)
    with pytest.raises(ValueError, match="TMDB_ACCESS_TOKEN") as info:
        AsyncTMDBClient()
    assert "TMDB_API_KEY" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"timeout": 0}, ValueError),
        ({"timeout": "10"}, TypeError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": 1.5}, TypeError),
        ({"rate_limit": 0}, ValueError),
        ({"max_connections": 0}, ValueError),
        ({"base_url": "ftp://example.org"}, ValueError),
        # A bad value of the right type is a ValueError, as in every call's checks.
        ({"language": ""}, ValueError),
        ({"region": "  "}, ValueError),
        ({"language": 5}, TypeError),
        ({"max_response_bytes": 0}, ValueError),
        ({"max_response_bytes": 1.5}, TypeError),
        ({"trust_env": "yes"}, TypeError),
        ({"ssl_context": "default"}, TypeError),
        ({"proxy": "ftp://proxy.example:21"}, ValueError),
        ({"proxy": 3128}, TypeError),
    ],
)
async def test_bad_settings_are_refused(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        AsyncTMDBClient("key", **kwargs)  # type: ignore[arg-type]


async def test_default_language_and_region_are_sent_where_accepted(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), language="fr-FR", region="FR", rate_limit=None
    ) as client:
        await client.movies.popular()
        assert fake_tmdb.last_request.query["language"] == "fr-FR"
        assert fake_tmdb.last_request.query["region"] == "FR"
        await client.movies.popular(language="de-DE")
        assert fake_tmdb.last_request.query["language"] == "de-DE"
        await client.configuration.details()
        assert "language" not in fake_tmdb.last_request.query


async def test_repr_hides_the_credentials(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient(
        "secret-key-123", access_token="secret-token-456", base_url=fake_tmdb.url
    ) as client:
        shown = repr(client) + repr(client.movies) + repr(client._settings)
    assert "secret-key-123" not in shown
    assert "secret-token-456" not in shown
    assert "TMDBClient" in shown


async def test_wrong_key_is_an_authentication_error_without_retries(fake_tmdb: FakeTMDB) -> None:
    async with AsyncTMDBClient("wrong-key", base_url=fake_tmdb.url, rate_limit=None) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.movies.details(550)
    assert info.value.http_status == 401
    assert info.value.status_code == 7
    assert "wrong-key" not in str(info.value)
    assert len(fake_tmdb.requests) == 1


async def test_close_releases_and_client_can_be_reused(fake_tmdb: FakeTMDB) -> None:
    client = AsyncTMDBClient(**fake_tmdb.client_kwargs())
    await client.movies.details(1)
    await client.close()
    await client.close()  # closing twice is harmless
    movie = await client.movies.details(2)
    await client.close()
    assert movie.id == 2
