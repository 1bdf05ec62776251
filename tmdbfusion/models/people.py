"""People payloads."""

from __future__ import annotations

from ._base import TMDBModel
from .movies import MovieListItem
from .tv import TVListItem


class PersonListItem(TMDBModel, tag_field="media_type", tag="person"):
    """A person as they appear in lists and searches, with what they are known for."""

    id: int
    name: str | None = None
    original_name: str | None = None
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    known_for: list[MovieListItem | TVListItem] = []
