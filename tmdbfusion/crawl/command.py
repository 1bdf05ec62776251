"""``tmdbfusion crawl``: the command-line face of ``tmdbfusion.crawl.crawl``.

Exit codes: 0 done (failed items are in ``failures.ndjson``), 1 another error, 2 bad
usage (nothing sent), 4 TMDB refused the credential, 130 interrupted (after a
checkpoint: run the same command again to resume).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Mapping
from typing import Any

from .._extras import MissingExtraError
from .errors import CrawlError, CrawlUsageError

EXAMPLE = "tmdbfusion crawl movies.details --ids ids.txt --append credits,images --out DIR"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the crawl's arguments to ``parser`` (the ``crawl`` subcommand's)."""
    parser.description = (
        "Fetch one operation for every id into DIR/results.ndjson (TMDB's JSON as it "
        "came, one line per id) and DIR/failures.ndjson. Run the same command again to "
        f"resume after a crash or Ctrl-C. Example: {EXAMPLE}"
    )
    parser.add_argument(
        "operation", help="resource.method of an operation that takes an id, e.g. movies.details"
    )
    parser.add_argument(
        "--ids",
        required=True,
        help="a file of ids (one a line, # comments), '-' for stdin, export:KIND[:DATE] "
        "(a daily ID export) or changes:KIND:YYYY-MM-DD (ids changed since; movie, tv, person)",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="where results and state go")
    parser.add_argument(
        "--append", default="", help="append_to_response parts, comma-separated: credits,images"
    )
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=40.0,
        help="requests per second (40, the client's default; TMDB allows about 50)",
    )
    parser.add_argument("--max-connections", type=int, default=20, help="requests at once (20)")
    parser.add_argument(
        "--redis-url",
        metavar="URL",
        help="share --rate-limit with every crawler (or client) using this Redis and "
        "--redis-key: a RedisRateLimiter, for several crawlers behind one IP; needs "
        "tmdbfusion[redis]",
    )
    parser.add_argument(
        "--redis-key",
        default="tmdbfusion:ratelimit",
        help="the shared budget's key (tmdbfusion:ratelimit; one per outgoing IP)",
    )
    parser.add_argument(
        "--checkpoint-interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="how often finished items are fsynced and checkpointed (1.0); a crash "
        "costs at most this much work again",
    )


def run(args: argparse.Namespace, client_settings: Mapping[str, Any] | None = None) -> int:
    """Run the crawl ``args`` describe; return the exit code. ``client_settings`` are
    more arguments for the client (a profile's credentials)."""
    from .operations import resolve_operation
    from .sources import parse_source

    append = [part.strip() for part in args.append.split(",") if part.strip()]
    try:
        if args.rate_limit <= 0 or args.max_connections < 1 or args.checkpoint_interval < 0:
            raise CrawlUsageError(
                "--rate-limit must be > 0, --max-connections >= 1, --checkpoint-interval >= 0"
            )
        resolve_operation(args.operation, append)
        source = parse_source(args.ids)
        if args.redis_url is not None:
            from .._extras import require_extra

            require_extra("redis", feature="--redis-url", extra="redis")
            if not args.redis_url.startswith(("redis://", "rediss://", "unix://")):
                raise CrawlUsageError(
                    "--redis-url must be redis://HOST:PORT/DB, rediss://... (TLS) or "
                    f"unix://PATH, got {args.redis_url!r}"
                )
    except (CrawlUsageError, MissingExtraError) as exc:
        print(f"tmdbfusion crawl: error: {exc}", file=sys.stderr)
        return 2
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        return asyncio.run(_main(args, source, append, dict(client_settings or {})))
    except KeyboardInterrupt:
        print("tmdbfusion crawl: interrupted; run the same command to resume", file=sys.stderr)
        return 130


async def _main(
    args: argparse.Namespace, source: object, append: list[str], settings: dict[str, Any]
) -> int:
    from .sources import IdSource

    assert isinstance(source, IdSource)
    rate_limit: Any = args.rate_limit
    redis_client: Any = None
    if args.redis_url is not None:
        import redis.asyncio

        from ..ratelimit import RedisRateLimiter

        redis_client = redis.asyncio.Redis.from_url(args.redis_url)
        rate_limit = RedisRateLimiter(redis_client, key=args.redis_key, rate=args.rate_limit)
    try:
        return await _crawl(args, source, append, settings, rate_limit)
    finally:
        if redis_client is not None:
            await redis_client.aclose()


async def _crawl(
    args: argparse.Namespace,
    source: object,
    append: list[str],
    settings: dict[str, Any],
    rate_limit: Any,
) -> int:
    from .. import AsyncTMDBClient, AuthenticationError, TMDBError
    from .engine import crawl
    from .sources import IdSource

    assert isinstance(source, IdSource)
    try:
        async with AsyncTMDBClient(
            rate_limit=rate_limit, max_connections=args.max_connections, **settings
        ) as client:
            summary = await crawl(
                client,
                args.operation,
                source,
                args.out,
                append=append,
                checkpoint_interval=args.checkpoint_interval,
            )
    except CrawlUsageError as exc:
        print(f"tmdbfusion crawl: error: {exc}", file=sys.stderr)
        return 2
    except AuthenticationError as exc:
        print(f"tmdbfusion crawl: TMDB refused the credential: {exc}", file=sys.stderr)
        return 4
    except (CrawlError, TMDBError, OSError, ValueError) as exc:
        print(f"tmdbfusion crawl: error: {exc}", file=sys.stderr)
        return 1
    print(
        f"tmdbfusion crawl: {summary.done} fetched ({summary.failed} failed, see "
        f"failures.ndjson), {summary.skipped} done before, {summary.total} in all",
        file=sys.stderr,
    )
    return 0
