"""``client.changes``: TMDB's "Changes" reference group.

Dates are ``YYYY-MM-DD`` strings or ``datetime.date``; a range may span at most 14
days, and without one TMDB answers for the last 24 hours. ``iter_ids`` walks a longer
range window by window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

from ..._argument_checks import change_windows, check_change_kind, check_change_range
from ..._registry import changes as ops
from ..._typing import AsyncOperation, AsyncPageFetcher, ModeT, Parsed
from ...models.changes import ChangedItem
from ...models.pages import Page
from ..pagination import AsyncPaginator
from ._resource import AsyncResource


class AsyncChanges(AsyncResource[ModeT]):
    @AsyncOperation
    async def movie_list(
        self,
        *,
        start_date: str | dt.date | None = None,
        end_date: str | dt.date | None = None,
        page: int | None = None,
    ) -> Page[ChangedItem]:
        """Ids of movies edited in the range, 100 a page."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.MOVIE_LIST, (), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def tv_list(
        self,
        *,
        start_date: str | dt.date | None = None,
        end_date: str | dt.date | None = None,
        page: int | None = None,
    ) -> Page[ChangedItem]:
        """Ids of TV series edited in the range, 100 a page."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.TV_LIST, (), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def people_list(
        self,
        *,
        start_date: str | dt.date | None = None,
        end_date: str | dt.date | None = None,
        page: int | None = None,
    ) -> Page[ChangedItem]:
        """Ids of people edited in the range, 100 a page."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.PEOPLE_LIST, (), {"end_date": end, "page": page, "start_date": start}
        )

    def iter_ids(
        self,
        kind: str,
        since: str | dt.date,
        until: str | dt.date | None = None,
    ) -> AsyncIterator[int]:
        """Every id of ``kind`` (``"movie"``, ``"tv"`` or ``"person"``) edited from
        ``since`` to ``until`` (``None``: today in UTC), each once, as they come:
        ``async for movie_id in client.changes.iter_ids("movie", since=last_sync)``.

        Dates are ``datetime.date``, ``datetime.datetime`` (an aware one is taken in
        UTC) or ``"YYYY-MM-DD"``. The range is walked in windows of at most 14 days
        (TMDB's limit), every page of each, through ``movie_list``/``tv_list``/
        ``people_list``; an id changed in several windows is yielded once (the ids seen
        are kept in memory). Bad arguments are refused here, before any request.
        """
        name = {"movie": "movie_list", "tv": "tv_list", "person": "people_list"}[
            check_change_kind(kind)
        ]
        return self._iter_ids(name, change_windows(since, until))

    async def _iter_ids(
        self, name: str, windows: list[tuple[dt.date, dt.date]]
    ) -> AsyncIterator[int]:
        # Parsed whatever this resource's mode: the ids are needed, not the raw bytes.
        method: Callable[..., Any] = getattr(AsyncChanges(self._client, Parsed), name)
        seen: set[int] = set()
        for start, end in windows:
            pages: AsyncPaginator[ChangedItem] = AsyncPaginator(
                _window_pages(method, start, end),
                label=f"changes.{name}(start_date={start}, end_date={end})",
            )
            async for item in pages.items():
                if item.id not in seen:
                    seen.add(item.id)
                    yield item.id


def _window_pages(
    method: Callable[..., Any], start: dt.date, end: dt.date
) -> AsyncPageFetcher[ChangedItem]:
    async def fetch(page: int) -> Page[ChangedItem]:
        result: Page[ChangedItem] = await method(start_date=start, end_date=end, page=page)
        return result

    return fetch
