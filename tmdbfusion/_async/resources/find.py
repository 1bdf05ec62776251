"""``client.find``: TMDB's "Find" reference group."""

from __future__ import annotations

from typing import get_args

from ..._registry import find as ops
from ..._typing import AsyncOperation, ModeT
from ...models.find import ExternalSource, FindResults
from ._resource import AsyncResource

_SOURCES: tuple[str, ...] = get_args(ExternalSource)


class AsyncFind(AsyncResource[ModeT]):
    @AsyncOperation
    async def by_id(
        self,
        external_id: str,
        *,
        external_source: ExternalSource,
        language: str | None = None,
    ) -> FindResults:
        """Movies, series, seasons, episodes and people known under an external id
        (``by_id("tt0137523", external_source="imdb_id")``)."""
        if external_source not in _SOURCES:
            raise ValueError(
                f"external_source must be one of {', '.join(_SOURCES)}; got {external_source!r}"
            )
        return await self._call(
            ops.BY_ID,
            (external_id,),
            {"external_source": external_source, "language": language},
        )
