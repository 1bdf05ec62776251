"""Registry entries for TMDB's "Certifications" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.certifications import CertificationList
from ._params import Resource

RESOURCE = Resource(
    "certifications",
    "Certifications",
    doc='``client.certifications``: TMDB\'s "Certifications" reference group.',
)

MOVIE_LIST = Endpoint(
    "certification-movie-list",
    "GET",
    "/3/certification/movie/list",
    "certifications",
    "movie_list",
    CertificationList,
    doc="Movie certifications (age ratings) of every country TMDB knows.",
)
TV_LIST = Endpoint(
    "certifications-tv-list",
    "GET",
    "/3/certification/tv/list",
    "certifications",
    "tv_list",
    CertificationList,
    doc="TV certifications (age ratings) of every country TMDB knows.",
)
