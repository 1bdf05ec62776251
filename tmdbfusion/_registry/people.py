"""Registry entries for TMDB's "People" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models._base import appendable_parts
from ..models.changes import Changes
from ..models.common import ExternalIds, Images
from ..models.pages import Page
from ..models.people import (
    PersonCombinedCredits,
    PersonDetails,
    PersonListItem,
    PersonMovieCredits,
    PersonTaggedImages,
    PersonTranslations,
    PersonTVCredits,
)

DETAILS = Endpoint(
    "person-details",
    "GET",
    "/3/person/{person_id}",
    "people",
    "details",
    PersonDetails,
    query=("append_to_response", "language"),
    appendable=appendable_parts(PersonDetails),
)
CHANGES = Endpoint(
    "person-changes",
    "GET",
    "/3/person/{person_id}/changes",
    "people",
    "changes",
    Changes,
    query=("end_date", "page", "start_date"),
)
COMBINED_CREDITS = Endpoint(
    "person-combined-credits",
    "GET",
    "/3/person/{person_id}/combined_credits",
    "people",
    "combined_credits",
    PersonCombinedCredits,
    query=("language",),
)
EXTERNAL_IDS = Endpoint(
    "person-external-ids",
    "GET",
    "/3/person/{person_id}/external_ids",
    "people",
    "external_ids",
    ExternalIds,
)
IMAGES = Endpoint(
    "person-images", "GET", "/3/person/{person_id}/images", "people", "images", Images
)
LATEST = Endpoint("person-latest-id", "GET", "/3/person/latest", "people", "latest", PersonDetails)
MOVIE_CREDITS = Endpoint(
    "person-movie-credits",
    "GET",
    "/3/person/{person_id}/movie_credits",
    "people",
    "movie_credits",
    PersonMovieCredits,
    query=("language",),
)
TV_CREDITS = Endpoint(
    "person-tv-credits",
    "GET",
    "/3/person/{person_id}/tv_credits",
    "people",
    "tv_credits",
    PersonTVCredits,
    query=("language",),
)
TAGGED_IMAGES = Endpoint(
    "person-tagged-images",
    "GET",
    "/3/person/{person_id}/tagged_images",
    "people",
    "tagged_images",
    PersonTaggedImages,
    query=("page",),
    paged=True,
)
# The spec's operation id is a bare "translations"; named by the path.
TRANSLATIONS = Endpoint(
    "translations",
    "GET",
    "/3/person/{person_id}/translations",
    "people",
    "translations",
    PersonTranslations,
)
POPULAR = Endpoint(
    "person-popular-list",
    "GET",
    "/3/person/popular",
    "people",
    "popular",
    Page[PersonListItem],
    query=("language", "page"),
    paged=True,
)

ENDPOINTS = (
    DETAILS,
    CHANGES,
    COMBINED_CREDITS,
    EXTERNAL_IDS,
    IMAGES,
    LATEST,
    MOVIE_CREDITS,
    TV_CREDITS,
    TAGGED_IMAGES,
    TRANSLATIONS,
    POPULAR,
)
