"""``AsyncTMDBClient``: the asyncio client, on aiohttp."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from .._settings import resolve_settings
from .._typing import AsyncPageMethod, ItemT, P, PagedResponse
from .._validation import check_page
from ._base_client import AsyncAPIClient
from .pagination import AsyncPaginator
from .resources import (
    AsyncAccount,
    AsyncAuthentication,
    AsyncCertifications,
    AsyncChanges,
    AsyncCollections,
    AsyncCompanies,
    AsyncConfiguration,
    AsyncCredits,
    AsyncDiscover,
    AsyncFind,
    AsyncGenres,
    AsyncGuestSessions,
    AsyncKeywords,
    AsyncLists,
    AsyncMovies,
    AsyncNetworks,
    AsyncPeople,
    AsyncReviews,
    AsyncSearch,
    AsyncTrending,
    AsyncTV,
    AsyncTVEpisodeGroups,
    AsyncTVEpisodes,
    AsyncTVSeasons,
    AsyncWatchProviders,
)


class AsyncTMDBClient(AsyncAPIClient):
    """A client for TMDB's v3 API.

    Credentials come from the arguments or, failing those, from ``TMDB_ACCESS_TOKEN``
    / ``TMDB_API_KEY``; the base URL from ``TMDB_BASE_URL``. Use it as a context
    manager, or call ``close()``, so its pooled connections are released.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        language: str | None = None,
        region: str | None = None,
        timeout: float = 10.0,
        max_retries: int = 3,
        rate_limit: float | None = 40.0,
        max_connections: int = 20,
    ) -> None:
        super().__init__(
            resolve_settings(
                api_key,
                access_token=access_token,
                base_url=base_url,
                language=language,
                region=region,
                timeout=timeout,
                max_retries=max_retries,
                rate_limit=rate_limit,
                max_connections=max_connections,
            )
        )
        self.account = AsyncAccount(self)
        self.authentication = AsyncAuthentication(self)
        self.certifications = AsyncCertifications(self)
        self.changes = AsyncChanges(self)
        self.collections = AsyncCollections(self)
        self.companies = AsyncCompanies(self)
        self.configuration = AsyncConfiguration(self)
        self.credits = AsyncCredits(self)
        self.discover = AsyncDiscover(self)
        self.find = AsyncFind(self)
        self.genres = AsyncGenres(self)
        self.guest_sessions = AsyncGuestSessions(self)
        self.keywords = AsyncKeywords(self)
        self.lists = AsyncLists(self)
        self.movies = AsyncMovies(self)
        self.networks = AsyncNetworks(self)
        self.people = AsyncPeople(self)
        self.reviews = AsyncReviews(self)
        self.search = AsyncSearch(self)
        self.trending = AsyncTrending(self)
        self.tv = AsyncTV(self)
        self.tv_episode_groups = AsyncTVEpisodeGroups(self)
        self.tv_episodes = AsyncTVEpisodes(self)
        self.tv_seasons = AsyncTVSeasons(self)
        self.watch_providers = AsyncWatchProviders(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def paginate(
        self, method: AsyncPageMethod[P, ItemT], *args: P.args, **kwargs: P.kwargs
    ) -> AsyncPaginator[ItemT]:
        """Every page of a paged call: ``client.paginate(client.movies.popular, region="US")``.

        Iterate it for pages, or ``.items()`` for their results. It stops at
        ``total_pages`` or page 500, and never fetches a page twice. ``page=`` sets
        the first page.
        """
        first_page = check_page(kwargs.pop("page", 1))

        call: Any = method  # P.kwargs cannot say that it holds `page`

        async def fetch(page: int) -> PagedResponse[ItemT]:
            result: PagedResponse[ItemT] = await call(*args, **kwargs, page=page)
            return result

        return AsyncPaginator(fetch, first_page=first_page)
