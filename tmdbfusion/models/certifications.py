"""``/3/certification/{movie,tv}/list``: rating systems by country."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel


class Certification(LeafModel):
    certification: str | None = None
    meaning: str | None = None
    order: int | None = None


class CertificationList(TMDBModel):
    # Keyed by ISO 3166-1 country code ("US", "DE", ...).
    certifications: dict[str, list[Certification]] = {}
