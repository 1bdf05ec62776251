"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from .errors import (
    CertificateVerifyError,
    ProxyAuthenticationError,
    ResponseTooLargeError,
    TransportError,
)

# Transport failures that would only repeat themselves.
_FINAL = (CertificateVerifyError, ProxyAuthenticationError, ResponseTooLargeError)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_SERVER_STATUSES = frozenset({500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter, and a cap on what ``Retry-After`` may ask.

    A 429 waits ``Retry-After`` plus up to ``retry_after_jitter`` seconds, so that the
    requests it held back do not all come back in the same millisecond.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    retry_after_jitter: float = 0.5

    def should_retry_status(self, status: int, method: str) -> bool:
        # A 429 was never processed, so even a POST is safe to send again.
        if status == 429:
            return True
        return status in RETRYABLE_SERVER_STATUSES and method in IDEMPOTENT_METHODS

    def should_retry_transport(self, method: str, error: TransportError) -> bool:
        if isinstance(error, _FINAL):
            return False
        return method in IDEMPOTENT_METHODS

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (attempt counts from 0)."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)

    def delay_for_429(self, retry_after: float | None, attempt: int) -> float:
        if retry_after is None:
            return self.backoff(attempt)
        wait = min(max(retry_after, 0.0), self.retry_after_cap)
        return wait + random.uniform(0.0, self.retry_after_jitter)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` is either delta-seconds or an HTTP date; anything else is ignored."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    # Imported here: HTTP dates are rare, and email.utils costs ~10 ms to import.
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)
