"""``client.configuration``: TMDB's "Configuration" reference group."""

from __future__ import annotations

from ..._registry import configuration as ops
from ..._typing import AsyncOperation, ModeT
from ...models.common import SpokenLanguage
from ...models.configuration import Configuration, Country, CountryTimezones, Department
from ._resource import AsyncResource


class AsyncConfiguration(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self) -> Configuration:
        """Image base URLs and sizes, and the change keys."""
        return await self._call(ops.DETAILS)

    @AsyncOperation
    async def countries(self, *, language: str | None = None) -> list[Country]:
        """Every country (ISO 3166-1) TMDB uses, with English and native names."""
        return await self._call(ops.COUNTRIES, (), {"language": language})

    @AsyncOperation
    async def jobs(self) -> list[Department]:
        """Every department and the crew jobs in it."""
        return await self._call(ops.JOBS)

    @AsyncOperation
    async def languages(self) -> list[SpokenLanguage]:
        """Every language (ISO 639-1) TMDB uses."""
        return await self._call(ops.LANGUAGES)

    @AsyncOperation
    async def primary_translations(self) -> list[str]:
        """The translations TMDB fully supports, as ``"en-US"``-style tags."""
        return await self._call(ops.PRIMARY_TRANSLATIONS)

    @AsyncOperation
    async def timezones(self) -> list[CountryTimezones]:
        """Time zones by country, as discover's ``timezone`` takes them."""
        return await self._call(ops.TIMEZONES)
