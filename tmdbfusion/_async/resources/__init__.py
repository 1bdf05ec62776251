"""The resource namespaces of the async client."""

from .account import AsyncAccount
from .authentication import AsyncAuthentication
from .certifications import AsyncCertifications
from .changes import AsyncChanges
from .collections import AsyncCollections
from .companies import AsyncCompanies
from .configuration import AsyncConfiguration
from .credits import AsyncCredits
from .discover import AsyncDiscover
from .find import AsyncFind
from .genres import AsyncGenres
from .guest_sessions import AsyncGuestSessions
from .keywords import AsyncKeywords
from .lists import AsyncLists
from .movies import AsyncMovies
from .networks import AsyncNetworks
from .people import AsyncPeople
from .reviews import AsyncReviews
from .search import AsyncSearch
from .trending import AsyncTrending
from .tv import AsyncTV
from .tv_episode_groups import AsyncTVEpisodeGroups
from .tv_episodes import AsyncTVEpisodes
from .tv_seasons import AsyncTVSeasons
from .watch_providers import AsyncWatchProviders

__all__ = [
    "AsyncAccount",
    "AsyncAuthentication",
    "AsyncCertifications",
    "AsyncChanges",
    "AsyncCollections",
    "AsyncCompanies",
    "AsyncConfiguration",
    "AsyncCredits",
    "AsyncDiscover",
    "AsyncFind",
    "AsyncGenres",
    "AsyncGuestSessions",
    "AsyncKeywords",
    "AsyncLists",
    "AsyncMovies",
    "AsyncNetworks",
    "AsyncPeople",
    "AsyncReviews",
    "AsyncSearch",
    "AsyncTV",
    "AsyncTVEpisodeGroups",
    "AsyncTVEpisodes",
    "AsyncTVSeasons",
    "AsyncTrending",
    "AsyncWatchProviders",
]
