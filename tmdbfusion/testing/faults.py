"""The failures FakeTMDB can be told to produce."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Faults:
    """Set these on ``fake.faults``; counters (``fail_first`` ...) count down per request.

    - ``latency``: seconds to wait before answering every request.
    - ``fail_first`` / ``fail_status``: the next N requests answer ``fail_status``, with
      TMDB's body for it (500: code 11, 502: 43, 503: 9, 504: 24; 429: code 25 and
      ``Retry-After: retry_after``, as the rate limit below).
    - ``random_5xx``: probability (0-1) that a request answers 500 or 503 (seeded).
    - ``drop_connections``: the next N requests get their connection closed, no answer.
    - ``truncate_json``: the next N successful answers carry half their JSON body.
    - ``html_errors`` / ``html_status``: the next N requests get a CDN-style HTML page.
    - ``slow_body``: seconds over which every body is trickled out, in pieces.
    - ``rate_limit``: requests per second allowed (a token bucket of that size);
      beyond it, 429 with ``Retry-After: retry_after`` and TMDB's status_code 25.
    - ``max_connections``: requests in flight at once allowed; beyond it, 429 too.
    """

    latency: float = 0.0
    fail_first: int = 0
    fail_status: int = 503
    random_5xx: float = 0.0
    drop_connections: int = 0
    truncate_json: int = 0
    html_errors: int = 0
    html_status: int = 502
    slow_body: float = 0.0
    rate_limit: float | None = None
    max_connections: int | None = None
    retry_after: float = 1.0
