"""Registry entries for TMDB's "TV Series" and "TV Series Lists" reference groups."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import ChangeWindow, Sessions
from .._endpoint import Endpoint, Param
from ..models import Credits, ExternalIds, Images, StatusResponse, Videos
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.pages import Page
from ..models.reviews import ReviewsPage
from ..models.title_parts import AccountStates, ListsPage, Translations
from ..models.tv import (
    AggregateCredits,
    TVAlternativeTitles,
    TVContentRatings,
    TVDetails,
    TVEpisodeGroups,
    TVKeywords,
    TVListItem,
    TVScreenedTheatrically,
)
from ..models.watch import WatchProviders
from ._params import LANGUAGE, PAGE, SERIES_ID, SESSIONS, Resource, body, query

RESOURCE = Resource(
    "tv",
    "TV",
    doc='``client.tv``: TMDB\'s "TV Series" and "TV Series Lists" reference groups.',
)

_SERIES = "/3/tv/{series_id}"


def _list(operation_id: str, suffix: str, doc: str, *params: Param) -> Endpoint[Page[TVListItem]]:
    return Endpoint(
        operation_id,
        "GET",
        f"/3/tv/{suffix}",
        "tv",
        suffix,
        Page[TVListItem],
        params=(LANGUAGE, PAGE, *params),
        paged=True,
        doc=doc,
    )


# "TV Series Lists": the four charts.
AIRING_TODAY = _list(
    "tv-series-airing-today-list",
    "airing_today",
    'Series with an episode airing today (in ``timezone``, e.g. "America/New_York").',
    query("timezone", k.TEXT),
)
ON_THE_AIR = _list(
    "tv-series-on-the-air-list",
    "on_the_air",
    "Series with an episode airing in the next 7 days.",
    query("timezone", k.TEXT),
)
POPULAR = _list("tv-series-popular-list", "popular", "Series ordered by popularity.")
TOP_RATED = _list("tv-series-top-rated-list", "top_rated", "Series ordered by rating.")

DETAILS = Endpoint(
    "tv-series-details",
    "GET",
    _SERIES,
    "tv",
    "details",
    TVDetails,
    appendable=appendable_parts(TVDetails),
    params=(
        SERIES_ID,
        query("append_to_response", k.APPEND, annotation="Sequence[TVAppend]"),
        LANGUAGE,
        # Not in the spec, but appended account_states needs one of them.
        *SESSIONS,
    ),
    rules=(Sessions(required=False),),
    doc="""A series' details, plus up to 20 ``append_to_response`` parts in one request.

