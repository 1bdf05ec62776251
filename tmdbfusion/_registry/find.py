"""Registry entries for TMDB's "Find" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.find import FindResults

BY_ID = Endpoint(
    "find-by-id",
    "GET",
    "/3/find/{external_id}",
    "find",
    "by_id",
    FindResults,
    query=("external_source", "language"),
)

ENDPOINTS = (BY_ID,)
