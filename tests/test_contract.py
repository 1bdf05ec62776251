"""The public contract, checked on both clients side by side."""

from __future__ import annotations

import inspect
from operator import attrgetter

import msgspec
import pytest

import tmdbfusion
from tmdbfusion import AsyncTMDBClient, TMDBClient, errors
from tmdbfusion._decoding import decoder_for
from tmdbfusion.models import MovieDetails, Page
from tmdbfusion.testing import FakeTMDB

RESOURCES = [
    "movies",
    "tv",
    "tv_seasons",
    "tv_episodes",
    "tv_episode_groups",
    "people",
    "search",
    "discover",
    "trending",
    "genres",
    "configuration",
    "certifications",
    "changes",
    "collections",
    "companies",
    "networks",
    "keywords",
    "reviews",
    "credits",
    "find",
    "watch_providers",
    "lists",
    "account",
    "authentication",
    "guest_sessions",
]


@pytest.mark.parametrize("cls", [AsyncTMDBClient, TMDBClient])
def test_constructor_signature(cls: type) -> None:
    flavour = "Async" if cls is AsyncTMDBClient else "Sync"
    assert str(inspect.signature(cls)) == (
        "(api_key: 'str | None' = None, *, access_token: 'str | None' = None, "
        "base_url: 'str | None' = None, language: 'str | None' = None, "
        "region: 'str | None' = None, timeout: 'float' = 10.0, max_retries: 'int' = 3, "
        f"rate_limit: 'float | {flavour}RateLimit | None' = 40.0, "
        "max_connections: 'int' = 20, "
        "proxy: 'str | None' = None, trust_env: 'bool' = True, "
        "max_response_bytes: 'int' = 33554432, "
        "ssl_context: 'ssl.SSLContext | None' = None, "
        f"cache: '{flavour}CacheBackend | None' = None, "
        "cache_policy: 'CachePolicy | None' = None, "
        "exports_base_url: 'str | None' = None) -> 'None'"
    )


@pytest.mark.parametrize("cls", [AsyncTMDBClient, TMDBClient])
def test_resources_and_methods(cls: type) -> None:
    client = cls("key")
    for name in RESOURCES:
        assert hasattr(client, name), name
    for endpoint in tmdbfusion.ENDPOINTS:
        method = attrgetter(endpoint.qualname)(client)
        assert inspect.iscoroutinefunction(method) is (cls is AsyncTMDBClient), endpoint


def test_only_path_parameters_are_positional() -> None:
    client = AsyncTMDBClient("key")
    for endpoint in tmdbfusion.ENDPOINTS:
        method = attrgetter(endpoint.qualname)(client)
        positional = [
            p.name
            for p in inspect.signature(method).parameters.values()
            if p.kind is not inspect.Parameter.KEYWORD_ONLY
        ]
        assert positional == list(endpoint.path_params), endpoint.operation_id


def test_sync_and_async_signatures_match() -> None:
    async_client, sync_client = AsyncTMDBClient("key"), TMDBClient("key")
    for endpoint in tmdbfusion.ENDPOINTS:
        a = attrgetter(endpoint.qualname)(async_client)
        s = attrgetter(endpoint.qualname)(sync_client)
        assert inspect.signature(a) == inspect.signature(s), endpoint.operation_id


def test_error_hierarchy_is_exported() -> None:
    assert issubclass(errors.APIError, errors.TMDBError)
    for cls in (
        errors.AuthenticationError,
        errors.NotFoundError,
        errors.RateLimitError,
        errors.ServerError,
    ):
        assert issubclass(cls, errors.APIError)
        assert getattr(tmdbfusion, cls.__name__) is cls
    assert issubclass(errors.TransportError, errors.TMDBError)
    assert issubclass(errors.DecodeError, errors.TMDBError)
    assert not issubclass(errors.TransportError, errors.APIError)


def test_one_cached_decoder_per_type() -> None:
    assert decoder_for(MovieDetails) is decoder_for(MovieDetails)
    assert isinstance(decoder_for(Page[MovieDetails]), msgspec.json.Decoder)


def test_random_server_errors_are_absorbed_by_retries() -> None:
    with FakeTMDB(seed=3) as fake:
        fake.faults.random_5xx = 0.3
        with TMDBClient(**fake.client_kwargs(), rate_limit=None, max_retries=8) as client:
            client.retry_policy = type(client.retry_policy)(
                max_retries=8, backoff_base=0.001, backoff_cap=0.002
            )
            movies = [client.movies.details(i) for i in range(1, 41)]
        statuses_failed = len(fake.requests) - 40
    assert [m.id for m in movies] == list(range(1, 41))
    assert statuses_failed > 0  # some answers really were 5xx, and none reached the caller
