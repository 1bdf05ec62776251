"""``/3/configuration``: where images live and which sizes exist."""

from __future__ import annotations

import msgspec

from ._base import LeafModel, TMDBModel


class ImageConfiguration(LeafModel):
    base_url: str | None = None
    secure_base_url: str | None = None
    backdrop_sizes: list[str] = []
    logo_sizes: list[str] = []
    poster_sizes: list[str] = []
    profile_sizes: list[str] = []
    still_sizes: list[str] = []


class Configuration(TMDBModel):
    images: ImageConfiguration = msgspec.field(default_factory=ImageConfiguration)
    change_keys: list[str] = []


class Country(LeafModel):
    iso_3166_1: str | None = None
    english_name: str | None = None
    native_name: str | None = None


class Department(LeafModel):
    department: str | None = None
    jobs: list[str] = []


class CountryTimezones(LeafModel):
    iso_3166_1: str | None = None
    zones: list[str] = []
