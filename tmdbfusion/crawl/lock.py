"""One crawl at a time per directory: an advisory lock the OS drops when the process dies."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .errors import CrawlError

try:
    import fcntl
except ImportError:  # pragma: no cover  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

LOCK = "crawl.lock"


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir``'s lock; ``CrawlError`` if another crawl holds it."""
    with open(out_dir / LOCK, "a+b") as file:
        if fcntl is not None:
            try:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise CrawlError(f"another crawl is writing to {out_dir}") from None
        yield
