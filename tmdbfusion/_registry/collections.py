"""Registry entries for TMDB's "Collections" reference group (``client.collections``)."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ..models import Images
from ..models._base import appendable_parts
from ..models.collections import CollectionDetails
from ..models.title_parts import Translations

DETAILS = Endpoint(
    "collection-details",
    "GET",
    "/3/collection/{collection_id}",
    "collections",
    "details",
    CollectionDetails,
    # Not in the spec, but TMDB honours images and translations here.
    query=("append_to_response", "language"),
    appendable=appendable_parts(CollectionDetails),
)
IMAGES = Endpoint(
    "collection-images",
    "GET",
    "/3/collection/{collection_id}/images",
    "collections",
    "images",
    Images,
    query=("include_image_language", "language"),
)
TRANSLATIONS = Endpoint(
    "collection-translations",
    "GET",
    "/3/collection/{collection_id}/translations",
    "collections",
    "translations",
    Translations,
)

ENDPOINTS: tuple[Endpoint[Any], ...] = (DETAILS, IMAGES, TRANSLATIONS)
