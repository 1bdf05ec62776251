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

Filter: TypeAlias = int | str | Sequence[int]
"""An id filter: one id, ids that must all match (a sequence, sent comma-joined), or
TMDB's own syntax as a string (``"28|12"`` for either, ``"28,12"`` for both)."""
