"""Registry entries for TMDB's "Movies" reference group (``client.movies``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import ChangeWindow, Sessions
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
from ._params import LANGUAGE, MOVIE_ID, PAGE, REGION, SESSIONS, Resource, body, query

RESOURCE = Resource(
    "movies",
    "Movies",
    doc='``client.movies``: TMDB\'s "Movies" reference group.',
)

DETAILS = Endpoint(
    "movie-details",
    "GET",
    "/3/movie/{movie_id}",
    "movies",
    "details",
    MovieDetails,
    appendable=appendable_parts(MovieDetails),
    params=(
        MOVIE_ID,
        query("append_to_response", k.APPEND, annotation="Sequence[MovieAppend]"),
        LANGUAGE,
        # Not in the spec, but appended account_states needs one of them.
        *SESSIONS,
    ),
    rules=(Sessions(required=False),),
    doc="""A movie's details, plus up to 20 ``append_to_response`` parts in one request.

``session_id`` or ``guest_session_id`` only matter with ``account_states`` appended.""",
)
ACCOUNT_STATES = Endpoint(
    "movie-account-states",
    "GET",
    "/3/movie/{movie_id}/account_states",
    "movies",
    "account_states",
    AccountStates,
    params=(
        MOVIE_ID,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Whether the session's user rated, favourited or watchlisted the movie.",
)
ALTERNATIVE_TITLES = Endpoint(
    "movie-alternative-titles",
    "GET",
    "/3/movie/{movie_id}/alternative_titles",
    "movies",
    "alternative_titles",
    MovieAlternativeTitles,
    params=(
        MOVIE_ID,
        query("country", k.TEXT),
    ),
    doc="The movie's other titles, optionally for one country (ISO 3166-1 code).",
)
CHANGES = Endpoint(
    "movie-changes",
    "GET",
    "/3/movie/{movie_id}/changes",
    "movies",
    "changes",
    Changes,
    params=(
        MOVIE_ID,
        query("end_date", k.DATE),
        PAGE,
        query("start_date", k.DATE),
    ),
    rules=(ChangeWindow(),),
    doc="Recent edits to the movie: the last 24 hours, or a window of at most 14 days.",
)
CREDITS = Endpoint(
    "movie-credits",
    "GET",
    "/3/movie/{movie_id}/credits",
    "movies",
    "credits",
    Credits,
    params=(
        MOVIE_ID,
        LANGUAGE,
    ),
    doc="The movie's cast and crew.",
)
EXTERNAL_IDS = Endpoint(
    "movie-external-ids",
    "GET",
    "/3/movie/{movie_id}/external_ids",
    "movies",
    "external_ids",
    ExternalIds,
    params=(MOVIE_ID,),
    doc="The movie's ids on other sites (IMDb, Wikidata, Facebook, ...).",
)
IMAGES = Endpoint(
    "movie-images",
    "GET",
    "/3/movie/{movie_id}/images",
    "movies",
    "images",
    Images,
    params=(
        MOVIE_ID,
        query("include_image_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc="""The movie's backdrops, logos and posters.

