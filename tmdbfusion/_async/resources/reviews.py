"""``client.reviews``: TMDB's "Reviews" reference group."""

from __future__ import annotations

from ..._registry import reviews as ops
from ..._typing import AsyncOperation, ModeT
from ...models.reviews import Review
from ._resource import AsyncResource


class AsyncReviews(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, review_id: str) -> Review:
        """One review, with the movie or TV series it is about."""
        return await self._call(ops.DETAILS, (review_id,))
