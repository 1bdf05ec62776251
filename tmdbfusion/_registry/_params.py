"""Shorthands for declaring operations: ``path``/``query``/``body`` parameters, the
parameters most operations share, and ``Resource``, one client namespace."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._checks import kinds as k
from .._endpoint import Param
from ..models.account import SortByCreatedAt


@dataclass(frozen=True, slots=True)
class Resource:
    """One namespace of the clients (``client.movies``): ``attribute`` is where it
    hangs (dots for nesting: ``"v4.lists"``), ``class_name`` its class without the
    ``Async`` prefix, ``doc`` the generated module's docstring, ``base`` the
    hand-written class in ``_async/resources/bases/`` it extends, if any."""

    attribute: str
    class_name: str
    doc: str
    base: str = ""


def path(name: str, kind: k.Kind = k.ID, **options: Any) -> Param:
    return Param(name, kind, "path", **options)


def query(name: str, kind: k.Kind, **options: Any) -> Param:
    return Param(name, kind, "query", **options)


def body(name: str, kind: k.Kind, **options: Any) -> Param:
    return Param(name, kind, "body", **options)


LANGUAGE = query("language", k.TEXT)
PAGE = query("page", k.PAGE)
REGION = query("region", k.TEXT)
# A v3 user session or a guest session: each a credential, never quoted back.
SESSION_ID = query("session_id", k.SECRET)
GUEST_SESSION_ID = query("guest_session_id", k.SECRET)
# The account and guest-session lists' only sort order.
SORT_BY_CREATED_AT = query("sort_by", k.choice(SortByCreatedAt))
MOVIE_ID = path("movie_id", k.ID)
PERSON_ID = path("person_id", k.ID)
SERIES_ID = path("series_id", k.ID)
# A season of a series, an episode of a season (season 0 holds the specials).
SEASON_PATH = (SERIES_ID, path("season_number", k.COUNT))
EPISODE_PATH = (*SEASON_PATH, path("episode_number", k.COUNT))
# A rating or account state is the user's (session_id) or a guest's (guest_session_id).
SESSIONS = (SESSION_ID, GUEST_SESSION_ID)
