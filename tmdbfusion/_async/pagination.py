"""Walking every page of a paged endpoint, without fetching any page twice."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Generic

from .._typing import AsyncPageFetcher, ItemT, PagedResponse
from .._validation import MAX_PAGE, check_page


class AsyncPaginator(Generic[ItemT]):
    """Iterates pages from ``first_page`` until ``total_pages`` or TMDB's page 500.

    Pages already fetched are kept: iterating again (or calling ``items()`` after
    iterating pages) replays them and only asks TMDB for pages not seen yet.
    """

    def __init__(self, fetch: AsyncPageFetcher[ItemT], *, first_page: int = 1) -> None:
        self._fetch = fetch
        self._next_page = check_page(first_page)
        self._pages: list[PagedResponse[ItemT]] = []
        self._exhausted = False

    @property
    def fetched(self) -> int:
        """How many pages have been requested so far."""
        return len(self._pages)

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
            number = self._next_page
            page = await self._fetch(number)
            self._pages.append(page)
            last = min(page.total_pages, MAX_PAGE)
            if number >= last or not page.results:
                self._exhausted = True
            else:
                self._next_page = number + 1

    async def items(self) -> AsyncIterator[ItemT]:
        """Every result of every page, in order."""
        async for page in self.pages():
            for item in page.results:
                yield item
