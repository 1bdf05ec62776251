"""``client.companies``: TMDB's "Companies" reference group."""

from __future__ import annotations

from ..._registry import companies as ops
from ..._typing import AsyncOperation, ModeT
from ...models.companies import AlternativeNames, CompanyDetails, Logos
from ._resource import AsyncResource


class AsyncCompanies(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, company_id: int) -> CompanyDetails:
        """A production company: name, headquarters, logo, parent company."""
        return await self._call(ops.DETAILS, (company_id,))

    @AsyncOperation
    async def alternative_names(self, company_id: int) -> AlternativeNames:
        """Other names the company is known by."""
        return await self._call(ops.ALTERNATIVE_NAMES, (company_id,))

    @AsyncOperation
    async def images(self, company_id: int) -> Logos:
        """The company's logos."""
        return await self._call(ops.IMAGES, (company_id,))
