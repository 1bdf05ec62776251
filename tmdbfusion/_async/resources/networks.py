"""``client.networks``: TMDB's "Networks" reference group."""

from __future__ import annotations

from ..._registry import networks as ops
from ..._typing import AsyncOperation, ModeT
from ...models.companies import AlternativeNames, Logos
from ...models.networks import NetworkDetails
from ._resource import AsyncResource


class AsyncNetworks(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, network_id: int) -> NetworkDetails:
        """A TV network: name, headquarters, homepage, logo."""
        return await self._call(ops.DETAILS, (network_id,))

    @AsyncOperation
    async def alternative_names(self, network_id: int) -> AlternativeNames:
        """Other names the network is known by."""
        return await self._call(ops.ALTERNATIVE_NAMES, (network_id,))

    @AsyncOperation
    async def images(self, network_id: int) -> Logos:
        """The network's logos."""
        return await self._call(ops.IMAGES, (network_id,))
