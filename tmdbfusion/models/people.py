"""People payloads: list items, details, credits and the parts ``append_to_response`` adds."""

from __future__ import annotations

from typing import Literal

from ._base import LeafModel, TMDBModel, part
from .changes import Changes
from .common import ExternalIds, Images
from .movies import MovieListItem
from .pages import Page
from .tv import TVListItem
from .unknown import UnknownMedia


class PersonListItem(TMDBModel, tag_field="media_type", tag="person"):
    """A person as they appear in lists and searches, with what they are known for."""

    id: int
    name: str | None = None
    original_name: str | None = None
    adult: bool | None = None
    gender: int | None = None
    known_for_department: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    known_for: list[MovieListItem | TVListItem | UnknownMedia] = []


class EpisodeListItem(LeafModel, tag_field="media_type", tag="tv_episode"):
    """A TV episode where it shows up next to movies and series (a person's tagged
    images, ``find`` results).

    TMDB tags it ``"tv_episode"``; ``"episode"`` (the tag tagged images put beside
    it) is taken too, renamed to ``"tv_episode"`` by the client's decoder.
    """

    _tag_aliases = ("episode",)

    id: int
    name: str | None = None
    overview: str | None = None
    air_date: str | None = None
    episode_number: int | None = None
    episode_type: str | None = None
    production_code: str | None = None
    runtime: int | None = None
    season_number: int | None = None
    show_id: int | None = None
    still_path: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None


# Credits subclass the list items (same tag), so ``isinstance(credit, MovieListItem)``
# holds and combined credits decode as a union on ``media_type``.
class PersonMovieCast(MovieListItem, tag="movie"):
    character: str | None = None
    credit_id: str | None = None
    order: int | None = None


class PersonMovieCrew(MovieListItem, tag="movie"):
    credit_id: str | None = None
    department: str | None = None
    job: str | None = None


class PersonTVCast(TVListItem, tag="tv"):
    character: str | None = None
    credit_id: str | None = None
    episode_count: int | None = None
    first_credit_air_date: str | None = None


class PersonTVCrew(TVListItem, tag="tv"):
    credit_id: str | None = None
    department: str | None = None
    job: str | None = None
    episode_count: int | None = None
    first_credit_air_date: str | None = None


class PersonMovieCredits(TMDBModel):
    id: int | None = None
    cast: list[PersonMovieCast] = []
    crew: list[PersonMovieCrew] = []


class PersonTVCredits(TMDBModel):
    id: int | None = None
    cast: list[PersonTVCast] = []
    crew: list[PersonTVCrew] = []


class PersonCombinedCredits(TMDBModel):
    """Movie and TV credits in one list each, told apart by ``media_type``; a credit of
    another (or no) kind is an ``UnknownMedia``."""

    id: int | None = None
    cast: list[PersonMovieCast | PersonTVCast | UnknownMedia] = []
    crew: list[PersonMovieCrew | PersonTVCrew | UnknownMedia] = []


class TaggedImage(TMDBModel):
    """An image a person is tagged in, with the movie, series or episode it belongs to."""

    # Image ids are strings here.
    id: str | None = None
    file_path: str | None = None
    aspect_ratio: float | None = None
    height: int | None = None
    width: int | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    vote_average: float | None = None
    vote_count: int | None = None
    image_type: str | None = None
    # "movie", "tv" or "episode": the outer tag differs from ``media.media_type``
    # ("tv_episode" for an episode). A ``media`` without a tag of its own is decoded by
    # this one; "episode" and "tv_episode" both give an ``EpisodeListItem``.
    media_type: str | None = None
    media: MovieListItem | TVListItem | EpisodeListItem | UnknownMedia | None = None

    _tag_from = {"media": "media_type"}


class PersonTaggedImages(Page[TaggedImage]):
    id: int | None = None


class PersonTranslationData(LeafModel):
    name: str | None = None
    biography: str | None = None


class PersonTranslation(TMDBModel):
    iso_3166_1: str | None = None
    iso_639_1: str | None = None
    name: str | None = None
    english_name: str | None = None
    data: PersonTranslationData | None = None


class PersonTranslations(TMDBModel):
    id: int | None = None
    translations: list[PersonTranslation] = []


class PersonDetails(TMDBModel):
    id: int
    name: str | None = None
    also_known_as: list[str] = []
    adult: bool | None = None
    biography: str | None = None
    birthday: str | None = None
    deathday: str | None = None
    gender: int | None = None
    homepage: str | None = None
    imdb_id: str | None = None
    known_for_department: str | None = None
    place_of_birth: str | None = None
    popularity: float | None = None
    profile_path: str | None = None
    # append_to_response parts (PartNotAppendedError unless asked for).
    changes: Changes = part()
    combined_credits: PersonCombinedCredits = part()
    external_ids: ExternalIds = part()
    images: Images = part()
    movie_credits: PersonMovieCredits = part()
    tagged_images: PersonTaggedImages = part()
    translations: PersonTranslations = part()
    tv_credits: PersonTVCredits = part()


PersonAppend = Literal[
    "changes",
    "combined_credits",
    "external_ids",
    "images",
    "movie_credits",
    "tagged_images",
    "translations",
    "tv_credits",
]
