"""The errors a crawl raises before or instead of fetching."""

from __future__ import annotations


class CrawlError(Exception):
    """A crawl that cannot start or go on (the command exits 1)."""


class CrawlUsageError(CrawlError, ValueError):
    """A bad operation, id source or output directory, refused before anything is sent
    (the command exits 2)."""
