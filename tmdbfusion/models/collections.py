"""Collection payloads: a film series and the movies in it."""

from __future__ import annotations

from ._base import TMDBModel
from .movies import MovieListItem


class CollectionPart(MovieListItem):
    """A movie in a collection; TMDB has sent its title as ``name`` here too."""

    name: str | None = None
    original_name: str | None = None


class CollectionDetails(TMDBModel):
    id: int
    name: str | None = None
    original_name: str | None = None
    original_language: str | None = None
    overview: str | None = None
    poster_path: str | None = None
    backdrop_path: str | None = None
    parts: list[CollectionPart] = []
