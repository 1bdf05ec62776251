"""Registry entries for TMDB's "Credits" reference group (``client.credits``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models.credits import CreditDetails

DETAILS = Endpoint(
    "credit-details",
    "GET",
    "/3/credit/{credit_id}",
    "credits",
    "details",
    CreditDetails,
    query=("language",),
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS,)
