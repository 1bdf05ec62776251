"""A resumable crawl: fetch one operation for every id of a list into a directory.

``await tmdbfusion.crawl.crawl(client, "movies.details", "ids.txt", "out",
append=["credits"])`` writes ``out/results.ndjson`` (TMDB's JSON as it came, one line
per id) and ``out/failures.ndjson``, with a checkpoint that makes a rerun after any
crash resume without losing or repeating a line. ``tmdbfusion crawl`` runs it from a
shell (``tmdbfusion.crawl.command``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import CrawlError, CrawlUsageError
from .operations import crawlable
from .progress import LineProgress, LogProgress, Progress, default_progress
from .sources import IdSource, parse_source

if TYPE_CHECKING:
    from .engine import CrawlSummary, crawl

__all__ = [
    "CrawlError",
    "CrawlSummary",
    "CrawlUsageError",
    "IdSource",
    "LineProgress",
    "LogProgress",
    "Progress",
    "crawl",
    "crawlable",
    "default_progress",
    "parse_source",
]


def __getattr__(name: str) -> Any:
    # The engine needs the async client (aiohttp); `tmdbfusion --help` need not wait.
    if name in ("crawl", "CrawlSummary"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'tmdbfusion.crawl' has no attribute {name!r}")
