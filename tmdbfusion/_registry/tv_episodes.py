"""Registry entries for TMDB's "TV Episodes" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import Sessions
from .._endpoint import Endpoint
from ..models import ExternalIds, Images, StatusResponse, Videos
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.title_parts import AccountStates, Translations
from ..models.tv_episodes import TVEpisodeCredits, TVEpisodeDetails
from ._params import EPISODE_PATH, LANGUAGE, SESSIONS, Resource, body, path, query

RESOURCE = Resource(
    "tv_episodes",
    "TVEpisodes",
    doc='``client.tv_episodes``: TMDB\'s "TV Episodes" reference group.',
)

_EPISODE = "/3/tv/{series_id}/season/{season_number}/episode/{episode_number}"

DETAILS = Endpoint(
    "tv-episode-details",
    "GET",
    _EPISODE,
    "tv_episodes",
    "details",
    TVEpisodeDetails,
    appendable=appendable_parts(TVEpisodeDetails),
    params=(
        *EPISODE_PATH,
        query("append_to_response", k.APPEND, annotation="Sequence[TVEpisodeAppend]"),
        LANGUAGE,
        # Not in the spec, but appended account_states needs one of them.
        *SESSIONS,
    ),
    rules=(Sessions(required=False),),
    doc="""An episode's details, plus up to 20 ``append_to_response`` parts.

``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.""",
)
ACCOUNT_STATES = Endpoint(
    "tv-episode-account-states",
    "GET",
    f"{_EPISODE}/account_states",
    "tv_episodes",
    "account_states",
    AccountStates,
    params=(
        *EPISODE_PATH,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Whether the session's user rated the episode.",
)
# Addressed by the episode's own id, not by series, season and episode number.
CHANGES = Endpoint(
    "tv-episode-changes-by-id",
    "GET",
    "/3/tv/episode/{episode_id}/changes",
    "tv_episodes",
    "changes",
    Changes,
    params=(path("episode_id", k.ID),),
    doc="Recent edits to an episode, by the episode's own id (not its number).",
)
CREDITS = Endpoint(
    "tv-episode-credits",
    "GET",
    f"{_EPISODE}/credits",
    "tv_episodes",
    "credits",
    TVEpisodeCredits,
    params=(
        *EPISODE_PATH,
        LANGUAGE,
    ),
    doc="The episode's cast, crew and guest stars.",
)
EXTERNAL_IDS = Endpoint(
    "tv-episode-external-ids",
    "GET",
    f"{_EPISODE}/external_ids",
    "tv_episodes",
    "external_ids",
    ExternalIds,
    params=(*EPISODE_PATH,),
    doc="The episode's ids on IMDb, TVDB, Wikidata and elsewhere.",
)
IMAGES = Endpoint(
    "tv-episode-images",
    "GET",
    f"{_EPISODE}/images",
    "tv_episodes",
    "images",
    Images,
    params=(
        *EPISODE_PATH,
        query("include_image_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc='The episode\'s stills; ``include_image_language`` like ``["en", "null"]``.',
)
TRANSLATIONS = Endpoint(
    "tv-episode-translations",
    "GET",
    f"{_EPISODE}/translations",
    "tv_episodes",
    "translations",
    Translations,
    params=(*EPISODE_PATH,),
    doc="The episode's name and overview in each language it has.",
)
VIDEOS = Endpoint(
    "tv-episode-videos",
    "GET",
    f"{_EPISODE}/videos",
    "tv_episodes",
    "videos",
    Videos,
    params=(
        *EPISODE_PATH,
        query("include_video_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc='The episode\'s clips; ``include_video_language`` like ``["en", "null"]``.',
)
ADD_RATING = Endpoint(
    "tv-episode-add-rating",
    "POST",
    f"{_EPISODE}/rating",
    "tv_episodes",
    "add_rating",
    StatusResponse,
    params=(
        *EPISODE_PATH,
        body("value", k.RATING, required=True),
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Rate the episode (0.5 to 10.0, in steps of 0.5) as a user or a guest.",
)
DELETE_RATING = Endpoint(
    "tv-episode-delete-rating",
    "DELETE",
    f"{_EPISODE}/rating",
    "tv_episodes",
    "delete_rating",
    StatusResponse,
    params=(
        *EPISODE_PATH,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Remove the user's or guest's rating of the episode.",
)
