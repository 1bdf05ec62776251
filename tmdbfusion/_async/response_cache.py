"""The response cache in front of TMDB: fresh hits, revalidation, stale answers.

The rules (what is cached, for how long, under which key) live in
``tmdbfusion.cache``; this is only the order in which a call consults the backend and
TMDB. Identical calls in flight at once share one upstream request.
"""

from __future__ import annotations

import logging
import time

from .._singleflight import AsyncSingleFlight
from .._stats import StatsRecorder
from .._throttled_log import ThrottledWarning
from .._transport.response import HTTPResponse
from .._typing import AsyncFetch
from ..cache.backend import AsyncCacheBackend
from ..cache.entry import CachedResponse, decode_entry, encode_entry, entry_for, revalidated
from ..cache.policy import CachePolicy
from ..errors import APIError, TransportError

logger = logging.getLogger("tmdbfusion.cache")

_NO_HEADERS: dict[str, str] = {}
_FRESH_ONLY: frozenset[int] = frozenset()


class AsyncResponseCache:
    def __init__(
        self, backend: AsyncCacheBackend, policy: CachePolicy, stats: StatsRecorder
    ) -> None:
        self.backend = backend
        self.policy = policy
        self._stats = stats
        self._flights = AsyncSingleFlight()
        self._backend_failed = ThrottledWarning(logger)
        self._serving_stale = ThrottledWarning(logger)

    async def respond(self, key: str, operation: str | None, fetch: AsyncFetch) -> HTTPResponse:
        """The answer for ``key``: from the cache when fresh, else from ``fetch``."""
        entry = await self._load(key)
        now = time.time()
        if entry is not None and entry.is_fresh(now):
            self._stats.add("cache_hits")
            self._stats.add("bytes_from_cache", len(entry.body))
            return entry.to_response(now)
        response, shared = await self._flights.run(
            key, lambda: self._refresh(key, entry, operation, fetch)
        )
        if shared:
            self._stats.add("coalesced")
        return response

    async def _refresh(
        self, key: str, entry: CachedResponse | None, operation: str | None, fetch: AsyncFetch
    ) -> HTTPResponse:
        """Ask TMDB: revalidate ``entry`` (expired) or fetch afresh, and store the answer."""
        policy = self.policy
        headers = _NO_HEADERS
        accept = _FRESH_ONLY
        if entry is not None and entry.etag is not None:
            headers = {"If-None-Match": entry.etag}
            accept = frozenset({304})
        if policy.negative_ttl > 0:
            accept = accept | {404}
        serve_stale = entry is not None and policy.stale_if_error
        try:
            # With a stale answer to fall back on, a failure is answered at once
            # rather than retried.
            response = await fetch(headers, not serve_stale, accept)
        except (TransportError, APIError) as error:
            if entry is not None and serve_stale and _is_outage(error):
                self._serving_stale.warning("TMDB failed; serving stale cached answers: %s", error)
                self._stats.add("cache_stale")
                self._stats.add("bytes_from_cache", len(entry.body))
                return entry.to_response(time.time())
            if isinstance(error, APIError) and error.http_status == 404 and entry is not None:
                await self._forget(key)
            raise
        now = time.time()
        if response.status == 304 and entry is not None:
            fresh, lifetime = revalidated(entry, response, policy, operation, now)
            await self._save(key, fresh, lifetime)
            self._stats.add("cache_revalidations")
            self._stats.add("bytes_from_cache", len(fresh.body))
            return fresh.to_response(now)
        self._stats.add("cache_misses")
        stored = entry_for(response, policy, operation, now)
        if stored is not None:
            await self._save(key, *stored)
        elif entry is not None:
            await self._forget(key)
        return response

    # A backend that fails (Redis down, a full disk) makes a miss, never an error.

    async def _load(self, key: str) -> CachedResponse | None:
        try:
            data = await self.backend.aget(key)
        except Exception as exc:
            self._backend_failed.warning("cache lookup failed, treated as a miss: %r", exc)
            return None
        return None if data is None else decode_entry(data)

    async def _save(self, key: str, entry: CachedResponse, lifetime: float) -> None:
        try:
            await self.backend.aset(key, encode_entry(entry), lifetime)
        except Exception as exc:
            self._backend_failed.warning("cache store failed, answer not cached: %r", exc)

    async def _forget(self, key: str) -> None:
        try:
            await self.backend.adelete(key)
        except Exception as exc:
            self._backend_failed.warning("cache delete failed: %r", exc)


def _is_outage(error: TransportError | APIError) -> bool:
    if isinstance(error, TransportError):
        return True
    return error.http_status == 429 or error.http_status >= 500
