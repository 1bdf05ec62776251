"""Parts every title shares (movies, TV series, seasons, episodes, people, collections):
account states, translations, alternative titles and list memberships.
"""

from __future__ import annotations

from ._base import LeafModel, TMDBModel
from .pages import Page


class RatedValue(LeafModel):
    value: float | None = None


class AccountStates(TMDBModel):
    """What the session's user did with a title: favourite, watchlist, rating."""

    id: int | None = None
    favorite: bool | None = None
    # ``false`` when not rated, ``{"value": 8.5}`` when rated.
    rated: bool | RatedValue | None = None
    watchlist: bool | None = None


class TranslationData(LeafModel):
    # Movies and collections send ``title``, TV sends ``name``, people ``biography``.
    title: str | None = None
    name: str | None = None
    overview: str | None = None
    homepage: str | None = None
    tagline: str | None = None
    runtime: int | None = None
    biography: str | None = None


class Translation(TMDBModel):
    iso_3166_1: str | None = None
    iso_639_1: str | None = None
    name: str | None = None
    english_name: str | None = None
    data: TranslationData | None = None


class Translations(TMDBModel):
    id: int | None = None
    translations: list[Translation] = []


class AlternativeTitle(LeafModel):
    iso_3166_1: str | None = None
    title: str | None = None
    type: str | None = None


class ListSummary(LeafModel):
    """A user list that contains a title (``movies.lists``, ``tv.lists``)."""

    id: int
    name: str | None = None
    description: str | None = None
    favorite_count: int | None = None
    item_count: int | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    list_type: str | None = None
    poster_path: str | None = None


class ListsPage(Page[ListSummary]):
    id: int | None = None
