"""Registry entries for TMDB's "Find" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.find import ExternalSource, FindResults
from ._params import LANGUAGE, Resource, path, query

RESOURCE = Resource(
    "find",
    "Find",
    doc='``client.find``: TMDB\'s "Find" reference group.',
)

BY_ID = Endpoint(
    "find-by-id",
    "GET",
    "/3/find/{external_id}",
    "find",
    "by_id",
    FindResults,
    params=(
        path("external_id", k.STRING_ID),
        query("external_source", k.choice(ExternalSource), required=True),
        LANGUAGE,
    ),
    doc="""Movies, series, seasons, episodes and people known under an external id
(``by_id("tt0137523", external_source="imdb_id")``).""",
)
