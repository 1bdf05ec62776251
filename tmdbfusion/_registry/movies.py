"""Registry entries for TMDB's "Movies" reference group (``client.movies``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models import (
    Credits,
    ExternalIds,
    Images,
    MovieDetails,
    MovieKeywords,
    MovieListItem,
    MovieReleaseDates,
    Page,
    StatusResponse,
    Videos,
)
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.movies import DatedMoviePage, MovieAlternativeTitles
from ..models.reviews import ReviewsPage
from ..models.title_parts import AccountStates, ListsPage, Translations
from ..models.watch import WatchProviders

_LIST_QUERY = ("language", "page", "region")
_SESSION_QUERY = ("session_id", "guest_session_id")

DETAILS = Endpoint(
    "movie-details",
    "GET",
    "/3/movie/{movie_id}",
    "movies",
    "details",
    MovieDetails,
    # The session ids are not in the spec, but appended account_states needs one.
    query=("append_to_response", "language", *_SESSION_QUERY),
    appendable=appendable_parts(MovieDetails),
)
ACCOUNT_STATES = Endpoint(
    "movie-account-states",
    "GET",
    "/3/movie/{movie_id}/account_states",
    "movies",
    "account_states",
    AccountStates,
    query=_SESSION_QUERY,
)
ALTERNATIVE_TITLES = Endpoint(
    "movie-alternative-titles",
    "GET",
    "/3/movie/{movie_id}/alternative_titles",
    "movies",
    "alternative_titles",
    MovieAlternativeTitles,
    query=("country",),
)
CHANGES = Endpoint(
    "movie-changes",
    "GET",
    "/3/movie/{movie_id}/changes",
    "movies",
    "changes",
    Changes,
    query=("end_date", "page", "start_date"),
)
CREDITS = Endpoint(
    "movie-credits",
    "GET",
    "/3/movie/{movie_id}/credits",
    "movies",
    "credits",
    Credits,
    query=("language",),
)
EXTERNAL_IDS = Endpoint(
    "movie-external-ids",
    "GET",
    "/3/movie/{movie_id}/external_ids",
    "movies",
    "external_ids",
    ExternalIds,
)
IMAGES = Endpoint(
    "movie-images",
    "GET",
    "/3/movie/{movie_id}/images",
    "movies",
    "images",
    Images,
    query=("include_image_language", "language"),
)
KEYWORDS = Endpoint(
    "movie-keywords",
    "GET",
    "/3/movie/{movie_id}/keywords",
    "movies",
    "keywords",
    MovieKeywords,
)
LATEST = Endpoint(
    "movie-latest-id",
    "GET",
    "/3/movie/latest",
    "movies",
    "latest",
    MovieDetails,
)
LISTS = Endpoint(
    "movie-lists",
    "GET",
    "/3/movie/{movie_id}/lists",
    "movies",
    "lists",
    ListsPage,
    query=("language", "page"),
    paged=True,
)
RECOMMENDATIONS = Endpoint(
    "movie-recommendations",
    "GET",
    "/3/movie/{movie_id}/recommendations",
    "movies",
    "recommendations",
    Page[MovieListItem],
    query=("language", "page"),
    paged=True,
)
RELEASE_DATES = Endpoint(
    "movie-release-dates",
    "GET",
    "/3/movie/{movie_id}/release_dates",
    "movies",
    "release_dates",
    MovieReleaseDates,
)
REVIEWS = Endpoint(
    "movie-reviews",
    "GET",
    "/3/movie/{movie_id}/reviews",
    "movies",
    "reviews",
    ReviewsPage,
    query=("language", "page"),
    paged=True,
)
SIMILAR = Endpoint(
    "movie-similar",
    "GET",
    "/3/movie/{movie_id}/similar",
    "movies",
    "similar",
    Page[MovieListItem],
    query=("language", "page"),
    paged=True,
)
TRANSLATIONS = Endpoint(
    "movie-translations",
    "GET",
    "/3/movie/{movie_id}/translations",
    "movies",
    "translations",
    Translations,
)
VIDEOS = Endpoint(
    "movie-videos",
    "GET",
    "/3/movie/{movie_id}/videos",
    "movies",
    "videos",
    Videos,
    query=("language",),
)
WATCH_PROVIDERS = Endpoint(
    "movie-watch-providers",
    "GET",
    "/3/movie/{movie_id}/watch/providers",
    "movies",
    "watch_providers",
    WatchProviders,
)
ADD_RATING = Endpoint(
    "movie-add-rating",
    "POST",
    "/3/movie/{movie_id}/rating",
    "movies",
    "add_rating",
    StatusResponse,
    query=_SESSION_QUERY,
    has_body=True,
)
DELETE_RATING = Endpoint(
    "movie-delete-rating",
    "DELETE",
    "/3/movie/{movie_id}/rating",
    "movies",
    "delete_rating",
    StatusResponse,
    query=_SESSION_QUERY,
)
NOW_PLAYING = Endpoint(
    "movie-now-playing-list",
    "GET",
    "/3/movie/now_playing",
    "movies",
    "now_playing",
    DatedMoviePage,
    query=_LIST_QUERY,
    paged=True,
)
POPULAR = Endpoint(
    "movie-popular-list",
    "GET",
    "/3/movie/popular",
    "movies",
    "popular",
    Page[MovieListItem],
    query=_LIST_QUERY,
    paged=True,
)
TOP_RATED = Endpoint(
    "movie-top-rated-list",
    "GET",
    "/3/movie/top_rated",
    "movies",
    "top_rated",
    Page[MovieListItem],
    query=_LIST_QUERY,
    paged=True,
)
UPCOMING = Endpoint(
    "movie-upcoming-list",
    "GET",
    "/3/movie/upcoming",
    "movies",
    "upcoming",
    DatedMoviePage,
    query=_LIST_QUERY,
    paged=True,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (
    DETAILS,
    ACCOUNT_STATES,
    ALTERNATIVE_TITLES,
    CHANGES,
    CREDITS,
    EXTERNAL_IDS,
    IMAGES,
    KEYWORDS,
    LATEST,
    LISTS,
    RECOMMENDATIONS,
    RELEASE_DATES,
    REVIEWS,
    SIMILAR,
    TRANSLATIONS,
    VIDEOS,
    WATCH_PROVIDERS,
    ADD_RATING,
    DELETE_RATING,
    NOW_PLAYING,
    POPULAR,
    TOP_RATED,
    UPCOMING,
)
