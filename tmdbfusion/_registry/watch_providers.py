"""Registry entries for the provider lists of TMDB's "Watch Providers" reference group.

(A title's own providers, ``/3/movie/{movie_id}/watch/providers`` etc., are registered
with movies and tv.)
"""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.watch_providers_list import WatchProviderList, WatchRegions
from ._params import LANGUAGE, Resource, query

RESOURCE = Resource(
    "watch_providers",
    "WatchProviders",
    doc="""``client.watch_providers``: the provider and region lists of TMDB's "Watch Providers"
reference group.""",
)

REGIONS = Endpoint(
    "watch-providers-available-regions",
    "GET",
    "/3/watch/providers/regions",
    "watch_providers",
    "regions",
    WatchRegions,
    params=(LANGUAGE,),
    doc="The countries TMDB has watch-provider data for.",
)
MOVIE_LIST = Endpoint(
    "watch-providers-movie-list",
    "GET",
    "/3/watch/providers/movie",
    "watch_providers",
    "movie_list",
    WatchProviderList,
    params=(
        LANGUAGE,
        query("watch_region", k.TEXT),
    ),
    doc="Streaming, rental and purchase providers for movies (in one region, if given).",
)
TV_LIST = Endpoint(
    "watch-provider-tv-list",
    "GET",
    "/3/watch/providers/tv",
    "watch_providers",
    "tv_list",
    WatchProviderList,
    params=(
        LANGUAGE,
        query("watch_region", k.TEXT),
    ),
    doc="Streaming, rental and purchase providers for TV (in one region, if given).",
)
