"""pytest fixtures for testing code that talks to TMDB, without TMDB.

Registered through the ``pytest11`` entry point, so installing TMDBFusion is enough:

    def test_title(fake_tmdb):
        with TMDBClient(**fake_tmdb.client_kwargs()) as client:
            assert client.movies.details(550).id == 550
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import FakeTMDB


@pytest.fixture(scope="session")
def fake_tmdb_server() -> Iterator[FakeTMDB]:
    """One FakeTMDB for the whole session, in a background thread."""
    from .server import FakeTMDB

    with FakeTMDB() as fake:
        yield fake


@pytest.fixture
def fake_tmdb(fake_tmdb_server: FakeTMDB) -> Iterator[FakeTMDB]:
    """The session's FakeTMDB, with requests, faults and overrides reset for each test."""
    fake_tmdb_server.reset()
    yield fake_tmdb_server
    fake_tmdb_server.reset()
