"""5. A polite bulk crawl against a FakeTMDB that enforces 50 req/s and 20 connections."""

from __future__ import annotations

import asyncio
import logging
import time

from tmdbfusion import AsyncTMDBClient

from .harness import Check, Section, Series
from .server import API_KEY, serve

ALLOWED_RATE = 50.0
ALLOWED_CONNECTIONS = 20
# The client asks for slightly less than the server allows, so that network jitter
# (requests bunching up on the way) does not push it over the limit.
CLIENT_RATE = 49.0


class _StatusCounter(logging.Handler):
    """Counts the answers the client saw, from the DEBUG line it logs for each attempt
    (`GET /3/movie/1 -> 429 (attempt 1, 0.8 ms)`)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.total = 0
        self.rate_limited = 0

    def emit(self, record: logging.LogRecord) -> None:
        # Only the per-attempt DEBUG records of `_log_attempt`, logged as
        # "%s %s -> %s (attempt %d, %.1f ms)" (method, path with query, status, ...): the
        # status is args[2], an int, or "error" for a failed exchange. The INFO
        # "retrying ..." lines are not answers.
        if record.levelno != logging.DEBUG or record.funcName != "_log_attempt":
            return
        if not isinstance(record.args, tuple) or len(record.args) < 3:
            return
        status = record.args[2]
        if isinstance(status, int):
            self.total += 1
            self.rate_limited += status == 429


def run(repeats: int, quick: bool) -> Section:
    count = 500 if quick else 5000
    rate = Series("achieved requests/s ÷ 50", unit="fraction")
    throttled = Series("answers that were 429", unit="fraction")
    errors = 0
    logger = logging.getLogger("tmdbfusion")
    with serve(
        rate_limit=ALLOWED_RATE, max_connections=ALLOWED_CONNECTIONS, ids=count, payload="plain"
    ) as server:
        url = server.url
        for _ in range(repeats):
            counter = _StatusCounter()
            logger.addHandler(counter)
            logger.setLevel(logging.DEBUG)

            async def crawl() -> int:
                async with AsyncTMDBClient(
                    API_KEY,
                    base_url=url,
                    rate_limit=CLIENT_RATE,
                    max_connections=ALLOWED_CONNECTIONS,
                ) as client:
                    results = await asyncio.gather(
                        *(client.movies.details(i) for i in range(1, count + 1)),
                        return_exceptions=True,
                    )
                return sum(isinstance(r, BaseException) for r in results)

            # The bucket starts full on both sides; let the server's refill first.
            time.sleep(1.5)
            started = time.perf_counter()
            failed = asyncio.run(crawl())
            elapsed = time.perf_counter() - started
            errors += failed
            logger.removeHandler(counter)
            logger.setLevel(logging.NOTSET)
            if counter.total < count - failed:
                # Fewer answers than successful requests: the log line changed shape, and
                # the 429 share would read 0 whatever happened.
                raise RuntimeError(
                    f"crawl: counted {counter.total} answers in the client's DEBUG log for "
                    f"{count} requests; update _StatusCounter to the client's log format"
                )
            rate.samples.append(count / elapsed / ALLOWED_RATE)
            throttled.samples.append(counter.rate_limited / max(counter.total, 1))
    checks = [
        Check("crawl: requests/s as a fraction of 50", rate.median, 0.95, at_most=False),
        Check("crawl: share of answers that were 429 (worst repeat)", max(throttled.samples), 0.01),
        Check("crawl: errors seen by the user", float(errors), 0.0),
    ]
    notes = [
        f"{count:,} movie details per repeat, all handed to asyncio.gather at once, as a "
        f"scraper would; client: AsyncTMDBClient(rate_limit={CLIENT_RATE:g}, "
        f"max_connections={ALLOWED_CONNECTIONS}); every other setting is the default "
        "(max_retries=3, which answers a 429 by waiting its Retry-After). The 429s are "
        "counted from the client's DEBUG log, retries included; errors are exceptions "
        "gather returned.",
        "The default rate_limit=40 stays at 0.8 of the 50/s by design, leaving headroom for "
        "other clients on the same IP; 0.95 needs rate_limit >= 47.5. 49 leaves the server's "
        "bucket one spare token a second, which absorbs requests that bunch up on the way.",
    ]
    return Section(
        "5. Polite bulk crawl (server enforces 50 req/s, 20 connections)",
        [rate, throttled],
        checks,
        notes,
    )
