"""Registry entries for the provider lists of TMDB's "Watch Providers" reference group.

(A title's own providers, ``/3/movie/{movie_id}/watch/providers`` etc., are registered
with movies and tv.)
"""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.watch_providers_list import WatchProviderList, WatchRegions

REGIONS = Endpoint(
    "watch-providers-available-regions",
    "GET",
    "/3/watch/providers/regions",
    "watch_providers",
    "regions",
    WatchRegions,
    query=("language",),
)
MOVIE_LIST = Endpoint(
    "watch-providers-movie-list",
    "GET",
    "/3/watch/providers/movie",
    "watch_providers",
    "movie_list",
    WatchProviderList,
    query=("language", "watch_region"),
)
TV_LIST = Endpoint(
    "watch-provider-tv-list",
    "GET",
    "/3/watch/providers/tv",
    "watch_providers",
    "tv_list",
    WatchProviderList,
    query=("language", "watch_region"),
)

ENDPOINTS = (REGIONS, MOVIE_LIST, TV_LIST)
