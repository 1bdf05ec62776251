"""Registry entries for TMDB's "Configuration" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models import Configuration

DETAILS = Endpoint(
    "configuration-details",
    "GET",
    "/3/configuration",
    "configuration",
    "details",
    Configuration,
)

ENDPOINTS = (DETAILS,)
