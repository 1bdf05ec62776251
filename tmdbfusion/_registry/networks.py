"""Registry entries for TMDB's "Networks" reference group (``client.networks``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models.companies import AlternativeNames, Logos
from ..models.networks import NetworkDetails

DETAILS = Endpoint(
    "network-details",
    "GET",
    "/3/network/{network_id}",
    "networks",
    "details",
    NetworkDetails,
)
# The spec's ids for these two are copy-paste leftovers ("details-copy",
# "alternative-names-copy"); the names follow the paths instead.
ALTERNATIVE_NAMES = Endpoint(
    "details-copy",
    "GET",
    "/3/network/{network_id}/alternative_names",
    "networks",
    "alternative_names",
    AlternativeNames,
)
IMAGES = Endpoint(
    "alternative-names-copy",
    "GET",
    "/3/network/{network_id}/images",
    "networks",
    "images",
    Logos,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS, ALTERNATIVE_NAMES, IMAGES)
