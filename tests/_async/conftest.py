"""Client fixtures for the async tests (unasynced into tests/_sync/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion._retry import RetryPolicy
from tmdbfusion.testing import FakeTMDB

# Real backoff starts at 0.5 s; the tests keep the same logic with tiny waits.
FAST_RETRIES = RetryPolicy(
    max_retries=3, backoff_base=0.001, backoff_cap=0.01, retry_after_jitter=0.001
)


@pytest.fixture
async def client(fake_tmdb: FakeTMDB) -> AsyncIterator[AsyncTMDBClient]:
    """A client pointed at the fake, without client-side rate limiting."""
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None) as tmdb:
        tmdb.retry_policy = FAST_RETRIES
        yield tmdb
