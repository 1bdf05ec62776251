"""Collection payloads: a film series and the movies in it."""

from __future__ import annotations

from typing import Literal

from ._base import TMDBModel, part
from .common import Images
from .movies import MovieListItem
from .title_parts import Translations


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
    # append_to_response parts (PartNotAppendedError unless asked for). TMDB honours
    # these two on collections, though its spec lists no append_to_response here.
    images: Images = part()
    translations: Translations = part()


CollectionAppend = Literal["images", "translations"]
"""The ``append_to_response`` parts ``collections.details`` takes."""
