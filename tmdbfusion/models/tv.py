"""TV series payloads."""

from __future__ import annotations

from ._base import LeafModel


class TVListItem(LeafModel, tag_field="media_type", tag="tv"):
    """A TV series as it appears in lists, searches and recommendations."""

    id: int
    name: str | None = None
    original_name: str | None = None
    original_language: str | None = None
    overview: str | None = None
    adult: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    genre_ids: list[int] = []
    origin_country: list[str] = []
    popularity: float | None = None
    # "" when unknown; kept as TMDB's string ("YYYY-MM-DD").
    first_air_date: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None
