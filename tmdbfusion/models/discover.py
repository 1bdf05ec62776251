"""Types for ``client.discover`` (its answers are pages of movie or TV list items)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeAlias

MovieSortBy = Literal[
    "original_title.asc",
    "original_title.desc",
    "popularity.asc",
    "popularity.desc",
    "revenue.asc",
    "revenue.desc",
    "primary_release_date.asc",
    "primary_release_date.desc",
    "title.asc",
    "title.desc",
    "vote_average.asc",
    "vote_average.desc",
    "vote_count.asc",
    "vote_count.desc",
]

TVSortBy = Literal[
    "first_air_date.asc",
    "first_air_date.desc",
    "name.asc",
    "name.desc",
    "original_name.asc",
    "original_name.desc",
    "popularity.asc",
    "popularity.desc",
    "vote_average.asc",
    "vote_average.desc",
    "vote_count.asc",
    "vote_count.desc",
]


class AnyOf:
    """Ids of which any may match, for an id filter: ``with_genres=AnyOf(28, 12)`` is
    sent as ``28|12`` (TMDB's OR). A list or tuple, ``[28, 12]``, is sent as ``28,12``:
    all must match (TMDB's AND)."""

    __slots__ = ("ids",)

    def __init__(self, *ids: int) -> None:
        self.ids = ids

    def __repr__(self) -> str:
        return f"AnyOf({', '.join(map(repr, self.ids))})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AnyOf) and other.ids == self.ids

    def __hash__(self) -> int:
        return hash(self.ids)


Filter: TypeAlias = int | Sequence[int] | AnyOf | str
"""An id filter: one id; ids that must all match (a list or tuple, sent comma-joined:
TMDB's AND); ids of which any may match (``AnyOf(28, 12)``, sent ``28|12``: TMDB's OR);
or TMDB's own syntax as a string (``"28,12"``, ``"28|12"``)."""
