"""``client.credits``: TMDB's "Credits" reference group."""

from __future__ import annotations

from ..._registry import credits as ops
from ..._typing import AsyncOperation, ModeT
from ...models.credits import CreditDetails
from ._resource import AsyncResource


class AsyncCredits(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, credit_id: str, *, language: str | None = None) -> CreditDetails:
        """One credit: who, which job or character, and in which movie or TV series."""
        return await self._call(ops.DETAILS, (credit_id,), {"language": language})
