"""Registry entries for TMDB's "Companies" reference group (``client.companies``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.companies import AlternativeNames, CompanyDetails, Logos
from ._params import Resource, path

RESOURCE = Resource(
    "companies",
    "Companies",
    doc='``client.companies``: TMDB\'s "Companies" reference group.',
)

DETAILS = Endpoint(
    "company-details",
    "GET",
    "/3/company/{company_id}",
    "companies",
    "details",
    CompanyDetails,
    params=(path("company_id", k.ID),),
    doc="A production company: name, headquarters, logo, parent company.",
)
ALTERNATIVE_NAMES = Endpoint(
    "company-alternative-names",
    "GET",
    "/3/company/{company_id}/alternative_names",
    "companies",
    "alternative_names",
    AlternativeNames,
    params=(path("company_id", k.ID),),
    doc="Other names the company is known by.",
)
IMAGES = Endpoint(
    "company-images",
    "GET",
    "/3/company/{company_id}/images",
    "companies",
    "images",
    Logos,
    params=(path("company_id", k.ID),),
    doc="The company's logos.",
)
