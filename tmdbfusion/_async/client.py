"""``AsyncTMDBClient``: the asyncio client, on aiohttp."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

from .._settings import DEFAULT_MAX_RESPONSE_BYTES, resolve_settings
from .._typing import AsyncPageMethod, ItemT, P, PagedResponse, Parsed, Raw
from .._validation import check_page
from ._base_client import AsyncAPIClient
from .pagination import AsyncPaginator
from .resources.resource_set import AsyncTMDBResources

if TYPE_CHECKING:
    import ssl

    from ..cache.backend import AsyncCacheBackend
    from ..cache.policy import CachePolicy
    from ..ratelimit.protocol import AsyncRateLimit


class AsyncTMDBClient(AsyncAPIClient, AsyncTMDBResources[Parsed]):
    """A client for TMDB's v3 API.

    Credentials come from the arguments or, failing those, from ``TMDB_ACCESS_TOKEN``
    / ``TMDB_API_KEY``; the base URL from ``TMDB_BASE_URL`` (the daily ID exports' host
    from ``exports_base_url`` or ``TMDB_EXPORTS_BASE_URL``); under ``trust_env`` the
    proxy from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY``. Use it as a
    context manager, or call ``close()``, so its pooled connections are released.

    ``rate_limit`` is requests per second for this process, ``None`` for no limit, or
    a limiter shared by a fleet (``tmdbfusion.ratelimit.RedisRateLimiter``). ``cache``
    (``tmdbfusion.cache``) keeps TMDB's answers for as long as TMDB says they stay
    fresh, adjusted by ``cache_policy``; the client does not close it.
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
        rate_limit: float | AsyncRateLimit | None = 40.0,
        max_connections: int = 20,
        proxy: str | None = None,
        trust_env: bool = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        ssl_context: ssl.SSLContext | None = None,
        cache: AsyncCacheBackend | None = None,
        cache_policy: CachePolicy | None = None,
        exports_base_url: str | None = None,
    ) -> None:
        AsyncAPIClient.__init__(
            self,
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
                proxy=proxy,
                trust_env=trust_env,
                max_response_bytes=max_response_bytes,
                ssl_context=ssl_context,
                cache=cache,
                cache_policy=cache_policy,
                exports_base_url=exports_base_url,
            ),
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        """``client.movies``, ``client.search``, ... on this client (raw ones on demand)."""
        AsyncTMDBResources.__init__(self, self, Parsed)
        self._raw_resources: AsyncTMDBResources[Raw] | None = None

    @property
    def with_raw_response(self) -> AsyncTMDBResources[Raw]:
        """The same resources, whose methods return a ``RawResponse`` of their model:
        ``client.with_raw_response.movies.details(550)`` gives TMDB's JSON as it came
        (``.content``) and the ``MovieDetails`` one call away (``.parse()``)."""
        if self._raw_resources is None:
            self._raw_resources = AsyncTMDBResources(self, Raw)
        return self._raw_resources

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        cache: AsyncCacheBackend | Literal[False] | None = None,
        cache_policy: CachePolicy | None = None,
    ) -> Self:
        """A client with other per-call settings (``client.with_options(timeout=30)
        .movies.details(550)``) on this one's connections, rate limiter and stats.
        ``cache=False`` bypasses the cache; another backend or policy replaces it.
        Closing this client closes the connections for both."""
        derived = self._derive(
            timeout=timeout, max_retries=max_retries, cache=cache, cache_policy=cache_policy
        )
        derived._attach_resources()
        return derived

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
