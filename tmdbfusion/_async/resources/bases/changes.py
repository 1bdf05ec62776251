"""``client.changes.iter_ids``: a long date range walked in TMDB's 14-day windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

from ...._checks.rules import change_windows, check_change_kind
from ...._typing import AsyncPageFetcher, ModeT, Parsed
from ....models.changes import ChangedItem
from ....models.pages import Page
from ...pagination import AsyncPaginator
from .._resource import AsyncResource


class AsyncChangesBase(AsyncResource[ModeT]):
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
        resource: Any = type(self)
        method: Callable[..., Any] = getattr(resource(self._client, Parsed), name)
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
