"""A resumable scraper: every movie of a year (or of an id file), details and credits.

Stop it at any moment (Ctrl-C, ``kill``, a reboot) and run the same command again: it
picks up where it stopped, without fetching a finished movie twice or losing one. The
work is done by ``tmdbfusion.crawl.crawl``, which keeps the list of ids, the results
(``OUT/results.ndjson``, TMDB's JSON as it came, one movie a line), the failures
(``OUT/failures.ndjson``) and a checkpoint in ``OUT``.

Run it::

    TMDB_ACCESS_TOKEN=... python examples/scraper.py out-1999 --year 1999
    ^C                                             # interrupted: exit code 130
    TMDB_ACCESS_TOKEN=... python examples/scraper.py out-1999 --year 1999   # resumes
    TMDB_ACCESS_TOKEN=... python examples/scraper.py out-ids --ids ids.txt   # one id a line
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.crawl import CrawlSummary, crawl

APPEND = ["credits", "keywords"]


async def discover_ids(tmdb: AsyncTMDBClient, year: int) -> AsyncIterator[int]:
    """Every movie of ``year`` that TMDB's discover reaches (at most 500 pages)."""
    pages = tmdb.paginate(tmdb.discover.movie, primary_release_year=year, sort_by="popularity.desc")
    async for movie in pages.items():
        yield movie.id


async def scrape(
    out: Path, *, year: int | None = None, ids_file: str | None = None, **client_options: Any
) -> CrawlSummary:
    async with AsyncTMDBClient(**client_options) as tmdb:
        if ids_file is not None:
            return await crawl(tmdb, "movies.details", ids_file, out, append=APPEND)
        if year is None:
            raise ValueError("give a year or an id file")
        # The ids are read on the first run only and kept in OUT/ids.txt; `source` names
        # them, so a resumed run refuses to continue another year's crawl.
        ids = discover_ids(tmdb, year)
        return await crawl(
            tmdb, "movies.details", ids, out, append=APPEND, source=f"discover:movie:{year}"
        )


def best_rated(out: Path, count: int = 5) -> list[tuple[float, str]]:
    """The best-rated movies fetched so far (read from results.ndjson)."""
    rated: list[tuple[float, str]] = []
    results = out / "results.ndjson"
    if results.exists():
        with results.open("rb") as lines:
            for line in lines:
                data = json.loads(line)["data"]
                if data.get("vote_count"):
                    rated.append((data.get("vote_average") or 0.0, data.get("title") or "?"))
    return sorted(rated, reverse=True)[:count]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A resumable TMDB movie scraper")
    parser.add_argument("out", type=Path, help="the crawl's directory (resumed if it exists)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--year", type=int, help="every movie released that year")
    source.add_argument("--ids", help="a file of movie ids, one a line")
    parser.add_argument("--rate-limit", type=float, default=40.0, help="requests a second")
    parser.add_argument("--max-connections", type=int, default=20)
    args = parser.parse_args(argv)
    options = {"rate_limit": args.rate_limit, "max_connections": args.max_connections}
    try:
        summary = asyncio.run(scrape(args.out, year=args.year, ids_file=args.ids, **options))
    except KeyboardInterrupt:
        # What was fetched before Ctrl-C is written and checkpointed already.
        print(f"interrupted: run the same command again to resume ({args.out})", file=sys.stderr)
        return 130
    print(
        f"{summary.done} fetched now ({summary.failed} failed), {summary.skipped} by earlier "
        f"runs, {summary.total} in all"
    )
    for vote, title in best_rated(args.out):
        print(f"  {vote:4.1f}  {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