``include_image_language`` adds languages (``["en", "null"]``; "null" means none).""",
)
KEYWORDS = Endpoint(
    "movie-keywords",
    "GET",
    "/3/movie/{movie_id}/keywords",
    "movies",
    "keywords",
    MovieKeywords,
    params=(MOVIE_ID,),
    doc="The keywords the movie is tagged with.",
)
LATEST = Endpoint(
    "movie-latest-id",
    "GET",
    "/3/movie/latest",
    "movies",
    "latest",
    MovieDetails,
    doc="The movie most recently added to TMDB.",
)
LISTS = Endpoint(
    "movie-lists",
    "GET",
    "/3/movie/{movie_id}/lists",
    "movies",
    "lists",
    ListsPage,
    paged=True,
    params=(
        MOVIE_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="Public user lists that contain the movie.",
)
RECOMMENDATIONS = Endpoint(
    "movie-recommendations",
    "GET",
    "/3/movie/{movie_id}/recommendations",
    "movies",
    "recommendations",
    Page[MovieListItem],
    paged=True,
    params=(
        MOVIE_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="Movies TMDB recommends to people who liked this one.",
)
RELEASE_DATES = Endpoint(
    "movie-release-dates",
    "GET",
    "/3/movie/{movie_id}/release_dates",
    "movies",
    "release_dates",
    MovieReleaseDates,
    params=(MOVIE_ID,),
    doc="Release dates and certifications, by country.",
)
REVIEWS = Endpoint(
    "movie-reviews",
    "GET",
    "/3/movie/{movie_id}/reviews",
    "movies",
    "reviews",
    ReviewsPage,
    paged=True,
    params=(
        MOVIE_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="User reviews of the movie.",
)
SIMILAR = Endpoint(
    "movie-similar",
    "GET",
    "/3/movie/{movie_id}/similar",
    "movies",
    "similar",
    Page[MovieListItem],
    paged=True,
    params=(
        MOVIE_ID,
        LANGUAGE,
        PAGE,
    ),
    doc="Movies similar to this one, by keywords and genres.",
)
TRANSLATIONS = Endpoint(
    "movie-translations",
    "GET",
    "/3/movie/{movie_id}/translations",
    "movies",
    "translations",
    Translations,
    params=(MOVIE_ID,),
    doc="The movie's title, overview and tagline in every language TMDB has.",
)
VIDEOS = Endpoint(
    "movie-videos",
    "GET",
    "/3/movie/{movie_id}/videos",
    "movies",
    "videos",
    Videos,
    params=(
        MOVIE_ID,
        LANGUAGE,
    ),
    doc="Trailers, teasers and clips of the movie.",
)
WATCH_PROVIDERS = Endpoint(
    "movie-watch-providers",
    "GET",
    "/3/movie/{movie_id}/watch/providers",
    "movies",
    "watch_providers",
    WatchProviders,
    params=(MOVIE_ID,),
    doc="Where to stream, rent or buy the movie, by country (data from JustWatch).",
)
ADD_RATING = Endpoint(
    "movie-add-rating",
    "POST",
    "/3/movie/{movie_id}/rating",
    "movies",
    "add_rating",
    StatusResponse,
    params=(
        MOVIE_ID,
        body("value", k.RATING, required=True),
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Rate the movie (0.5 to 10.0, in steps of 0.5) as a user or a guest.",
)
DELETE_RATING = Endpoint(
    "movie-delete-rating",
    "DELETE",
    "/3/movie/{movie_id}/rating",
    "movies",
    "delete_rating",
    StatusResponse,
    params=(
        MOVIE_ID,
        *SESSIONS,
    ),
    rules=(Sessions(required=True),),
    doc="Remove the user's or guest's rating of the movie.",
)
NOW_PLAYING = Endpoint(
    "movie-now-playing-list",
    "GET",
    "/3/movie/now_playing",
    "movies",
    "now_playing",
    DatedMoviePage,
    paged=True,
    params=(
        LANGUAGE,
        PAGE,
        REGION,
    ),
    doc="Movies in theatres now, with the date window TMDB used.",
)
POPULAR = Endpoint(
    "movie-popular-list",
    "GET",
    "/3/movie/popular",
    "movies",
    "popular",
    Page[MovieListItem],
    paged=True,
    params=(
        LANGUAGE,
        PAGE,
        REGION,
    ),
    doc="Movies ordered by popularity.",
)
TOP_RATED = Endpoint(
    "movie-top-rated-list",
    "GET",
    "/3/movie/top_rated",
    "movies",
    "top_rated",
    Page[MovieListItem],
    paged=True,
    params=(
        LANGUAGE,
        PAGE,
        REGION,
    ),
    doc="Movies ordered by rating.",
)
UPCOMING = Endpoint(
    "movie-upcoming-list",
    "GET",
    "/3/movie/upcoming",
    "movies",
    "upcoming",
    DatedMoviePage,
    paged=True,
    params=(
        LANGUAGE,
        PAGE,
        REGION,
    ),
    doc="Movies soon in theatres, with the date window TMDB used.",
)
