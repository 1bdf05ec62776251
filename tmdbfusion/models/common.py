"""Shapes shared by movies, TV, seasons, episodes and people."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel


class Genre(LeafModel):
    id: int
    name: str | None = None

    _intern_fields = ("name",)


class Keyword(LeafModel):
    id: int
    name: str | None = None


class ProductionCompany(LeafModel):
    id: int
    name: str | None = None
    logo_path: str | None = None
    # A string here, unlike movies and TV where it is a list.
    origin_country: str | None = None

    _intern_fields = ("origin_country",)


class ProductionCountry(LeafModel):
    iso_3166_1: str | None = None
    name: str | None = None

    _intern_fields = ("iso_3166_1", "name")


class SpokenLanguage(LeafModel):
    iso_639_1: str | None = None
    name: str | None = None
    english_name: str | None = None

    _intern_fields = ("iso_639_1", "name", "english_name")


class Image(LeafModel):
    file_path: str | None = None
    aspect_ratio: float | None = None
    height: int | None = None
    width: int | None = None
    iso_639_1: str | None = None
    # Newer records carry a country beside the language.
    iso_3166_1: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None


class Images(TMDBModel):
    # TMDB sometimes answers {} (no keys at all): every list defaults to empty.
    id: int | None = None
    backdrops: list[Image] = []
    logos: list[Image] = []
    posters: list[Image] = []
    profiles: list[Image] = []
    stills: list[Image] = []


class Video(LeafModel):
    # Video ids are strings.
    id: str | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    name: str | None = None
    key: str | None = None
    site: str | None = None
    size: int | None = None
    type: str | None = None
    official: bool | None = None
    # Kept as TMDB's string: it switched formats (ISO to "... UTC") in Dec 2024.
    published_at: str | None = None


class Videos(TMDBModel):
    id: int | None = None
    results: list[Video] = []


class CastMember(LeafModel):
    id: int
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    name: str | None = None
    original_name: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    cast_id: int | None = None
    character: str | None = None
    credit_id: str | None = None
    order: int | None = None


class CrewMember(LeafModel):
    id: int
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    name: str | None = None
    original_name: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    credit_id: str | None = None
    department: str | None = None
    job: str | None = None


class Credits(TMDBModel):
    id: int | None = None
    cast: list[CastMember] = []
    crew: list[CrewMember] = []


class ExternalIds(LeafModel):
    id: int | None = None
    imdb_id: str | None = None
    wikidata_id: str | None = None
    facebook_id: str | None = None
    instagram_id: str | None = None
    twitter_id: str | None = None
    tiktok_id: str | None = None
    youtube_id: str | None = None
    tvdb_id: int | None = None
    tvrage_id: int | None = None
    freebase_mid: str | None = None
    freebase_id: str | None = None


class StatusResponse(LeafModel):
    """TMDB's answer to writes: ``{"success": true, "status_code": 1, ...}``."""

    success: bool | None = None
    status_code: int | None = None
    status_message: str | None = None
