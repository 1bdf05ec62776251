"""TV episode payloads: details, credits, account states and appended parts."""

from __future__ import annotations

from typing import Literal

from ._base import part
from .changes import Changes
from .common import CastMember, Credits, CrewMember, ExternalIds, Images, Videos
from .title_parts import AccountStates, Translations
from .tv import TVEpisodeSummary


class TVEpisode(TVEpisodeSummary, gc=True):
    """An episode with its crew and guest stars, as season details list it."""

    # gc=True again: unlike its leaf base, this holds other models.
    crew: list[CrewMember] = []
    guest_stars: list[CastMember] = []


class TVEpisodeCredits(Credits):
    """An episode's credits: the series' regular cast plus the episode's guest stars."""

    guest_stars: list[CastMember] = []


class TVEpisodeDetails(TVEpisode):
    # append_to_response parts, each typed like its own endpoint; reading one that was not
    # asked for raises PartNotAppendedError (TMDBModel).
    account_states: AccountStates = part()
    changes: Changes = part()
    credits: TVEpisodeCredits = part()
    external_ids: ExternalIds = part()
    images: Images = part()
    translations: Translations = part()
    videos: Videos = part()


TVEpisodeAppend = Literal[
    "account_states",
    "changes",
    "credits",
    "external_ids",
    "images",
    "translations",
    "videos",
]
"""The ``append_to_response`` parts ``tv_episodes.details`` takes."""
