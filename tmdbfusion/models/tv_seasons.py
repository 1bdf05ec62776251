"""TV season payloads: details, account states and appended parts."""

from __future__ import annotations

from typing import Literal

import msgspec
from msgspec import UNSET, UnsetType

from ._base import LeafModel, TMDBModel
from .changes import Changes
from .common import Credits, ExternalIds, Images, Videos
from .title_parts import RatedValue, Translations
from .tv import AggregateCredits, NetworkSummary
from .tv_episodes import TVEpisode
from .watch import WatchProviders


class EpisodeAccountState(LeafModel):
    id: int
    episode_number: int | None = None
    # ``false`` when not rated, ``{"value": 8.5}`` when rated.
    rated: bool | RatedValue | None = None


class TVSeasonAccountStates(TMDBModel):
    """The session user's rating of each episode of a season."""

    id: int | None = None
    results: list[EpisodeAccountState] = []


class TVSeasonDetails(TMDBModel):
    id: int
    # TMDB's internal object id (a hex string), sent as ``_id``.
    internal_id: str | None = msgspec.field(default=None, name="_id")
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    poster_path: str | None = None
    # Has been seen null.
    season_number: int | None = None
    vote_average: float | None = None
    episodes: list[TVEpisode] = []
    networks: list[NetworkSummary] = []
    # append_to_response parts: UNSET unless asked for, each typed like its own endpoint.
    account_states: TVSeasonAccountStates | UnsetType = UNSET
    aggregate_credits: AggregateCredits | UnsetType = UNSET
    changes: Changes | UnsetType = UNSET
    credits: Credits | UnsetType = UNSET
    external_ids: ExternalIds | UnsetType = UNSET
    images: Images | UnsetType = UNSET
    translations: Translations | UnsetType = UNSET
    videos: Videos | UnsetType = UNSET
    watch_providers: WatchProviders | UnsetType = msgspec.field(
        default=UNSET, name="watch/providers"
    )


TVSeasonAppend = Literal[
    "account_states",
    "aggregate_credits",
    "changes",
    "credits",
    "external_ids",
    "images",
    "translations",
    "videos",
    "watch/providers",
]
"""The ``append_to_response`` parts ``tv_seasons.details`` takes."""
