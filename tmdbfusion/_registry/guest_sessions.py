"""Registry entries for TMDB's "Guest Sessions" reference group (``client.guest_sessions``)."""

from __future__ import annotations

from typing import Any

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.account import RatedMovie, RatedTV, RatedTVEpisode
from ..models.pages import Page
from ._params import LANGUAGE, PAGE, SORT_BY_CREATED_AT, Resource, path

RESOURCE = Resource(
    "guest_sessions",
    "GuestSessions",
    doc="""``client.guest_sessions``: TMDB's "Guest Sessions" reference group.

What a guest session (``client.authentication.create_guest_session()``) has rated.""",
)


def _rated(operation_id: str, suffix: str, page_type: Any, what: str) -> Endpoint[Any]:
    """What the guest rated: ``/3/guest_session/{guest_session_id}/rated/<suffix>``."""
    return Endpoint(
        operation_id,
        "GET",
        "/3/guest_session/{guest_session_id}/rated/" + suffix,
        "guest_sessions",
        "rated_" + suffix.replace("/", "_"),
        page_type,
        paged=True,
        params=(
            # The guest session id is a credential: errors never quote it.
            path("guest_session_id", k.SECRET_STRING_ID),
            LANGUAGE,
            PAGE,
            SORT_BY_CREATED_AT,
        ),
        doc=f"The {what} the guest session has rated, each with its ``rating``.",
    )


RATED_MOVIES = _rated("guest-session-rated-movies", "movies", Page[RatedMovie], "movies")
RATED_TV = _rated("guest-session-rated-tv", "tv", Page[RatedTV], "TV series")
RATED_TV_EPISODES = _rated(
    "guest-session-rated-tv-episodes", "tv/episodes", Page[RatedTVEpisode], "TV episodes"
)
