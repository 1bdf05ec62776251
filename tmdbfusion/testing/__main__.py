"""``python -m tmdbfusion.testing --port 8765``: run FakeTMDB until interrupted."""

from __future__ import annotations

import argparse
import threading

from .server import DEFAULT_ACCESS_TOKEN, DEFAULT_API_KEY, FakeTMDB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tmdbfusion.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--access-token", default=DEFAULT_ACCESS_TOKEN)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--list-size", type=int, default=3, help="items in generated lists")
    parser.add_argument(
        "--record-limit",
        type=int,
        default=1000,
        help="requests kept in memory (the latest); the process can run for days",
    )
    args = parser.parse_args(argv)
    fake = FakeTMDB(
        api_key=args.api_key,
        access_token=args.access_token,
        host=args.host,
        port=args.port,
        latency=args.latency,
        list_size=args.list_size,
        record_limit=args.record_limit,
    )
    with fake:
        print(f"FakeTMDB listening on {fake.url}", flush=True)
        print(f"  TMDB_BASE_URL={fake.url} TMDB_API_KEY={fake.api_key}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
