"""``tmdbfusion api METHOD PATH -p NAME=VALUE ...``: any TMDB path through the client,
with its credentials, retries, rate limit and errors (``client.request``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import msgspec

from .._checks.values import check_count
from .output import Printer
from .paging import walk_pages


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("http_method", metavar="METHOD", help="GET, POST, PUT or DELETE")
    parser.add_argument(
        "path", metavar="PATH", help="the path under the base URL, e.g. /3/search/movie"
    )
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a query parameter (repeat for more), e.g. -p query=alien -p year=1979",
    )
    parser.add_argument(
        "--data",
        metavar="JSON",
        help="a JSON request body; '@FILE' reads it from a file, '-' from stdin",
    )
    parser.add_argument(
        "--paginate", action="store_true", help="fetch every page (at most TMDB's 500)"
    )
    parser.add_argument(
        "--max-pages", type=int, default=None, metavar="N", help="with --paginate: stop after N"
    )


def run(args: argparse.Namespace, client: Any, printer: Printer) -> None:
    params: dict[str, str] = {}
    for item in args.param:
        name, equals, value = item.partition("=")
        if not equals or not name:
            raise ValueError(f"-p takes NAME=VALUE, got {item!r}")
        if name in params:
            raise ValueError(f"-p {name} given twice; join list values with ',' or '|'")
        params[name] = value
    body = None if args.data is None else _body(args.data)
    if args.paginate:
        if args.max_pages is not None:
            check_count("--max-pages", args.max_pages)
        if "page" in params:
            raise ValueError("--paginate walks the pages itself: drop -p page=...")

        def fetch(page: int) -> bytes:
            answer = client.request(
                args.http_method,
                args.path,
                params={**params, "page": page},
                json=body,
                type=msgspec.Raw,
            )
            return bytes(answer)

        printer.pages(walk_pages(fetch, args.max_pages))
        return
    answer = client.request(args.http_method, args.path, params=params, json=body, type=msgspec.Raw)
    printer.document(bytes(answer))


def _body(data: str) -> Any:
    if data == "-":
        text = sys.stdin.read()
    elif data.startswith("@"):
        with open(data[1:], encoding="utf-8") as file:
            text = file.read()
    else:
        text = data
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError as exc:
        raise ValueError(f"--data is not valid JSON: {exc}") from None
