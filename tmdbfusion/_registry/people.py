"""Registry entries for TMDB's "People" reference group."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import ChangeWindow
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
from ._params import LANGUAGE, PAGE, PERSON_ID, Resource, query

RESOURCE = Resource(
    "people",
    "People",
    doc='``client.people``: TMDB\'s "People" reference group.',
)

DETAILS = Endpoint(
    "person-details",
    "GET",
    "/3/person/{person_id}",
    "people",
    "details",
    PersonDetails,
    appendable=appendable_parts(PersonDetails),
    params=(
        PERSON_ID,
        query("append_to_response", k.APPEND, annotation="Sequence[PersonAppend]"),
        LANGUAGE,
    ),
    doc="A person's details, plus up to 20 ``append_to_response`` parts in one request.",
)
CHANGES = Endpoint(
    "person-changes",
    "GET",
    "/3/person/{person_id}/changes",
    "people",
    "changes",
    Changes,
    params=(
        PERSON_ID,
        query("start_date", k.DATE),
        query("end_date", k.DATE),
        PAGE,
    ),
    rules=(ChangeWindow(),),
    doc="Edits to a person, over at most 14 days (the last 24 hours by default).",
)
COMBINED_CREDITS = Endpoint(
    "person-combined-credits",
    "GET",
    "/3/person/{person_id}/combined_credits",
    "people",
    "combined_credits",
    PersonCombinedCredits,
    params=(
        PERSON_ID,
        LANGUAGE,
    ),
    doc="A person's movie and TV credits together, each tagged by ``media_type``.",
)
EXTERNAL_IDS = Endpoint(
    "person-external-ids",
    "GET",
    "/3/person/{person_id}/external_ids",
    "people",
    "external_ids",
    ExternalIds,
    params=(PERSON_ID,),
    doc="A person's ids on IMDb, Wikidata, Facebook, Instagram, ...",
)
IMAGES = Endpoint(
    "person-images",
    "GET",
    "/3/person/{person_id}/images",
    "people",
    "images",
    Images,
    params=(PERSON_ID,),
    doc="A person's profile images.",
)
LATEST = Endpoint(
    "person-latest-id",
    "GET",
    "/3/person/latest",
    "people",
    "latest",
    PersonDetails,
    doc="The most recently created person.",
)
MOVIE_CREDITS = Endpoint(
    "person-movie-credits",
    "GET",
    "/3/person/{person_id}/movie_credits",
    "people",
    "movie_credits",
    PersonMovieCredits,
    params=(
        PERSON_ID,
        LANGUAGE,
    ),
    doc="A person's movie credits, as cast and as crew.",
)
TV_CREDITS = Endpoint(
    "person-tv-credits",
    "GET",
    "/3/person/{person_id}/tv_credits",
    "people",
    "tv_credits",
    PersonTVCredits,
    params=(
        PERSON_ID,
        LANGUAGE,
    ),
    doc="A person's TV credits, as cast and as crew.",
)
TAGGED_IMAGES = Endpoint(
    "person-tagged-images",
    "GET",
    "/3/person/{person_id}/tagged_images",
    "people",
    "tagged_images",
    PersonTaggedImages,
    paged=True,
    params=(
        PERSON_ID,
        PAGE,
    ),
    doc="Images a person is tagged in, with the movie, series or episode of each.",
)
# The spec's operation id is a bare "translations"; named by the path.
TRANSLATIONS = Endpoint(
    "translations",
    "GET",
    "/3/person/{person_id}/translations",
    "people",
    "translations",
    PersonTranslations,
    params=(PERSON_ID,),
    doc="A person's name and biography in other languages.",
)
POPULAR = Endpoint(
    "person-popular-list",
    "GET",
    "/3/person/popular",
    "people",
    "popular",
    Page[PersonListItem],
    paged=True,
    params=(
        LANGUAGE,
        PAGE,
    ),
    doc="People ordered by popularity.",
)
