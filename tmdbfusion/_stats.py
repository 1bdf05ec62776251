"""``client.stats``: what a client has done, counted as it goes."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from types import MappingProxyType

from .errors import APIError, RequestTimeoutError, TransportError


@dataclasses.dataclass(frozen=True, slots=True)
class ClientStats:
    """A snapshot of a client's counters (``client.stats``), shared with the clients
    ``with_options`` makes from it.

    - ``requests_sent``: HTTP requests that went to TMDB, retries included.
    - ``retries`` / ``retries_by_cause``: retries in all, and by cause: ``"rate_limited"``
      (429), ``"server_error"`` (5xx), ``"timeout"``, ``"connection"``.
    - ``rate_limited``: 429 answers received, retried or not.
    - ``cache_hits``: answers served fresh from the cache, with no request.
    - ``cache_misses``: cacheable calls that had to fetch a body from TMDB.
    - ``cache_revalidations``: expired entries TMDB confirmed unchanged (304).
    - ``cache_stale``: stale entries served because TMDB failed (``stale_if_error``).
    - ``coalesced``: calls that shared another identical call's request in flight.
    - ``bytes_received``: body bytes received from TMDB.
    - ``bytes_from_cache``: body bytes served from the cache.
    """

    requests_sent: int = 0
    retries: int = 0
    retries_by_cause: Mapping[str, int] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    rate_limited: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    cache_revalidations: int = 0
    cache_stale: int = 0
    coalesced: int = 0
    bytes_received: int = 0
    bytes_from_cache: int = 0


def retry_cause(error: TransportError | APIError) -> str:
    if isinstance(error, APIError):
        return "rate_limited" if error.http_status == 429 else "server_error"
    return "timeout" if isinstance(error, RequestTimeoutError) else "connection"


class StatsRecorder:
    """The live counters behind ``ClientStats``; safe from many threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._retries: dict[str, int] = {}

    def add(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self._counts[name] = self._counts.get(name, 0) + amount

    def response(self, status: int, size: int) -> None:
        with self._lock:
            counts = self._counts
            counts["requests_sent"] = counts.get("requests_sent", 0) + 1
            counts["bytes_received"] = counts.get("bytes_received", 0) + size
            if status == 429:
                counts["rate_limited"] = counts.get("rate_limited", 0) + 1

    def retry(self, error: TransportError | APIError) -> None:
        cause = retry_cause(error)
        with self._lock:
            self._counts["retries"] = self._counts.get("retries", 0) + 1
            self._retries[cause] = self._retries.get(cause, 0) + 1

    def snapshot(self) -> ClientStats:
        with self._lock:
            return ClientStats(
                retries_by_cause=MappingProxyType(dict(self._retries)), **self._counts
            )
