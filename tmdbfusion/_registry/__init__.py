"""``ENDPOINTS``: every modelled TMDB operation, once, collected from the family modules
(each ``Endpoint`` a family module defines, in the order it defines them)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from .._endpoint import Endpoint

# The family modules, one per TMDB reference group, in the order ENDPOINTS lists them.
_FAMILY_NAMES = (
    "account",
    "authentication",
    "certifications",
    "changes",
    "collections",
    "companies",
    "configuration",
    "credits",
    "discover",
    "find",
    "genres",
    "guest_sessions",
    "keywords",
    "lists",
    "movies",
    "networks",
    "people",
    "reviews",
    "search",
    "trending",
    "tv",
    "tv_episode_groups",
    "tv_episodes",
    "tv_seasons",
    "watch_providers",
    "v4_auth",
    "v4_account",
    "v4_lists",
)
FAMILIES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"{__name__}.{name}") for name in _FAMILY_NAMES
)


def family_endpoints(family: ModuleType) -> tuple[Endpoint[Any], ...]:
    """The operations one family module declares, in its order."""
    return tuple(value for value in vars(family).values() if isinstance(value, Endpoint))


ENDPOINTS: tuple[Endpoint[Any], ...] = tuple(
    endpoint for family in FAMILIES for endpoint in family_endpoints(family)
)

BY_OPERATION_ID: dict[str, Endpoint[Any]] = {e.operation_id: e for e in ENDPOINTS}
