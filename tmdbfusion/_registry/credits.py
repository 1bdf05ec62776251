"""Registry entries for TMDB's "Credits" reference group (``client.credits``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.credits import CreditDetails
from ._params import LANGUAGE, Resource, path

RESOURCE = Resource(
    "credits",
    "Credits",
    doc='``client.credits``: TMDB\'s "Credits" reference group.',
)

DETAILS = Endpoint(
    "credit-details",
    "GET",
    "/3/credit/{credit_id}",
    "credits",
    "details",
    CreditDetails,
    params=(
        path("credit_id", k.STRING_ID),
        LANGUAGE,
    ),
    doc="One credit: who, which job or character, and in which movie or TV series.",
)
