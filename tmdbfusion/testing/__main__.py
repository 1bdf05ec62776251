"""``tmdbfusion fake`` (also ``python -m tmdbfusion.testing``): serve FakeTMDB from a
shell, with its faults, until interrupted."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable
from typing import Any

from .defaults import DEFAULT_ACCESS_TOKEN, DEFAULT_API_KEY


def _at_least(minimum: float, convert: Callable[[str], Any]) -> Callable[[str], Any]:
    def check(text: str) -> Any:
        value = convert(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}, got {text}")
        return value

    check.__name__ = convert.__name__
    return check


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``tmdbfusion fake``: the server's, then the faults it injects
    (``tmdbfusion.testing.Faults``)."""
    count, seconds = _at_least(0, int), _at_least(0, float)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port (8765)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the v3 key it accepts")
    parser.add_argument(
        "--access-token", default=DEFAULT_ACCESS_TOKEN, help="the read access token it accepts"
    )
    parser.add_argument("--list-size", type=count, default=3, help="items per page (3)")
    parser.add_argument("--total-pages", type=_at_least(1, int), default=3, help="pages (3)")
    parser.add_argument(
        "--last-page-size",
        type=count,
        default=None,
        metavar="N",
        help="items on the last page, at most --list-size (a full page)",
    )
    parser.add_argument("--export-rows", type=count, default=3, help="rows per export file (3)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data (0)")
    parser.add_argument(
        "--record-limit",
        type=count,
        default=1000,
        help="requests kept in memory (the latest); the process can run for days",
    )
    parser.add_argument(
        "--not-found",
        action="append",
        default=[],
        metavar="PATH",
        help="answer 404 for this path, e.g. /3/movie/551 (repeat for more)",
    )
    faults = parser.add_argument_group("faults")
    faults.add_argument("--latency", type=seconds, default=0.0, help="seconds before each answer")
    faults.add_argument(
        "--fail-first", type=count, default=0, metavar="N", help="the first N requests fail"
    )
    faults.add_argument(
        "--fail-status", type=int, default=503, help="their status (503); 429 carries Retry-After"
    )
    faults.add_argument(
        "--random-5xx", type=seconds, default=0.0, metavar="P", help="share answered 500/503"
    )
    faults.add_argument(
        "--drop-connections", type=count, default=0, metavar="N", help="close N without answering"
    )
    faults.add_argument(
        "--truncate-json", type=count, default=0, metavar="N", help="cut N bodies in half"
    )
    faults.add_argument(
        "--html-errors", type=count, default=0, metavar="N", help="N CDN-style HTML error pages"
    )
    faults.add_argument(
        "--slow-body", type=seconds, default=0.0, metavar="SECONDS", help="trickle each body"
    )
    faults.add_argument(
        "--rate-limit",
        type=_at_least(0.001, float),
        default=None,
        metavar="PER_SECOND",
        help="answer 429 beyond this rate, as TMDB does beyond about 50/s",
    )
    faults.add_argument(
        "--max-connections",
        type=_at_least(1, int),
        default=None,
        metavar="N",
        help="answer 429 beyond N requests in flight",
    )
    faults.add_argument(
        "--retry-after", type=seconds, default=1.0, help="Retry-After of its 429s (1)"
    )


def serve(args: argparse.Namespace) -> int:
    """Run the FakeTMDB ``args`` describe until interrupted; print where it is."""
    from .server import FakeTMDB

    if args.last_page_size is not None and args.last_page_size > args.list_size:
        raise SystemExit(
            f"--last-page-size ({args.last_page_size}) must be at most --list-size "
            f"({args.list_size})"
        )
    fake = FakeTMDB(
        api_key=args.api_key,
        access_token=args.access_token,
        host=args.host,
        port=args.port,
        latency=args.latency,
        list_size=args.list_size,
        total_pages=args.total_pages,
        seed=args.seed,
        record_limit=args.record_limit,
        last_page_size=args.last_page_size,
    )
    fake.exports.default_rows = args.export_rows
    fake.not_found.update(args.not_found)
    faults = fake.faults
    faults.fail_first, faults.fail_status = args.fail_first, args.fail_status
    faults.random_5xx, faults.drop_connections = args.random_5xx, args.drop_connections
    faults.truncate_json, faults.html_errors = args.truncate_json, args.html_errors
    faults.slow_body, faults.rate_limit = args.slow_body, args.rate_limit
    faults.max_connections, faults.retry_after = args.max_connections, args.retry_after
    with fake:
        print(f"FakeTMDB listening on {fake.url}", flush=True)
        print(
            f"  export TMDB_BASE_URL={fake.url} TMDB_EXPORTS_BASE_URL={fake.url} "
            f"TMDB_API_KEY={fake.api_key}",
            flush=True,
        )
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tmdbfusion.testing", description=__doc__)
    add_arguments(parser)
    return serve(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
