"""Registry entries for TMDB's "Guest Sessions" reference group (``client.guest_sessions``)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.account import RatedMovie, RatedTV, RatedTVEpisode
from ..models.pages import Page

_SORTED_PAGE = ("language", "page", "sort_by")

RATED_MOVIES = Endpoint(
    "guest-session-rated-movies",
    "GET",
    "/3/guest_session/{guest_session_id}/rated/movies",
    "guest_sessions",
    "rated_movies",
    Page[RatedMovie],
    query=_SORTED_PAGE,
    paged=True,
)
RATED_TV = Endpoint(
    "guest-session-rated-tv",
    "GET",
    "/3/guest_session/{guest_session_id}/rated/tv",
    "guest_sessions",
    "rated_tv",
    Page[RatedTV],
    query=_SORTED_PAGE,
    paged=True,
)
RATED_TV_EPISODES = Endpoint(
    "guest-session-rated-tv-episodes",
    "GET",
    "/3/guest_session/{guest_session_id}/rated/tv/episodes",
    "guest_sessions",
    "rated_tv_episodes",
    Page[RatedTVEpisode],
    query=_SORTED_PAGE,
    paged=True,
)

ENDPOINTS = (RATED_MOVIES, RATED_TV, RATED_TV_EPISODES)
