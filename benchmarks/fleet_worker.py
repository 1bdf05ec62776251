"""One process of benchmarks/fleet.py: ``python -m benchmarks.fleet_worker ...``.

It builds its client (and its Redis connection, when the rate limit is shared), prints
``ready``, then reads the start time (``time.time()``) from its stdin and waits for it,
so that every process of the fleet starts at the same moment. It fetches the movie
details of ``--first`` .. ``--first + --count - 1`` with at most ``--connections`` calls
in flight, and prints a JSON summary on one line: calls that succeeded and failed,
what ``client.stats`` counted, and when it finished (``time.time()``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any


async def fleet_member(args: argparse.Namespace) -> dict[str, Any]:
    from tmdbfusion import AsyncTMDBClient
    from tmdbfusion.ratelimit import RedisRateLimiter

    redis_client: Any = None
    rate_limit: Any = args.local_rate
    if args.redis_url:
        import redis.asyncio

        redis_client = redis.asyncio.Redis.from_url(
            args.redis_url, socket_timeout=1.0, socket_connect_timeout=1.0
        )
    try:
        if redis_client is not None:
            await redis_client.ping()  # connected before "ready"
            rate_limit = RedisRateLimiter(redis_client, key=args.key, rate=args.rate)
        async with AsyncTMDBClient(
            args.api_key,
            base_url=args.base_url,
            rate_limit=rate_limit,
            max_connections=args.connections,
        ) as client:
            in_flight = asyncio.Semaphore(args.connections)
            errors: list[str] = []

            async def one(movie_id: int) -> bool:
                async with in_flight:
                    try:
                        await client.movies.details(movie_id)
                    except Exception as exc:
                        errors.append(f"{type(exc).__name__}: {exc}")
                        return False
                    return True

            print("ready", flush=True)
            line = await asyncio.to_thread(sys.stdin.readline)
            start_at = float(line)  # EOF (the parent went away) fails here
            await asyncio.sleep(max(0.0, start_at - time.time()))
            started_at = time.time()
            ids = range(args.first, args.first + args.count)
            done = await asyncio.gather(*(one(movie_id) for movie_id in ids))
            finished_at = time.time()
            stats = client.stats
        fell_back = bool(getattr(rate_limit, "using_fallback", False))
        return {
            "ok": sum(done),
            "errors": len(errors),
            "error_samples": errors[:5],
            "requests_sent": stats.requests_sent,
            "retries": stats.retries,
            "retries_by_cause": dict(stats.retries_by_cause),
            "rate_limited": stats.rate_limited,
            "started_at": started_at,
            "finished_at": finished_at,
            "redis_fallback": fell_back,
        }
    finally:
        if redis_client is not None:
            await redis_client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fleet_worker")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--first", type=int, required=True, help="first movie id")
    parser.add_argument("--count", type=int, required=True, help="how many movie ids")
    parser.add_argument("--connections", type=int, default=5)
    parser.add_argument("--redis-url", default="", help="share a RedisRateLimiter there")
    parser.add_argument("--key", default="tmdb:ip", help="the RedisRateLimiter's key")
    parser.add_argument("--rate", type=float, default=49.0, help="the shared rate")
    parser.add_argument("--local-rate", type=float, default=40.0, help="without --redis-url")
    args = parser.parse_args()
    summary = asyncio.run(fleet_member(args))
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
