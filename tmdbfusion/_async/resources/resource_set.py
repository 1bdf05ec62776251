"""Every resource namespace of the async client, in one mode (models or raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic

from ..._typing import ModeT
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
from .v4 import AsyncV4
from .watch_providers import AsyncWatchProviders

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient


class AsyncTMDBResources(Generic[ModeT]):
    """``client.movies``, ``client.search``, ...: typed by mode, so that
    ``client.with_raw_response.movies.details(550)`` is a ``RawResponse[MovieDetails]``."""

    def __init__(self, client: AsyncAPIClient, mode: type[ModeT]) -> None:
        self.account: AsyncAccount[ModeT] = AsyncAccount(client, mode)
        self.authentication: AsyncAuthentication[ModeT] = AsyncAuthentication(client, mode)
        self.certifications: AsyncCertifications[ModeT] = AsyncCertifications(client, mode)
        self.changes: AsyncChanges[ModeT] = AsyncChanges(client, mode)
        self.collections: AsyncCollections[ModeT] = AsyncCollections(client, mode)
        self.companies: AsyncCompanies[ModeT] = AsyncCompanies(client, mode)
        self.configuration: AsyncConfiguration[ModeT] = AsyncConfiguration(client, mode)
        self.credits: AsyncCredits[ModeT] = AsyncCredits(client, mode)
        self.discover: AsyncDiscover[ModeT] = AsyncDiscover(client, mode)
        self.find: AsyncFind[ModeT] = AsyncFind(client, mode)
        self.genres: AsyncGenres[ModeT] = AsyncGenres(client, mode)
        self.guest_sessions: AsyncGuestSessions[ModeT] = AsyncGuestSessions(client, mode)
        self.keywords: AsyncKeywords[ModeT] = AsyncKeywords(client, mode)
        self.lists: AsyncLists[ModeT] = AsyncLists(client, mode)
        self.movies: AsyncMovies[ModeT] = AsyncMovies(client, mode)
        self.networks: AsyncNetworks[ModeT] = AsyncNetworks(client, mode)
        self.people: AsyncPeople[ModeT] = AsyncPeople(client, mode)
        self.reviews: AsyncReviews[ModeT] = AsyncReviews(client, mode)
        self.search: AsyncSearch[ModeT] = AsyncSearch(client, mode)
        self.trending: AsyncTrending[ModeT] = AsyncTrending(client, mode)
        self.tv: AsyncTV[ModeT] = AsyncTV(client, mode)
        self.tv_episode_groups: AsyncTVEpisodeGroups[ModeT] = AsyncTVEpisodeGroups(client, mode)
        self.tv_episodes: AsyncTVEpisodes[ModeT] = AsyncTVEpisodes(client, mode)
        self.tv_seasons: AsyncTVSeasons[ModeT] = AsyncTVSeasons(client, mode)
        self.watch_providers: AsyncWatchProviders[ModeT] = AsyncWatchProviders(client, mode)
        self.v4: AsyncV4[ModeT] = AsyncV4(client, mode)
