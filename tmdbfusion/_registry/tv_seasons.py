"""Registry entries for TMDB's "TV Seasons" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models import Credits, ExternalIds, Images, Videos
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.title_parts import Translations
from ..models.tv import AggregateCredits
from ..models.tv_seasons import TVSeasonAccountStates, TVSeasonDetails
from ..models.watch import WatchProviders

_SEASON = "/3/tv/{series_id}/season/{season_number}"
_SESSION = ("session_id", "guest_session_id")

DETAILS = Endpoint(
    "tv-season-details",
    "GET",
    _SEASON,
    "tv_seasons",
    "details",
    TVSeasonDetails,
    # The session ids are not in the spec, but appended account_states needs one.
    query=("append_to_response", "language", *_SESSION),
    appendable=appendable_parts(TVSeasonDetails),
)
ACCOUNT_STATES = Endpoint(
    "tv-season-account-states",
    "GET",
    f"{_SEASON}/account_states",
    "tv_seasons",
    "account_states",
    TVSeasonAccountStates,
    query=_SESSION,
)
AGGREGATE_CREDITS = Endpoint(
    "tv-season-aggregate-credits",
    "GET",
    f"{_SEASON}/aggregate_credits",
    "tv_seasons",
    "aggregate_credits",
    AggregateCredits,
    query=("language",),
)
# Addressed by the season's own id, not by series and season number.
CHANGES = Endpoint(
    "tv-season-changes-by-id",
    "GET",
    "/3/tv/season/{season_id}/changes",
    "tv_seasons",
    "changes",
    Changes,
    query=("end_date", "page", "start_date"),
)
CREDITS = Endpoint(
    "tv-season-credits",
    "GET",
    f"{_SEASON}/credits",
    "tv_seasons",
    "credits",
    Credits,
    query=("language",),
)
EXTERNAL_IDS = Endpoint(
    "tv-season-external-ids",
    "GET",
    f"{_SEASON}/external_ids",
    "tv_seasons",
    "external_ids",
    ExternalIds,
)
IMAGES = Endpoint(
    "tv-season-images",
    "GET",
    f"{_SEASON}/images",
    "tv_seasons",
    "images",
    Images,
    query=("include_image_language", "language"),
)
TRANSLATIONS = Endpoint(
    "tv-season-translations",
    "GET",
    f"{_SEASON}/translations",
    "tv_seasons",
    "translations",
    Translations,
)
VIDEOS = Endpoint(
    "tv-season-videos",
    "GET",
    f"{_SEASON}/videos",
    "tv_seasons",
    "videos",
    Videos,
    query=("include_video_language", "language"),
)
WATCH_PROVIDERS = Endpoint(
    "tv-season-watch-providers",
    "GET",
    f"{_SEASON}/watch/providers",
    "tv_seasons",
    "watch_providers",
    WatchProviders,
    query=("language",),
)

ENDPOINTS = (
    DETAILS,
    ACCOUNT_STATES,
    AGGREGATE_CREDITS,
    CHANGES,
    CREDITS,
    EXTERNAL_IDS,
    IMAGES,
    TRANSLATIONS,
    VIDEOS,
    WATCH_PROVIDERS,
)
