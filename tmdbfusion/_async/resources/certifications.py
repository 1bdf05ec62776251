"""``client.certifications``: TMDB's "Certifications" reference group."""

from __future__ import annotations

from ..._registry import certifications as ops
from ...models.certifications import CertificationList
from ._resource import AsyncResource


class AsyncCertifications(AsyncResource):
    async def movie_list(self) -> CertificationList:
        """Movie certifications (age ratings) of every country TMDB knows."""
        return await self._client._call(ops.MOVIE_LIST)

    async def tv_list(self) -> CertificationList:
        """TV certifications (age ratings) of every country TMDB knows."""
        return await self._client._call(ops.TV_LIST)
