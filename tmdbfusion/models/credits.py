"""``credits.details``: one credit, the person and the movie or TV series it is for."""

from __future__ import annotations

from typing import TypeAlias

from ._base import LeafModel, TMDBModel
from .movies import MovieListItem
from .people import PersonListItem
from .tv import TVListItem
from .unknown import UnknownMedia


class CreditSeason(LeafModel):
    id: int
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_count: int | None = None
    poster_path: str | None = None
    season_number: int | None = None
    show_id: int | None = None
    vote_average: float | None = None


class CreditEpisode(LeafModel):
    id: int | None = None
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_number: int | None = None
    season_number: int | None = None
    show_id: int | None = None
    still_path: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None


class CreditMovie(MovieListItem):
    character: str | None = None


class CreditTV(TVListItem, gc=True):
    # gc=True again: unlike its leaf base, this holds other models.
    character: str | None = None
    episodes: list[CreditEpisode] = []
    seasons: list[CreditSeason] = []


CreditMedia: TypeAlias = CreditMovie | CreditTV | UnknownMedia
"""The credited title, told apart by ``media_type`` (``isinstance(m, TVListItem)`` works);
a title of another (or no) kind is an ``UnknownMedia``."""


class CreditDetails(TMDBModel):
    # Credit ids are strings.
    id: str
    credit_type: str | None = None
    department: str | None = None
    job: str | None = None
    media_type: str | None = None
    # A ``media`` without a tag of its own is decoded by ``media_type`` above.
    media: CreditMedia | None = None
    person: PersonListItem | None = None

    _tag_from = {"media": "media_type"}
