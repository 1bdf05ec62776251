"""Registry entries for TMDB's "Collections" reference group (``client.collections``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models import Images
from ..models._base import appendable_parts
from ..models.collections import CollectionDetails
from ..models.title_parts import Translations
from ._params import LANGUAGE, Resource, path, query

RESOURCE = Resource(
    "collections",
    "Collections",
    doc='``client.collections``: TMDB\'s "Collections" reference group.',
)

DETAILS = Endpoint(
    "collection-details",
    "GET",
    "/3/collection/{collection_id}",
    "collections",
    "details",
    CollectionDetails,
    # Not in the spec, but TMDB honours images and translations here.
    appendable=appendable_parts(CollectionDetails),
    params=(
        path("collection_id", k.ID),
        query("append_to_response", k.APPEND, annotation="Sequence[CollectionAppend]"),
        LANGUAGE,
    ),
    doc="""A collection (film series) and the movies in it, plus its ``images`` and
``translations`` if asked for with ``append_to_response``.""",
)
IMAGES = Endpoint(
    "collection-images",
    "GET",
    "/3/collection/{collection_id}/images",
    "collections",
    "images",
    Images,
    params=(
        path("collection_id", k.ID),
        query("include_image_language", k.TEXT_LIST),
        LANGUAGE,
    ),
    doc="""The collection's backdrops and posters.

``include_image_language`` adds languages (``["en", "null"]``; "null" means none).""",
)
TRANSLATIONS = Endpoint(
    "collection-translations",
    "GET",
    "/3/collection/{collection_id}/translations",
    "collections",
    "translations",
    Translations,
    params=(path("collection_id", k.ID),),
    doc="The collection's title, overview and homepage in every language TMDB has.",
)
