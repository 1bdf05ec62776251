"""Registry entries for TMDB's "TV Series" and "TV Series Lists" reference groups."""

from __future__ import annotations

from .._endpoint import Endpoint
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

_SERIES = "/3/tv/{series_id}"
_SESSION = ("session_id", "guest_session_id")


def _list(operation_id: str, suffix: str, query: tuple[str, ...]) -> Endpoint[Page[TVListItem]]:
    return Endpoint(
        operation_id,
        "GET",
        f"/3/tv/{suffix}",
        "tv",
        suffix,
        Page[TVListItem],
        query=query,
        paged=True,
    )


# "TV Series Lists": the four charts.
AIRING_TODAY = _list(
    "tv-series-airing-today-list", "airing_today", ("language", "page", "timezone")
)
ON_THE_AIR = _list("tv-series-on-the-air-list", "on_the_air", ("language", "page", "timezone"))
POPULAR = _list("tv-series-popular-list", "popular", ("language", "page"))
TOP_RATED = _list("tv-series-top-rated-list", "top_rated", ("language", "page"))

DETAILS = Endpoint(
    "tv-series-details",
    "GET",
    _SERIES,
    "tv",
    "details",
    TVDetails,
    # The session ids are not in the spec, but appended account_states needs one.
    query=("append_to_response", "language", *_SESSION),
    appendable=appendable_parts(TVDetails),
)
LATEST = Endpoint("tv-series-latest-id", "GET", "/3/tv/latest", "tv", "latest", TVDetails)
ACCOUNT_STATES = Endpoint(
    "tv-series-account-states",
    "GET",
    f"{_SERIES}/account_states",
    "tv",
    "account_states",
    AccountStates,
    query=_SESSION,
)
AGGREGATE_CREDITS = Endpoint(
    "tv-series-aggregate-credits",
    "GET",
    f"{_SERIES}/aggregate_credits",
    "tv",
    "aggregate_credits",
    AggregateCredits,
    query=("language",),
)
ALTERNATIVE_TITLES = Endpoint(
    "tv-series-alternative-titles",
    "GET",
    f"{_SERIES}/alternative_titles",
    "tv",
    "alternative_titles",
    TVAlternativeTitles,
)
CHANGES = Endpoint(
    "tv-series-changes",
    "GET",
    f"{_SERIES}/changes",
    "tv",
    "changes",
    Changes,
    query=("end_date", "page", "start_date"),
)
CONTENT_RATINGS = Endpoint(
    "tv-series-content-ratings",
    "GET",
    f"{_SERIES}/content_ratings",
    "tv",
    "content_ratings",
    TVContentRatings,
)
CREDITS = Endpoint(
    "tv-series-credits",
    "GET",
    f"{_SERIES}/credits",
    "tv",
    "credits",
    Credits,
    query=("language",),
)
EPISODE_GROUPS = Endpoint(
    "tv-series-episode-groups",
    "GET",
    f"{_SERIES}/episode_groups",
    "tv",
    "episode_groups",
    TVEpisodeGroups,
)
EXTERNAL_IDS = Endpoint(
    "tv-series-external-ids",
    "GET",
    f"{_SERIES}/external_ids",
    "tv",
    "external_ids",
    ExternalIds,
)
IMAGES = Endpoint(
    "tv-series-images",
    "GET",
    f"{_SERIES}/images",
    "tv",
    "images",
    Images,
    query=("include_image_language", "language"),
)
KEYWORDS = Endpoint(
    "tv-series-keywords", "GET", f"{_SERIES}/keywords", "tv", "keywords", TVKeywords
)
# The spec's operation id is "lists-copy"; the method is named by its path.
LISTS = Endpoint(
    "lists-copy",
    "GET",
    f"{_SERIES}/lists",
    "tv",
    "lists",
    ListsPage,
    query=("language", "page"),
    paged=True,
)
RECOMMENDATIONS = Endpoint(
    "tv-series-recommendations",
    "GET",
    f"{_SERIES}/recommendations",
    "tv",
    "recommendations",
    Page[TVListItem],
    query=("language", "page"),
    paged=True,
)
REVIEWS = Endpoint(
    "tv-series-reviews",
    "GET",
    f"{_SERIES}/reviews",
    "tv",
    "reviews",
    ReviewsPage,
    query=("language", "page"),
    paged=True,
)
SCREENED_THEATRICALLY = Endpoint(
    "tv-series-screened-theatrically",
    "GET",
    f"{_SERIES}/screened_theatrically",
    "tv",
    "screened_theatrically",
    TVScreenedTheatrically,
)
SIMILAR = Endpoint(
    "tv-series-similar",
    "GET",
    f"{_SERIES}/similar",
    "tv",
    "similar",
    Page[TVListItem],
    query=("language", "page"),
    paged=True,
)
TRANSLATIONS = Endpoint(
    "tv-series-translations",
    "GET",
    f"{_SERIES}/translations",
    "tv",
    "translations",
    Translations,
)
VIDEOS = Endpoint(
    "tv-series-videos",
    "GET",
    f"{_SERIES}/videos",
    "tv",
    "videos",
    Videos,
    query=("include_video_language", "language"),
)
WATCH_PROVIDERS = Endpoint(
    "tv-series-watch-providers",
    "GET",
    f"{_SERIES}/watch/providers",
    "tv",
    "watch_providers",
    WatchProviders,
)
ADD_RATING = Endpoint(
    "tv-series-add-rating",
    "POST",
    f"{_SERIES}/rating",
    "tv",
    "add_rating",
    StatusResponse,
    query=_SESSION,
    has_body=True,
)
DELETE_RATING = Endpoint(
    "tv-series-delete-rating",
    "DELETE",
    f"{_SERIES}/rating",
    "tv",
    "delete_rating",
    StatusResponse,
    query=_SESSION,
)

ENDPOINTS = (
    AIRING_TODAY,
    ON_THE_AIR,
    POPULAR,
    TOP_RATED,
    DETAILS,
    LATEST,
    ACCOUNT_STATES,
    AGGREGATE_CREDITS,
    ALTERNATIVE_TITLES,
    CHANGES,
    CONTENT_RATINGS,
    CREDITS,
    EPISODE_GROUPS,
    EXTERNAL_IDS,
    IMAGES,
    KEYWORDS,
    LISTS,
    RECOMMENDATIONS,
    REVIEWS,
    SCREENED_THEATRICALLY,
    SIMILAR,
    TRANSLATIONS,
    VIDEOS,
    WATCH_PROVIDERS,
    ADD_RATING,
    DELETE_RATING,
)
