"""Registry entries for TMDB's "Certifications" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.certifications import CertificationList

MOVIE_LIST = Endpoint(
    "certification-movie-list",
    "GET",
    "/3/certification/movie/list",
    "certifications",
    "movie_list",
    CertificationList,
)
TV_LIST = Endpoint(
    "certifications-tv-list",
    "GET",
    "/3/certification/tv/list",
    "certifications",
    "tv_list",
    CertificationList,
)

ENDPOINTS = (MOVIE_LIST, TV_LIST)
