"""TV season payloads: details, account states and appended parts."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import LeafModel, TMDBModel, part
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
    # append_to_response parts, each typed like its own endpoint; reading one that was not
    # asked for raises PartNotAppendedError (TMDBModel).
    account_states: TVSeasonAccountStates = part()
    aggregate_credits: AggregateCredits = part()
    changes: Changes = part()
    credits: Credits = part()
    external_ids: ExternalIds = part()
    images: Images = part()
    translations: Translations = part()
    videos: Videos = part()
    watch_providers: WatchProviders = part(name="watch/providers")


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
