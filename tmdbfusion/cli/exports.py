"""``tmdbfusion exports KIND [--date YYYY-MM-DD] [--out PATH] [--limit N]``: a daily
ID export's rows (typed, streamed), or the file itself saved with ``--out``."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
from typing import Any

from .._checks.values import check_count
from .._exports import EXPORT_KINDS
from .output import Printer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(EXPORT_KINDS))
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the file of that day (default: the newest published; before about 08:00 "
        "UTC that is yesterday's)",
    )
    parser.add_argument(
        "--out",
        metavar="PATH",
        help="save the file as published (gzipped) at PATH, resuming a partial download, "
        "instead of printing rows",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="print the first N rows only")


def run(args: argparse.Namespace, client: Any, printer: Printer) -> None:
    if args.limit is not None:
        check_count("--limit", args.limit, minimum=0)
    if args.out is not None:
        if args.limit is not None:
            raise ValueError("--limit prints rows; --out saves the whole file: choose one")
        path = client.exports.download(args.kind, args.out, args.date, progress=_progress())
        print(f"tmdbfusion exports: saved {path}", file=sys.stderr)
        return
    with contextlib.closing(client.exports.iter(args.kind, args.date)) as rows:
        printer.rows(rows if args.limit is None else itertools.islice(rows, args.limit))


def _progress() -> Any:
    """A byte counter on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int | None) -> None:
        of = f" of {total / 1e6:,.1f} MB" if total else " MB"
        sys.stderr.write(f"\r{done / 1e6:,.1f}{of}")
        if total is not None and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
