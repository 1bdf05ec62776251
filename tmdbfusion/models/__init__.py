"""msgspec models for every TMDB payload, shared by both clients."""

from ._base import LeafModel, TMDBModel
from .common import (
    CastMember,
    Credits,
    CrewMember,
    ExternalIds,
    Genre,
    Image,
    Images,
    Keyword,
    ProductionCompany,
    ProductionCountry,
    SpokenLanguage,
    StatusResponse,
    Video,
    Videos,
)
from .configuration import Configuration, ImageConfiguration
from .movies import (
    CollectionSummary,
    CountryReleaseDates,
    MovieAppend,
    MovieDetails,
    MovieKeywords,
    MovieListItem,
    MovieReleaseDates,
    ReleaseDate,
)
from .pages import Page

__all__ = [
    "CastMember",
    "CollectionSummary",
    "Configuration",
    "CountryReleaseDates",
    "Credits",
    "CrewMember",
    "ExternalIds",
    "Genre",
    "Image",
    "ImageConfiguration",
    "Images",
    "Keyword",
    "LeafModel",
    "MovieAppend",
    "MovieDetails",
    "MovieKeywords",
    "MovieListItem",
    "MovieReleaseDates",
    "Page",
    "ProductionCompany",
    "ProductionCountry",
    "ReleaseDate",
    "SpokenLanguage",
    "StatusResponse",
    "TMDBModel",
    "Video",
    "Videos",
]
