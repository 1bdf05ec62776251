"""``client.certifications``: TMDB's "Certifications" reference group."""

from __future__ import annotations

from ..._registry import certifications as ops
from ..._typing import AsyncOperation, ModeT
from ...models.certifications import CertificationList
from ._resource import AsyncResource


class AsyncCertifications(AsyncResource[ModeT]):
    @AsyncOperation
    async def movie_list(self) -> CertificationList:
        """Movie certifications (age ratings) of every country TMDB knows."""
        return await self._call(ops.MOVIE_LIST)

    @AsyncOperation
    async def tv_list(self) -> CertificationList:
        """TV certifications (age ratings) of every country TMDB knows."""
        return await self._call(ops.TV_LIST)
