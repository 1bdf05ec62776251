"""Registry entries for TMDB's "Companies" reference group (``client.companies``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models.companies import AlternativeNames, CompanyDetails, Logos

DETAILS = Endpoint(
    "company-details",
    "GET",
    "/3/company/{company_id}",
    "companies",
    "details",
    CompanyDetails,
)
ALTERNATIVE_NAMES = Endpoint(
    "company-alternative-names",
    "GET",
    "/3/company/{company_id}/alternative_names",
    "companies",
    "alternative_names",
    AlternativeNames,
)
IMAGES = Endpoint(
    "company-images",
    "GET",
    "/3/company/{company_id}/images",
    "companies",
    "images",
    Logos,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS, ALTERNATIVE_NAMES, IMAGES)
