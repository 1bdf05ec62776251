"""TV episode group payloads: an alternative ordering of a series' episodes."""

from __future__ import annotations

from ._base import TMDBModel
from .tv import NetworkSummary, TVEpisodeSummary


class TVEpisodeGroupEpisode(TVEpisodeSummary):
    # Position of the episode inside its group.
    order: int | None = None


class TVEpisodeGroupGroup(TMDBModel):
    """One group (e.g. a "season" of a DVD ordering) and its episodes."""

    # Group ids are strings.
    id: str
    name: str | None = None
    order: int | None = None
    locked: bool | None = None
    episodes: list[TVEpisodeGroupEpisode] = []


class TVEpisodeGroupDetails(TMDBModel):
    # Episode-group ids are strings.
    id: str
    name: str | None = None
    description: str | None = None
    episode_count: int | None = None
    group_count: int | None = None
    network: NetworkSummary | None = None
    # 1 original air date, 2 absolute, 3 DVD, 4 digital, 5 story arc, 6 production, 7 TV.
    type: int | None = None
    groups: list[TVEpisodeGroupGroup] = []
