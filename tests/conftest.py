"""Fixtures shared by the async tests and their generated sync twins.

``fake_tmdb`` (a FakeTMDB reset for each test) comes from TMDBFusion's own pytest
plugin, installed with the package.
"""

from __future__ import annotations

import gc
import json
import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = Path(
    os.environ.get("TMDB_OPENAPI_SPEC", ROOT.parent / "shared" / "tmdb-openapi-v3.json")
)
# .ci/run sets this so that a missing spec fails the run instead of skipping tests.
REQUIRE_SPEC = os.environ.get("TMDBFUSION_REQUIRE_SPEC", "") not in ("", "0")


def load_spec() -> dict[str, Any] | None:
    if not SPEC_PATH.is_file():
        return None
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = json.load(handle)
    return spec


_SPEC = load_spec()


@pytest.fixture(scope="session")
def openapi_spec() -> dict[str, Any]:
    """TMDB's official OpenAPI spec, read at test time (never copied into the repo)."""
    if _SPEC is None:
        message = f"TMDB OpenAPI spec not found at {SPEC_PATH} (set TMDB_OPENAPI_SPEC)"
        if REQUIRE_SPEC:
            pytest.fail(message + "; TMDBFUSION_REQUIRE_SPEC is set")
        pytest.skip(message)
    return _SPEC


@pytest.fixture(autouse=True)
def no_unclosed_resources() -> Iterator[None]:
    """Fail a test that leaves a session or socket behind (aiohttp's "Unclosed client
    session" and friends are ResourceWarnings, raised from ``__del__`` where pytest's
    ``-W error`` cannot turn them into failures)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield
        # A full collection per test would cost minutes over the suite; every 50th
        # test also sweeps reference cycles, which is where sessions usually hide.
        _counter[0] += 1
        if _counter[0] % 50 == 0:
            gc.collect()
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == [], leaks


_counter = [0]


@pytest.fixture(scope="session")
def _certificate_authority() -> Any:
    trustme = pytest.importorskip("trustme")
    return trustme.CA()


@pytest.fixture(scope="session")
def tls_server_context(_certificate_authority: Any) -> Any:
    """A server-side TLS context with a certificate for 127.0.0.1 from a throwaway CA."""
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    _certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


@pytest.fixture(scope="session")
def trusted_ca(_certificate_authority: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The throwaway CA's certificate as a PEM file, for SSL_CERT_FILE / REQUESTS_CA_BUNDLE."""
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    _certificate_authority.cert_pem.write_to_path(str(path))
    return str(path)


# .ci/run sets this so that a missing redis-server fails the Redis tests instead of
# skipping them.
REQUIRE_REDIS = os.environ.get("TMDBFUSION_REQUIRE_REDIS", "") not in ("", "0")


@pytest.fixture
def redis_server() -> Iterator[Any]:
    """A real redis-server of the test's own (``tests.redis_server.RedisServer``) on a
    free port of 127.0.0.1, stopped afterwards; the test may stop or restart it."""
    from tests.redis_server import RedisServer, find_redis_server

    if find_redis_server() is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if REQUIRE_REDIS:
            pytest.fail(message + "; TMDBFUSION_REQUIRE_REDIS is set")
        pytest.skip(message)
    with RedisServer() as server:
        yield server


# Small timeouts and one immediate retry (enough to reconnect after a restart): redis-py's
# default retries back off for seconds when Redis is down.
REDIS_OPTIONS: dict[str, Any] = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5}


@pytest.fixture
def sync_clients(redis_server: Any) -> Iterator[Callable[..., Any]]:
    """Makes ``redis.Redis`` clients of the test's redis-server; closes them after."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    made: list[Any] = []

    def make(**options: Any) -> Any:
        settings = {"retry": Retry(NoBackoff(), 1), **REDIS_OPTIONS, **options}
        client = redis.Redis.from_url(redis_server.url, **settings)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
async def async_clients(redis_server: Any) -> AsyncIterator[Callable[..., Any]]:
    """Makes ``redis.asyncio.Redis`` clients (of the test's redis-server, or of ``url``);
    closes them after."""
    import redis.asyncio
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    made: list[Any] = []

    def make(url: str | None = None, **options: Any) -> Any:
        settings = {"retry": Retry(NoBackoff(), 1), **REDIS_OPTIONS, **options}
        client = redis.asyncio.Redis.from_url(url or redis_server.url, **settings)
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()
