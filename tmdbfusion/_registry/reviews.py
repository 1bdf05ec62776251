"""Registry entries for TMDB's "Reviews" reference group (``client.reviews``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.reviews import Review
from ._params import Resource, path

RESOURCE = Resource(
    "reviews",
    "Reviews",
    doc='``client.reviews``: TMDB\'s "Reviews" reference group.',
)

DETAILS = Endpoint(
    "review-details",
    "GET",
    "/3/review/{review_id}",
    "reviews",
    "details",
    Review,
    params=(path("review_id", k.STRING_ID),),
    doc="One review, with the movie or TV series it is about.",
)
