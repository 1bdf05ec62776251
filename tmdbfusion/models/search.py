"""Search results that have no list-item model elsewhere."""

from __future__ import annotations

from ._base import LeafModel


class CollectionListItem(LeafModel):
    """A collection as ``search.collection`` returns it."""

    id: int
    name: str | None = None
    original_name: str | None = None
    original_language: str | None = None
    overview: str | None = None
    adult: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
