"""Registry entries for TMDB's "TV Episode Groups" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.tv_episode_groups import TVEpisodeGroupDetails

DETAILS = Endpoint(
    "tv-episode-group-details",
    "GET",
    "/3/tv/episode_group/{tv_episode_group_id}",
    "tv_episode_groups",
    "details",
    TVEpisodeGroupDetails,
)

ENDPOINTS = (DETAILS,)