``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.""",
)
LATEST = Endpoint(
    "tv-series-latest-id",
    "GET",
    "/3/tv/latest",
    "tv",
    "latest",
    TVDetails,
    doc="The series most recently added to TMDB.",
)
ACCOUNT_STATES = Endpoint(
    "tv-series-account-states",
    "GET",
    f"{_SERIES}/account_states",
    "tv",
    "account_states",
    AccountStates,
    params=(
        SERIES_ID,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Whether the session's user rated, favourited or watchlisted the series.",
)
AGGREGATE_CREDITS = Endpoint(
    "tv-series-aggregate-credits",
    "GET",
    f"{_SERIES}/aggregate_credits",
    "tv",
    "aggregate_credits",
    AggregateCredits,
    params=(
        SERIES_ID,
        LANGUAGE,
    ),
    doc="Everyone who worked on any season, with all their roles and episode counts.",
)
ALTERNATIVE_TITLES = Endpoint(
    "tv-series-alternative-titles",
    "GET",
    f"{_SERIES}/alternative_titles",
    "tv",
    "alternative_titles",
    TVAlternativeTitles,
    params=(SERIES_ID,),
    doc="The series' other titles, by country.",
)
CHANGES = Endpoint(
    "tv-series-changes",
    "GET",
    f"{_SERIES}/changes",
    "tv",
    "changes",
    Changes,
    params=(
        SERIES_ID,
        query("end_date", k.DATE),
        PAGE,
        query("start_date", k.DATE),
    ),
    rules=(ChangeWindow(),),
    doc="Recent edits to the series: the last 24 hours, or a window of at most 14 days.",
)
CONTENT_RATINGS = Endpoint(
    "tv-series-content-ratings",
    "GET",
    f"{_SERIES}/content_ratings",
    "tv",
    "content_ratings",
    TVContentRatings,
    params=(SERIES_ID,),
    doc="The series' age ratings, by country.",
)
CREDITS = Endpoint(
    "tv-series-credits",
    "GET",
    f"{_SERIES}/credits",
    "tv",
    "credits",
    Credits,
    params=(
        SERIES_ID,
        LANGUAGE,
    ),
    doc="Cast and crew of the latest season.",
)
EPISODE_GROUPS = Endpoint(
    "tv-series-episode-groups",
    "GET",
    f"{_SERIES}/episode_groups",
    "tv",
    "episode_groups",
    TVEpisodeGroups,
    params=(SERIES_ID,),
    doc="Alternative episode orderings of the series (DVD order, story arcs, ...).",
)
EXTERNAL_IDS = Endpoint(
    "tv-series-external-ids",
    "GET",
    f"{_SERIES}/external_ids",
    "tv",
    "external_ids",
    ExternalIds,
    params=(SERIES_ID,),
    doc="The series' ids on IMDb, TVDB, Wikidata and social sites.",
)
IMAGES = Endpoint(
    "tv-series-images",
    "GET",
    f"{_SERIES}/images",
    "tv",
    "images",
    Images,
    params=(
        SERIES_ID,
        query("include_image_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc="""Backdrops, logos and posters; ``include_image_language`` like ``["en", "null"]``.""",
)
KEYWORDS = Endpoint(
    "tv-series-keywords",
    "GET",
    f"{_SERIES}/keywords",
    "tv",
    "keywords",
    TVKeywords,
    params=(SERIES_ID,),
    doc="The keywords the series is tagged with.",
)
# The spec's operation id is "lists-copy"; the method is named by its path.
LISTS = Endpoint(
    "lists-copy",
    "GET",
    f"{_SERIES}/lists",
    "tv",
    "lists",
    ListsPage,
    paged=True,
    params=(
        SERIES_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="User lists that contain the series.",
)
RECOMMENDATIONS = Endpoint(
    "tv-series-recommendations",
    "GET",
    f"{_SERIES}/recommendations",
    "tv",
    "recommendations",
    Page[TVListItem],
    paged=True,
    params=(
        SERIES_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="Series TMDB recommends to viewers of this one.",
)
REVIEWS = Endpoint(
    "tv-series-reviews",
    "GET",
    f"{_SERIES}/reviews",
    "tv",
    "reviews",
    ReviewsPage,
    paged=True,
    params=(
        SERIES_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="User reviews of the series.",
)
SCREENED_THEATRICALLY = Endpoint(
    "tv-series-screened-theatrically",
    "GET",
    f"{_SERIES}/screened_theatrically",
    "tv",
    "screened_theatrically",
    TVScreenedTheatrically,
    params=(SERIES_ID,),
    doc="Episodes of the series that were shown in cinemas.",
)
SIMILAR = Endpoint(
    "tv-series-similar",
    "GET",
    f"{_SERIES}/similar",
    "tv",
    "similar",
    Page[TVListItem],
    paged=True,
    params=(
        SERIES_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="Series similar to this one, by keywords and genres.",
)
TRANSLATIONS = Endpoint(
    "tv-series-translations",
    "GET",
    f"{_SERIES}/translations",
    "tv",
    "translations",
    Translations,
    params=(SERIES_ID,),
    doc="The series' name, overview, tagline and homepage in each language it has.",
)
VIDEOS = Endpoint(
    "tv-series-videos",
    "GET",
    f"{_SERIES}/videos",
    "tv",
    "videos",
    Videos,
    params=(
        SERIES_ID,
        query("include_video_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc="""Trailers, teasers and clips; ``include_video_language`` like ``["en", "null"]``.""",
)
WATCH_PROVIDERS = Endpoint(
    "tv-series-watch-providers",
    "GET",
    f"{_SERIES}/watch/providers",
    "tv",
    "watch_providers",
    WatchProviders,
    params=(SERIES_ID,),
    doc="Where to stream, rent or buy the series, by country (data from JustWatch).",
)
ADD_RATING = Endpoint(
    "tv-series-add-rating",
    "POST",
    f"{_SERIES}/rating",
    "tv",
    "add_rating",
    StatusResponse,
    params=(
        SERIES_ID,
        body("value", k.RATING, required=True),
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Rate the series (0.5 to 10.0, in steps of 0.5) as a user or a guest.",
)
DELETE_RATING = Endpoint(
    "tv-series-delete-rating",
    "DELETE",
    f"{_SERIES}/rating",
    "tv",
    "delete_rating",
    StatusResponse,
    params=(
        SERIES_ID,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Remove the user's or guest's rating of the series.",
)
