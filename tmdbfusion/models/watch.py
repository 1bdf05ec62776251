"""Where a title can be watched (``.../watch/providers``), per country, from JustWatch."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel


class WatchProvider(LeafModel):
    provider_id: int | None = None
    provider_name: str | None = None
    logo_path: str | None = None
    display_priority: int | None = None


class CountryWatchProviders(TMDBModel):
    """One country's offers, by kind; kinds with no offer are left out by TMDB."""

    link: str | None = None
    flatrate: list[WatchProvider] = []
    free: list[WatchProvider] = []
    ads: list[WatchProvider] = []
    rent: list[WatchProvider] = []
    buy: list[WatchProvider] = []


class WatchProviders(TMDBModel):
    id: int | None = None
    # Keyed by country code (ISO 3166-1): TMDB adds countries, so not fixed fields.
    results: dict[str, CountryWatchProviders] = {}
