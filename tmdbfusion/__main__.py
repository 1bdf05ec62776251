"""``tmdbfusion demo`` (the live seed table, ``tmdbfusion._demo``) and ``tmdbfusion crawl``
(a resumable crawl, ``tmdbfusion.crawl.command``)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tmdbfusion")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="measure sync vs async vs gather, live")
    demo.add_argument("--count", type=int, default=50, help="movie details per row (50)")
    demo.add_argument(
        "--latency", type=float, default=0.5, help="FakeTMDB latency in seconds (0.5)"
    )
    from .crawl import command as crawl_command

    crawl_command.add_arguments(
        commands.add_parser("crawl", help="fetch an operation for many ids, resumably")
    )
    args = parser.parse_args(argv)
    if args.command == "crawl":
        return crawl_command.run(args)
    if args.count < 1 or args.latency < 0:
        parser.error("--count must be >= 1 and --latency >= 0")
    from ._demo import run_demo

    return run_demo(count=args.count, latency=args.latency)


if __name__ == "__main__":
    raise SystemExit(main())
