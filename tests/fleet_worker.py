"""One process of a fleet, for the multi-process tests: ``python -m tests.fleet_worker``.

It waits for a shared start time, fetches movie details with the client flavour asked
for (sharing a ``RedisRateLimiter`` and/or a cache with the other processes), checks
every answer is the movie it asked for, and prints a JSON summary on its last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def _cache(kind: str, redis_client: Any) -> Any:
    from tmdbfusion.cache import RedisCache, SQLiteCache

    if kind == "none":
        return None
    if kind == "redis":
        return RedisCache(redis_client)
    return SQLiteCache(kind.removeprefix("sqlite:"))


def _summary(ids: list[int], got: list[int | str], stats: Any) -> dict[str, Any]:
    errors = [g for g in got if isinstance(g, str)]
    wrong = [(i, g) for i, g in zip(ids, got, strict=True) if isinstance(g, int) and g != i]
    return {
        "ok": len(got) - len(errors) - len(wrong),
        "errors": errors[:10],
        "error_count": len(errors),
        "wrong": wrong[:10],
        "requests_sent": stats.requests_sent,
        "rate_limited": stats.rate_limited,
        "cache_hits": stats.cache_hits,
        "coalesced": stats.coalesced,
    }


async def run_async(args: argparse.Namespace, ids: list[int]) -> dict[str, Any]:
    import redis.asyncio

    from tmdbfusion import AsyncTMDBClient
    from tmdbfusion.ratelimit import RedisRateLimiter

    connection = redis.asyncio.Redis.from_url(
        args.redis_url, socket_timeout=0.5, socket_connect_timeout=0.5
    )
    limiter: Any = args.rate and RedisRateLimiter(connection, key="tmdb:fleet", rate=args.rate)
    cache = _cache(args.cache, connection)
    try:
        async with AsyncTMDBClient(
            args.api_key,
            base_url=args.base_url,
            rate_limit=limiter or None,
            cache=cache,
            max_connections=args.connections,
            timeout=5.0,
        ) as client:
            semaphore = asyncio.Semaphore(args.connections)

            async def one(movie_id: int) -> int | str:
                async with semaphore:
                    try:
                        return (await client.movies.details(movie_id)).id
                    except Exception as exc:
                        return f"{type(exc).__name__}: {exc}"

            await asyncio.sleep(max(0.0, args.start_at - time.time()))
            got = await asyncio.gather(*(one(i) for i in ids))
            return _summary(ids, list(got), client.stats)
    finally:
        if hasattr(cache, "close"):
            cache.close()
        await connection.aclose()


def run_sync(args: argparse.Namespace, ids: list[int]) -> dict[str, Any]:
    import redis

    from tmdbfusion import TMDBClient
    from tmdbfusion.ratelimit import RedisRateLimiter

    connection = redis.Redis.from_url(
        args.redis_url, socket_timeout=0.5, socket_connect_timeout=0.5
    )
    limiter: Any = args.rate and RedisRateLimiter(connection, key="tmdb:fleet", rate=args.rate)
    cache = _cache(args.cache, connection)
    try:
        with TMDBClient(
            args.api_key,
            base_url=args.base_url,
            rate_limit=limiter or None,
            cache=cache,
            max_connections=args.connections,
            timeout=5.0,
        ) as client:

            def one(movie_id: int) -> int | str:
                try:
                    return client.movies.details(movie_id).id
                except Exception as exc:
                    return f"{type(exc).__name__}: {exc}"

            time.sleep(max(0.0, args.start_at - time.time()))
            with ThreadPoolExecutor(args.connections) as pool:
                got = list(pool.map(one, ids))
            return _summary(ids, got, client.stats)
    finally:
        if hasattr(cache, "close"):
            cache.close()
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", choices=("async", "sync"), required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--rate", type=float, default=0.0, help="RedisRateLimiter rate; 0: none")
    parser.add_argument("--cache", default="none", help="none, redis or sqlite:<path>")
    parser.add_argument("--ids", required=True, help="first:count")
    parser.add_argument("--repeat", type=int, default=1, help="fetch every id this many times")
    parser.add_argument("--connections", type=int, default=5)
    parser.add_argument("--start-at", type=float, default=0.0, help="time.time() to start at")
    args = parser.parse_args()
    first, count = (int(part) for part in args.ids.split(":"))
    ids = [first + i for i in range(count)] * args.repeat
    run = run_sync if args.client == "sync" else lambda *a: asyncio.run(run_async(*a))
    summary = run(args, ids)
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
