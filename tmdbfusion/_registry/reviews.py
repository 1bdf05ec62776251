"""Registry entries for TMDB's "Reviews" reference group (``client.reviews``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models.reviews import Review

DETAILS = Endpoint(
    "review-details",
    "GET",
    "/3/review/{review_id}",
    "reviews",
    "details",
    Review,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS,)
