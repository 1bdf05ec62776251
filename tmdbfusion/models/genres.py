"""``/3/genre/{movie,tv}/list``."""

from __future__ import annotations

from ._base import TMDBModel
from .common import Genre


class GenreList(TMDBModel):
    genres: list[Genre] = []
