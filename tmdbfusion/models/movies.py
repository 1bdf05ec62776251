"""Movie payloads: list items, details and the parts ``append_to_response`` adds."""

from __future__ import annotations

from typing import Literal

from ._base import LeafModel, TMDBModel, part
from .changes import Changes
from .common import (
    Credits,
    ExternalIds,
    Genre,
    Images,
    Keyword,
    ProductionCompany,
    ProductionCountry,
    SpokenLanguage,
    Videos,
)
from .pages import Page
from .reviews import ReviewsPage
from .title_parts import (
    AccountStates,
    AlternativeTitle,
    ListsPage,
    Translations,
)
from .watch import WatchProviders


class MovieListItem(LeafModel, tag_field="media_type", tag="movie"):
    """A movie as it appears in lists, searches and recommendations.

    Tagged ``media_type="movie"`` so mixed results (search.multi, trending.all,
    known_for) decode into the right class; where TMDB leaves the tag out (plain
    movie lists) it is not required.
    """

    id: int
    title: str | None = None
    original_title: str | None = None
    original_language: str | None = None
    overview: str | None = None
    adult: bool | None = None
    video: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    genre_ids: list[int] = []
    popularity: float | None = None
    # "" when unknown; kept as TMDB's string ("YYYY-MM-DD").
    release_date: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None

    _intern_fields = ("original_language",)


class CollectionSummary(LeafModel):
    id: int
    name: str | None = None
    poster_path: str | None = None
    backdrop_path: str | None = None


class MovieKeywords(TMDBModel):
    id: int | None = None
    keywords: list[Keyword] = []


class ReleaseDate(LeafModel):
    certification: str | None = None
    descriptors: list[str] = []
    iso_639_1: str | None = None
    note: str | None = None
    release_date: str | None = None
    type: int | None = None


class CountryReleaseDates(TMDBModel):
    iso_3166_1: str | None = None
    release_dates: list[ReleaseDate] = []


class MovieReleaseDates(TMDBModel):
    id: int | None = None
    results: list[CountryReleaseDates] = []


class MovieAlternativeTitles(TMDBModel):
    id: int | None = None
    titles: list[AlternativeTitle] = []


class DateRange(LeafModel):
    maximum: str | None = None
    minimum: str | None = None


class DatedMoviePage(Page[MovieListItem]):
    """``now_playing`` and ``upcoming``: a page plus the release-date window it covers."""

    dates: DateRange | None = None


class MovieDetails(TMDBModel):
    id: int
    title: str | None = None
    original_title: str | None = None
    original_language: str | None = None
    overview: str | None = None
    tagline: str | None = None
    status: str | None = None
    adult: bool | None = None
    video: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    belongs_to_collection: CollectionSummary | None = None
    budget: int | None = None
    revenue: int | None = None
    genres: list[Genre] = []
    homepage: str | None = None
    imdb_id: str | None = None
    origin_country: list[str] = []
    popularity: float | None = None
    production_companies: list[ProductionCompany] = []
    production_countries: list[ProductionCountry] = []
    spoken_languages: list[SpokenLanguage] = []
    release_date: str | None = None
    runtime: int | None = None
    vote_average: float | None = None
    vote_count: int | None = None
    # append_to_response parts, each typed like its own endpoint; reading one that was not
    # asked for raises PartNotAppendedError (TMDBModel).
    account_states: AccountStates = part()
    alternative_titles: MovieAlternativeTitles = part()
    changes: Changes = part()
    credits: Credits = part()
    external_ids: ExternalIds = part()
    images: Images = part()
    keywords: MovieKeywords = part()
    lists: ListsPage = part()
    recommendations: Page[MovieListItem] = part()
    release_dates: MovieReleaseDates = part()
    reviews: ReviewsPage = part()
    similar: Page[MovieListItem] = part()
    translations: Translations = part()
    videos: Videos = part()
    watch_providers: WatchProviders = part(name="watch/providers")

    _intern_fields = ("original_language", "status", "origin_country")


MovieAppend = Literal[
    "account_states",
    "alternative_titles",
    "changes",
    "credits",
    "external_ids",
    "images",
    "keywords",
    "lists",
    "recommendations",
    "release_dates",
    "reviews",
    "similar",
    "translations",
    "videos",
    "watch/providers",
]
"""The ``append_to_response`` parts ``movies.details`` takes."""
