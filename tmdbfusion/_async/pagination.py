"""Walking every page of a paged endpoint, without fetching any page twice."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Generic

from .._checks.limits import MAX_PAGE
from .._checks.values import check_count, check_page
from .._concurrency import AsyncBoundedMap
from .._typing import AsyncPageFetcher, ItemT, PagedResponse

logger = logging.getLogger("tmdbfusion")


class AsyncPaginator(Generic[ItemT]):
    """Iterates pages from ``first_page`` until ``total_pages`` or TMDB's page 500.

    Pages already fetched are kept: iterating again (or calling ``items()`` after
    iterating pages) replays them and only asks TMDB for pages not seen yet.

    With ``concurrency`` above 1, once a page has told how many pages there are, the
    rest are fetched up to ``concurrency`` at a time (through the client's rate limit
    and connection cap as always) and still come in order; at most ``concurrency``
    pages are fetched ahead of the one being handed out. The blocking client does this
    with a pool of ``concurrency`` threads.

    TMDB serves no page past 500. When it reports more (``total_pages``), the paginator
    stops at 500 all the same, sets ``truncated``, and logs one WARNING on the
    ``tmdbfusion`` logger naming the call: narrow the query (filters, date ranges) to
    reach the rest.
    """

    def __init__(
        self,
        fetch: AsyncPageFetcher[ItemT],
        *,
        first_page: int = 1,
        concurrency: int = 1,
        label: str = "paginate",
    ) -> None:
        self._fetch = fetch
        self._next_page = check_page(first_page)
        self._concurrency = check_count("concurrency", concurrency)
        self._label = label
        self._pages: list[PagedResponse[ItemT]] = []
        # Pages fetched ahead and not handed out yet (a loop left early), by number.
        self._ahead: dict[int, PagedResponse[ItemT]] = {}
        self._exhausted = False
        self.total_pages: int | None = None
        """How many pages TMDB reported (its latest answer); None before the first."""
        self.truncated = False
        """Whether TMDB reported more pages than the 500 it serves."""

    @property
    def fetched(self) -> int:
        """How many pages have been requested so far."""
        return len(self._pages)

    @property
    def concurrency(self) -> int:
        """How many pages may be fetched at once."""
        return self._concurrency

    @property
    def reachable_pages(self) -> int | None:
        """The last page TMDB will serve: ``total_pages`` capped at 500 (None before the
        first page)."""
        return None if self.total_pages is None else min(self.total_pages, MAX_PAGE)

    def __aiter__(self) -> AsyncIterator[PagedResponse[ItemT]]:
        return self.pages()

    async def pages(self) -> AsyncIterator[PagedResponse[ItemT]]:
        index = 0
        while True:
            if index < len(self._pages):
                yield self._pages[index]
                index += 1
                continue
            if self._exhausted:
                return
            last = self.reachable_pages
            if self._concurrency == 1 or last is None:
                self._record(self._next_page, await self._page(self._next_page))
                continue
            numbers = range(self._next_page, last + 1)
            async with AsyncBoundedMap(self._page, numbers, limit=self._concurrency) as ahead:
                async for page in ahead:
                    self._record(self._next_page, page)
                    yield self._pages[index]
                    index += 1
                    if self._exhausted:
                        break

    async def _page(self, number: int) -> PagedResponse[ItemT]:
        page = self._ahead.get(number)
        if page is None:
            page = await self._fetch(number)
            self._ahead[number] = page
        return page

    def _record(self, number: int, page: PagedResponse[ItemT]) -> None:
        """Page ``number`` is the next in order: keep it and see where to go on."""
        del self._ahead[number]
        self._pages.append(page)
        self._note_total(page.total_pages)
        last = min(page.total_pages, MAX_PAGE)
        if number >= last or not page.results:
            self._exhausted = True
            self._ahead.clear()
        else:
            self._next_page = number + 1

    def _note_total(self, total: int) -> None:
        self.total_pages = total
        if total > MAX_PAGE and not self.truncated:
            self.truncated = True
            logger.warning(
                "%s: TMDB reports %d pages but serves at most %d; pages %d to %d are out "
                "of reach (narrow the query to reach them)",
                self._label,
                total,
                MAX_PAGE,
                MAX_PAGE + 1,
                total,
            )

    async def items(self) -> AsyncIterator[ItemT]:
        """Every result of every page, in order."""
        async for page in self.pages():
            for item in page.results:
                yield item
