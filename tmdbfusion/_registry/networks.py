"""Registry entries for TMDB's "Networks" reference group (``client.networks``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.companies import AlternativeNames, Logos
from ..models.networks import NetworkDetails
from ._params import Resource, path

RESOURCE = Resource(
    "networks",
    "Networks",
    doc='``client.networks``: TMDB\'s "Networks" reference group.',
)

DETAILS = Endpoint(
    "network-details",
    "GET",
    "/3/network/{network_id}",
    "networks",
    "details",
    NetworkDetails,
    params=(path("network_id", k.ID),),
    doc="A TV network: name, headquarters, homepage, logo.",
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
    params=(path("network_id", k.ID),),
    doc="Other names the network is known by.",
)
IMAGES = Endpoint(
    "alternative-names-copy",
    "GET",
    "/3/network/{network_id}/images",
    "networks",
    "images",
    Logos,
    params=(path("network_id", k.ID),),
    doc="The network's logos.",
)
