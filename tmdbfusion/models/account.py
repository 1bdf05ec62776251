"""Account payloads: the account itself, its lists, and what it has rated."""

from __future__ import annotations

from typing import Literal

from ._base import LeafModel, TMDBModel
from .movies import MovieListItem
from .tv import TVListItem

SortByCreatedAt = Literal["created_at.asc", "created_at.desc"]
"""How account and guest-session lists can be ordered: by when the item was added."""


class Gravatar(LeafModel):
    hash: str | None = None


class TMDBAvatar(LeafModel):
    avatar_path: str | None = None


class Avatar(TMDBModel):
    gravatar: Gravatar | None = None
    tmdb: TMDBAvatar | None = None


class AccountDetails(TMDBModel):
    id: int
    name: str | None = None
    username: str | None = None
    include_adult: bool | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    avatar: Avatar | None = None


class AccountList(LeafModel):
    """One of the account's lists. Its ``id`` is an int here (a str in list details)."""

    id: int
    name: str | None = None
    description: str | None = None
    favorite_count: int | None = None
    item_count: int | None = None
    iso_639_1: str | None = None
    list_type: str | None = None
    poster_path: str | None = None


class RatedMovie(MovieListItem):
    """A movie list item plus the rating the user (or guest) gave it."""

    rating: float | None = None


class RatedTV(TVListItem):
    """A TV series list item plus the rating the user (or guest) gave it."""

    rating: float | None = None


class RatedTVEpisode(LeafModel):
    """A rated episode: its own shape, naming its series by ``show_id``."""

    id: int
    name: str | None = None
    overview: str | None = None
    # "" when unknown; kept as TMDB's string ("YYYY-MM-DD").
    air_date: str | None = None
    episode_number: int | None = None
    season_number: int | None = None
    show_id: int | None = None
    production_code: str | None = None
    runtime: int | None = None
    still_path: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None
    rating: float | None = None
