"""Fixtures shared by the async tests and their generated sync twins.

``fake_tmdb`` (a FakeTMDB reset for each test) comes from TMDBFusion's own pytest
plugin, installed with the package.
"""

from __future__ import annotations

import gc
import json
import os
import warnings
from collections.abc import Iterator
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
