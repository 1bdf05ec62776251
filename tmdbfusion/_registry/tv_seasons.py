"""Registry entries for TMDB's "TV Seasons" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import ChangeWindow, Sessions
from .._endpoint import Endpoint
from ..models import Credits, ExternalIds, Images, Videos
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.title_parts import Translations
from ..models.tv import AggregateCredits
from ..models.tv_seasons import TVSeasonAccountStates, TVSeasonDetails
from ..models.watch import WatchProviders
from ._params import LANGUAGE, PAGE, SEASON_PATH, SESSIONS, Resource, path, query

RESOURCE = Resource(
    "tv_seasons",
    "TVSeasons",
    doc='``client.tv_seasons``: TMDB\'s "TV Seasons" reference group.',
)

_SEASON = "/3/tv/{series_id}/season/{season_number}"

DETAILS = Endpoint(
    "tv-season-details",
    "GET",
    _SEASON,
    "tv_seasons",
    "details",
    TVSeasonDetails,
    appendable=appendable_parts(TVSeasonDetails),
    params=(
        *SEASON_PATH,
        query("append_to_response", k.APPEND, annotation="Sequence[TVSeasonAppend]"),
        LANGUAGE,
        # Not in the spec, but appended account_states needs one of them.
        *SESSIONS,
    ),
    rules=(Sessions(required=False),),
    doc="""A season with its episodes, plus up to 20 ``append_to_response`` parts.

``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.""",
)
ACCOUNT_STATES = Endpoint(
    "tv-season-account-states",
    "GET",
    f"{_SEASON}/account_states",
    "tv_seasons",
    "account_states",
    TVSeasonAccountStates,
    params=(
        *SEASON_PATH,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="The session user's rating of each episode of the season.",
)
AGGREGATE_CREDITS = Endpoint(
    "tv-season-aggregate-credits",
    "GET",
    f"{_SEASON}/aggregate_credits",
    "tv_seasons",
    "aggregate_credits",
    AggregateCredits,
    params=(
        *SEASON_PATH,
        LANGUAGE,
    ),
    doc="Everyone who worked on any episode of the season, with all their roles.",
)
# Addressed by the season's own id, not by series and season number.
CHANGES = Endpoint(
    "tv-season-changes-by-id",
    "GET",
    "/3/tv/season/{season_id}/changes",
    "tv_seasons",
    "changes",
    Changes,
    params=(
        path("season_id", k.ID),
        query("end_date", k.DATE),
        PAGE,
        query("start_date", k.DATE),
    ),
    rules=(ChangeWindow(),),
    doc="""Recent edits to a season, by the season's own id (not its number).

The last 24 hours, or a window of at most 14 days.""",
)
CREDITS = Endpoint(
    "tv-season-credits",
    "GET",
    f"{_SEASON}/credits",
    "tv_seasons",
    "credits",
    Credits,
    params=(
        *SEASON_PATH,
        LANGUAGE,
    ),
    doc="Cast and crew of the season.",
)
EXTERNAL_IDS = Endpoint(
    "tv-season-external-ids",
    "GET",
    f"{_SEASON}/external_ids",
    "tv_seasons",
    "external_ids",
    ExternalIds,
    params=(*SEASON_PATH,),
    doc="The season's ids on TVDB, Wikidata and elsewhere.",
)
IMAGES = Endpoint(
    "tv-season-images",
    "GET",
    f"{_SEASON}/images",
    "tv_seasons",
    "images",
    Images,
    params=(
        *SEASON_PATH,
        query("include_image_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc='The season\'s posters; ``include_image_language`` like ``["en", "null"]``.',
)
TRANSLATIONS = Endpoint(
    "tv-season-translations",
    "GET",
    f"{_SEASON}/translations",
    "tv_seasons",
    "translations",
    Translations,
    params=(*SEASON_PATH,),
    doc="The season's name and overview in each language it has.",
)
VIDEOS = Endpoint(
    "tv-season-videos",
    "GET",
    f"{_SEASON}/videos",
    "tv_seasons",
    "videos",
    Videos,
    params=(
        *SEASON_PATH,
        query("include_video_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc="""The season's trailers and clips; ``include_video_language`` like ``["en", "null"]``.""",
)
WATCH_PROVIDERS = Endpoint(
    "tv-season-watch-providers",
    "GET",
    f"{_SEASON}/watch/providers",
    "tv_seasons",
    "watch_providers",
    WatchProviders,
    params=(
        *SEASON_PATH,
        LANGUAGE,
    ),
    doc="Where to stream, rent or buy the season, by country (data from JustWatch).",
)
