"""RetryPolicy and RateLimiter on their own, with a fake clock (no sleeping)."""

from __future__ import annotations

import email.utils

from tmdbfusion._retry import RetryPolicy, parse_retry_after
from tmdbfusion.errors import (
    CertificateVerifyError,
    RequestTimeoutError,
    ResponseTooLargeError,
    TransportError,
)
from tmdbfusion.ratelimit import RateLimiter


def test_retry_after_forms() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    date = email.utils.formatdate(1_000_030, usegmt=True)
    assert parse_retry_after(date, now=1_000_000) == 30.0


def test_policy_decisions_and_backoff_bounds() -> None:
    policy = RetryPolicy(max_retries=5, backoff_base=0.5, backoff_cap=8.0, retry_after_cap=60)
    assert policy.should_retry_status(429, "POST")
    assert policy.should_retry_status(503, "GET")
    assert not policy.should_retry_status(503, "POST")
    assert not policy.should_retry_status(404, "GET")
    assert not policy.should_retry_transport("POST", TransportError("dropped"))
    assert policy.should_retry_transport("GET", TransportError("dropped"))
    assert policy.should_retry_transport("GET", RequestTimeoutError("slow"))
    # Failures that would only repeat themselves are final.
    assert not policy.should_retry_transport("GET", CertificateVerifyError("untrusted"))
    assert not policy.should_retry_transport("GET", ResponseTooLargeError("too big"))
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (5, 8.0), (10, 8.0)]:
        delays = {policy.backoff(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered
    jitter = policy.retry_after_jitter
    assert 60 <= policy.delay_for_429(120, 0) <= 60 + jitter
    waits = {policy.delay_for_429(2, 0) for _ in range(50)}
    assert all(2 <= w <= 2 + jitter for w in waits)
    assert len(waits) > 1  # jittered, so that held-back requests do not return in lockstep


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_reservations_and_refunds() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock=clock)
    waits = [limiter.reserve() for _ in range(30)]
    assert waits[:10] == [0.0] * 10
    assert waits[10] == 0.1
    assert abs(waits[29] - 2.0) < 1e-9
    for _ in range(20):  # the 20 waiting callers were cancelled
        limiter.refund()
    assert limiter.reserve() == 0.1
    clock.now += 10
    assert limiter.reserve() == 0.0
