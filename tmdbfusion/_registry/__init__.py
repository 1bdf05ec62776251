"""``ENDPOINTS``: every modelled TMDB operation, once, built from the family modules."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from . import (
    account,
    authentication,
    certifications,
    changes,
    collections,
    companies,
    configuration,
    credits,
    discover,
    find,
    genres,
    guest_sessions,
    keywords,
    lists,
    movies,
    networks,
    people,
    reviews,
    search,
    trending,
    tv,
    tv_episode_groups,
    tv_episodes,
    tv_seasons,
    v4_account,
    v4_auth,
    v4_lists,
    watch_providers,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (
    *account.ENDPOINTS,
    *authentication.ENDPOINTS,
    *certifications.ENDPOINTS,
    *changes.ENDPOINTS,
    *collections.ENDPOINTS,
    *companies.ENDPOINTS,
    *configuration.ENDPOINTS,
    *credits.ENDPOINTS,
    *discover.ENDPOINTS,
    *find.ENDPOINTS,
    *genres.ENDPOINTS,
    *guest_sessions.ENDPOINTS,
    *keywords.ENDPOINTS,
    *lists.ENDPOINTS,
    *movies.ENDPOINTS,
    *networks.ENDPOINTS,
    *people.ENDPOINTS,
    *reviews.ENDPOINTS,
    *search.ENDPOINTS,
    *trending.ENDPOINTS,
    *tv.ENDPOINTS,
    *tv_episode_groups.ENDPOINTS,
    *tv_episodes.ENDPOINTS,
    *tv_seasons.ENDPOINTS,
    *watch_providers.ENDPOINTS,
    *v4_auth.ENDPOINTS,
    *v4_account.ENDPOINTS,
    *v4_lists.ENDPOINTS,
)

BY_OPERATION_ID: dict[str, Endpoint[Any]] = {e.operation_id: e for e in ENDPOINTS}
