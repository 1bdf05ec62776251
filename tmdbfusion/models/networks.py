"""TV network payloads."""

from __future__ import annotations

from ._base import LeafModel


class NetworkDetails(LeafModel):
    id: int
    name: str | None = None
    headquarters: str | None = None
    homepage: str | None = None
    logo_path: str | None = None
    # A string (one country code) here, unlike movies and TV.
    origin_country: str | None = None
