"""The types of the clients' arguments, for annotating your own code.

``append_to_response`` takes a list of its operation's parts: annotate one kept in a
variable with its alias, or mypy infers ``list[str]`` and refuses it::

    from tmdbfusion.types import MovieAppend

    PARTS: list[MovieAppend] = ["credits", "images"]
    movie = client.movies.details(550, append_to_response=PARTS)

Sort orders, time windows, media types and external id sources are ``Literal`` aliases
too; ``Filter`` is what an id filter of ``discover`` takes (``AnyOf`` for "any of").
"""

from __future__ import annotations

from .images import ImageKind
from .models.account import SortByCreatedAt
from .models.collections import CollectionAppend
from .models.discover import AnyOf, Filter, MovieSortBy, TVSortBy
from .models.find import ExternalSource
from .models.movies import MovieAppend
from .models.people import PersonAppend
from .models.trending import TimeWindow
from .models.tv import TVAppend
from .models.tv_episodes import TVEpisodeAppend
from .models.tv_seasons import TVSeasonAppend
from .models.v4 import V4AccountSortBy, V4ListSortBy, V4MediaType

__all__ = [
    "AnyOf",
    "CollectionAppend",
    "ExternalSource",
    "Filter",
    "ImageKind",
    "MovieAppend",
    "MovieSortBy",
    "PersonAppend",
    "SortByCreatedAt",
    "TVAppend",
    "TVEpisodeAppend",
    "TVSeasonAppend",
    "TVSortBy",
    "TimeWindow",
    "V4AccountSortBy",
    "V4ListSortBy",
    "V4MediaType",
]
