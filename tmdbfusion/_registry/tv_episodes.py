"""Registry entries for TMDB's "TV Episodes" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models import ExternalIds, Images, StatusResponse, Videos
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.title_parts import AccountStates, Translations
from ..models.tv_episodes import TVEpisodeCredits, TVEpisodeDetails

_EPISODE = "/3/tv/{series_id}/season/{season_number}/episode/{episode_number}"
_SESSION = ("session_id", "guest_session_id")

DETAILS = Endpoint(
    "tv-episode-details",
    "GET",
    _EPISODE,
    "tv_episodes",
    "details",
    TVEpisodeDetails,
    # The session ids are not in the spec, but appended account_states needs one.
    query=("append_to_response", "language", *_SESSION),
    appendable=appendable_parts(TVEpisodeDetails),
)
ACCOUNT_STATES = Endpoint(
    "tv-episode-account-states",
    "GET",
    f"{_EPISODE}/account_states",
    "tv_episodes",
    "account_states",
    AccountStates,
    query=_SESSION,
)
# Addressed by the episode's own id, not by series, season and episode number.
CHANGES = Endpoint(
    "tv-episode-changes-by-id",
    "GET",
    "/3/tv/episode/{episode_id}/changes",
    "tv_episodes",
    "changes",
    Changes,
)
CREDITS = Endpoint(
    "tv-episode-credits",
    "GET",
    f"{_EPISODE}/credits",
    "tv_episodes",
    "credits",
    TVEpisodeCredits,
    query=("language",),
)
EXTERNAL_IDS = Endpoint(
    "tv-episode-external-ids",
    "GET",
    f"{_EPISODE}/external_ids",
    "tv_episodes",
    "external_ids",
    ExternalIds,
)
IMAGES = Endpoint(
    "tv-episode-images",
    "GET",
    f"{_EPISODE}/images",
    "tv_episodes",
    "images",
    Images,
    query=("include_image_language", "language"),
)
TRANSLATIONS = Endpoint(
    "tv-episode-translations",
    "GET",
    f"{_EPISODE}/translations",
    "tv_episodes",
    "translations",
    Translations,
)
VIDEOS = Endpoint(
    "tv-episode-videos",
    "GET",
    f"{_EPISODE}/videos",
    "tv_episodes",
    "videos",
    Videos,
    query=("include_video_language", "language"),
)
ADD_RATING = Endpoint(
    "tv-episode-add-rating",
    "POST",
    f"{_EPISODE}/rating",
    "tv_episodes",
    "add_rating",
    StatusResponse,
    query=_SESSION,
    has_body=True,
)
DELETE_RATING = Endpoint(
    "tv-episode-delete-rating",
    "DELETE",
    f"{_EPISODE}/rating",
    "tv_episodes",
    "delete_rating",
    StatusResponse,
    query=_SESSION,
)

ENDPOINTS = (
    DETAILS,
    ACCOUNT_STATES,
    CHANGES,
    CREDITS,
    EXTERNAL_IDS,
    IMAGES,
    TRANSLATIONS,
    VIDEOS,
    ADD_RATING,
    DELETE_RATING,
)
