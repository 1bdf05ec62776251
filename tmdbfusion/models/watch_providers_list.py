"""``/3/watch/providers/...``: the providers and regions TMDB has watch data for.

(Where one title can be watched is in ``models/watch.py``.)
"""

from __future__ import annotations

from ._base import LeafModel, TMDBModel
from .configuration import Country


class WatchProviderListItem(LeafModel):
    provider_id: int
    provider_name: str | None = None
    logo_path: str | None = None
    display_priority: int | None = None
    # Keyed by ISO 3166-1 country code.
    display_priorities: dict[str, int] = {}


class WatchProviderList(TMDBModel):
    results: list[WatchProviderListItem] = []


class WatchRegions(TMDBModel):
    results: list[Country] = []
