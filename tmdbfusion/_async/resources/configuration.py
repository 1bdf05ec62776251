"""``client.configuration``: TMDB's "Configuration" reference group."""

from __future__ import annotations

from ..._registry import configuration as ops
from ...models.common import SpokenLanguage
from ...models.configuration import Configuration, Country, CountryTimezones, Department
from ._resource import AsyncResource


class AsyncConfiguration(AsyncResource):
    async def details(self) -> Configuration:
        """Image base URLs and sizes, and the change keys."""
        return await self._client._call(ops.DETAILS)

    async def countries(self, *, language: str | None = None) -> list[Country]:
        """Every country (ISO 3166-1) TMDB uses, with English and native names."""
        return await self._client._call(ops.COUNTRIES, (), {"language": language})

    async def jobs(self) -> list[Department]:
        """Every department and the crew jobs in it."""
        return await self._client._call(ops.JOBS)

    async def languages(self) -> list[SpokenLanguage]:
        """Every language (ISO 639-1) TMDB uses."""
        return await self._client._call(ops.LANGUAGES)

    async def primary_translations(self) -> list[str]:
        """The translations TMDB fully supports, as ``"en-US"``-style tags."""
        return await self._client._call(ops.PRIMARY_TRANSLATIONS)

    async def timezones(self) -> list[CountryTimezones]:
        """Time zones by country, as discover's ``timezone`` takes them."""
        return await self._client._call(ops.TIMEZONES)
