"""TV series payloads: list items, details and the parts ``append_to_response`` adds.

Shapes that seasons, episodes and episode groups reuse (episode summaries, networks,
aggregate credits) live here too, so those modules import from this one and never
the other way round.
"""

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
from .title_parts import AccountStates, AlternativeTitle, ListsPage, Translations
from .watch import WatchProviders


class TVListItem(LeafModel, tag_field="media_type", tag="tv"):
    """A TV series as it appears in lists, searches and recommendations."""

    id: int
    name: str | None = None
    original_name: str | None = None
    original_language: str | None = None
    overview: str | None = None
    adult: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    genre_ids: list[int] = []
    origin_country: list[str] = []
    popularity: float | None = None
    # "" when unknown; kept as TMDB's string ("YYYY-MM-DD").
    first_air_date: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None

    _intern_fields = ("original_language", "origin_country")


class NetworkSummary(LeafModel):
    """A network as series, seasons and episode groups name it."""

    id: int
    name: str | None = None
    logo_path: str | None = None
    # A string (one country code) here, unlike series where it is a list.
    origin_country: str | None = None


class CreatedBy(LeafModel):
    id: int
    # Credit ids are strings.
    credit_id: str | None = None
    name: str | None = None
    original_name: str | None = None
    gender: int | None = None
    profile_path: str | None = None


class TVEpisodeSummary(LeafModel):
    """An episode without its credits (``last_episode_to_air``, episode groups)."""

    id: int
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_number: int | None = None
    episode_type: str | None = None
    production_code: str | None = None
    # Null for episodes whose length is not known yet; can also be 0.
    runtime: int | None = None
    season_number: int | None = None
    show_id: int | None = None
    still_path: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None


class TVSeasonSummary(LeafModel):
    """A season as series details list it."""

    id: int
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_count: int | None = None
    poster_path: str | None = None
    # Has been seen null.
    season_number: int | None = None
    vote_average: float | None = None


class AggregateRole(LeafModel):
    credit_id: str | None = None
    character: str | None = None
    episode_count: int | None = None


class AggregateJob(LeafModel):
    credit_id: str | None = None
    job: str | None = None
    episode_count: int | None = None


class AggregateCastMember(TMDBModel):
    """A cast member over a whole series or season, with every role they played."""

    id: int
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    name: str | None = None
    original_name: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    roles: list[AggregateRole] = []
    total_episode_count: int | None = None
    order: int | None = None


class AggregateCrewMember(TMDBModel):
    """A crew member over a whole series or season, with every job they did."""

    id: int
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    name: str | None = None
    original_name: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    jobs: list[AggregateJob] = []
    department: str | None = None
    total_episode_count: int | None = None


class AggregateCredits(TMDBModel):
    id: int | None = None
    cast: list[AggregateCastMember] = []
    crew: list[AggregateCrewMember] = []


class TVAlternativeTitles(TMDBModel):
    # Series keep them under ``results``; movies under ``titles``.
    id: int | None = None
    results: list[AlternativeTitle] = []


class ContentRating(LeafModel):
    iso_3166_1: str | None = None
    rating: str | None = None
    descriptors: list[str] = []


class TVContentRatings(TMDBModel):
    id: int | None = None
    results: list[ContentRating] = []


class TVEpisodeGroupSummary(TMDBModel):
    """An episode group as ``tv.episode_groups`` lists it (without its episodes)."""

    # Episode-group ids are strings.
    id: str
    name: str | None = None
    description: str | None = None
    episode_count: int | None = None
    group_count: int | None = None
    network: NetworkSummary | None = None
    # 1 original air date, 2 absolute, 3 DVD, 4 digital, 5 story arc, 6 production, 7 TV.
    type: int | None = None


class TVEpisodeGroups(TMDBModel):
    id: int | None = None
    results: list[TVEpisodeGroupSummary] = []


class TVKeywords(TMDBModel):
    # Series keep them under ``results``; movies under ``keywords``.
    id: int | None = None
    results: list[Keyword] = []


class ScreenedEpisode(LeafModel):
    id: int
    episode_number: int | None = None
    season_number: int | None = None


class TVScreenedTheatrically(TMDBModel):
    id: int | None = None
    results: list[ScreenedEpisode] = []


class TVDetails(TMDBModel):
    id: int
    name: str | None = None
    original_name: str | None = None
    original_language: str | None = None
    overview: str | None = None
    tagline: str | None = None
    status: str | None = None
    type: str | None = None
    adult: bool | None = None
    in_production: bool | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    homepage: str | None = None
    created_by: list[CreatedBy] = []
    episode_run_time: list[int] = []
    first_air_date: str | None = None
    last_air_date: str | None = None
    last_episode_to_air: TVEpisodeSummary | None = None
    next_episode_to_air: TVEpisodeSummary | None = None
    genres: list[Genre] = []
    languages: list[str] = []
    networks: list[NetworkSummary] = []
    number_of_episodes: int | None = None
    number_of_seasons: int | None = None
    origin_country: list[str] = []
    popularity: float | None = None
    production_companies: list[ProductionCompany] = []
    production_countries: list[ProductionCountry] = []
    seasons: list[TVSeasonSummary] = []
    spoken_languages: list[SpokenLanguage] = []
    vote_average: float | None = None
    vote_count: int | None = None
    # append_to_response parts, each typed like its own endpoint; reading one that was not
    # asked for raises PartNotAppendedError (TMDBModel).
    account_states: AccountStates = part()
    aggregate_credits: AggregateCredits = part()
    alternative_titles: TVAlternativeTitles = part()
    changes: Changes = part()
    content_ratings: TVContentRatings = part()
    credits: Credits = part()
    episode_groups: TVEpisodeGroups = part()
    external_ids: ExternalIds = part()
    images: Images = part()
    keywords: TVKeywords = part()
    lists: ListsPage = part()
    recommendations: Page[TVListItem] = part()
    reviews: ReviewsPage = part()
    screened_theatrically: TVScreenedTheatrically = part()
    similar: Page[TVListItem] = part()
    translations: Translations = part()
    videos: Videos = part()
    watch_providers: WatchProviders = part(name="watch/providers")


TVAppend = Literal[
    "account_states",
    "aggregate_credits",
    "alternative_titles",
    "changes",
    "content_ratings",
    "credits",
    "episode_groups",
    "external_ids",
    "images",
    "keywords",
    "lists",
    "recommendations",
    "reviews",
    "screened_theatrically",
    "similar",
    "translations",
    "videos",
    "watch/providers",
]
"""The ``append_to_response`` parts ``tv.details`` takes."""
