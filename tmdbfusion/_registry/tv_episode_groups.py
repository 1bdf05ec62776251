"""Registry entries for TMDB's "TV Episode Groups" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.tv_episode_groups import TVEpisodeGroupDetails
from ._params import Resource, path

RESOURCE = Resource(
    "tv_episode_groups",
    "TVEpisodeGroups",
    doc='``client.tv_episode_groups``: TMDB\'s "TV Episode Groups" reference group.',
)

DETAILS = Endpoint(
    "tv-episode-group-details",
    "GET",
    "/3/tv/episode_group/{tv_episode_group_id}",
    "tv_episode_groups",
    "details",
    TVEpisodeGroupDetails,
    params=(path("tv_episode_group_id", k.STRING_ID),),
    doc="""An episode group: an alternative ordering of a series' episodes, group by group.

``tv_episode_group_id`` is a string id, as ``tv.episode_groups`` lists them.""",
)
