"""``/3/find/{external_id}``: whatever TMDB knows under an IMDb, TVDB, ... id."""

from __future__ import annotations

from typing import Literal

from ._base import LeafModel, TMDBModel
from .movies import MovieListItem
from .people import EpisodeListItem, PersonListItem
from .tv import TVListItem


class SeasonListItem(LeafModel, tag_field="media_type", tag="tv_season"):
    """A TV season found by an external id."""

    id: int
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_count: int | None = None
    poster_path: str | None = None
    season_number: int | None = None
    show_id: int | None = None
    vote_average: float | None = None


class FindResults(TMDBModel):
    """One list per kind of object; usually only one of them is non-empty."""

    movie_results: list[MovieListItem] = []
    person_results: list[PersonListItem] = []
    tv_results: list[TVListItem] = []
    tv_episode_results: list[EpisodeListItem] = []
    tv_season_results: list[SeasonListItem] = []


ExternalSource = Literal[
    "imdb_id",
    "facebook_id",
    "instagram_id",
    "tvdb_id",
    "tiktok_id",
    "twitter_id",
    "wikidata_id",
    "youtube_id",
]
