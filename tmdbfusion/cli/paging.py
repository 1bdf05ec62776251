"""``--paginate``: every page of a paged answer, as TMDB's bytes, one request a page."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import msgspec

from .._checks.limits import MAX_PAGE


class _Pages(msgspec.Struct):
    total_pages: int | None = None


_decoder = msgspec.json.Decoder(_Pages)


def walk_pages(fetch: Callable[[int], bytes], max_pages: int | None) -> Iterator[bytes]:
    """Pages 1, 2, ... until ``total_pages``, TMDB's last servable page (500) or
    ``max_pages``, whichever comes first. Says on stderr when pages are out of reach."""
    first = fetch(1)
    yield first
    try:
        total = _decoder.decode(first).total_pages or 1
    except msgspec.ValidationError:
        total = 1
    last = min(total, MAX_PAGE)
    if total > MAX_PAGE:
        print(
            f"tmdbfusion: warning: TMDB reports {total:,} pages but serves only the first "
            f"{MAX_PAGE}; pages {MAX_PAGE + 1:,}-{total:,} are out of reach (narrow the query)",
            file=sys.stderr,
        )
    if max_pages is not None:
        last = min(last, max_pages)
    for page in range(2, last + 1):
        yield fetch(page)
