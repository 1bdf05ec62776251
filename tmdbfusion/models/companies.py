"""Production company payloads, and the logo and alternative-name shapes networks share."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel
from .common import Image, ProductionCompany


class CompanyDetails(TMDBModel):
    id: int
    name: str | None = None
    description: str | None = None
    headquarters: str | None = None
    homepage: str | None = None
    logo_path: str | None = None
    # A string (one country code) for companies and networks, unlike movies and TV.
    origin_country: str | None = None
    parent_company: ProductionCompany | None = None


class AlternativeName(LeafModel):
    name: str | None = None
    type: str | None = None


class AlternativeNames(TMDBModel):
    id: int | None = None
    results: list[AlternativeName] = []


class Logo(Image):
    # Logos carry their own string id and the original file's type (".svg", ".png").
    id: str | None = None
    file_type: str | None = None


class Logos(TMDBModel):
    id: int | None = None
    logos: list[Logo] = []
