"""``client.changes``: TMDB's "Changes" reference group.

Dates are ``YYYY-MM-DD`` strings or ``datetime.date``; a range may span at most 14
days, and without one TMDB answers for the last 24 hours.
"""

from __future__ import annotations

import datetime as dt

from ..._argument_checks import check_change_range
from ..._registry import changes as ops
from ..._typing import AsyncOperation, ModeT
from ...models.changes import ChangedItem
from ...models.pages import Page
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
