"""``AsyncTMDBClient``: the asyncio client, on aiohttp."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, overload

from .._bulk import FetchResult
from .._checks.values import check_bool, check_count, check_page, describe
from .._concurrency import AsyncBoundedMap
from .._secret import SECRET_PARAMS
from .._settings import DEFAULT_MAX_RESPONSE_BYTES, resolve_settings
from .._typing import (
    AsyncInputMethod,
    AsyncPageMethod,
    InT,
    ItemT,
    P,
    PagedResponse,
    Parsed,
    Raw,
    T,
)
from ..errors import TMDBError
from ._base_client import AsyncAPIClient
from .exports import AsyncExports
from .pagination import AsyncPaginator
from .resources.resource_set import AsyncTMDBResources

if TYPE_CHECKING:
    import ssl

    from ..cache.backend import AsyncCacheBackend
    from ..cache.policy import CachePolicy
    from ..ratelimit.protocol import AsyncRateLimit


class AsyncTMDBClient(AsyncAPIClient, AsyncTMDBResources[Parsed]):
    """A client for TMDB's API, v3 and v4: every operation as a typed method of a
    resource (``client.movies.details``), with retries, a rate limit, a cache and
    typed errors.

    Credentials come from the arguments or, failing those, from ``TMDB_ACCESS_TOKEN``
    / ``TMDB_API_KEY``; the base URL from ``TMDB_BASE_URL`` (the daily ID exports' host
    from ``exports_base_url`` or ``TMDB_EXPORTS_BASE_URL``); under ``trust_env`` the
    proxy from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY``. Use it as a
    context manager, or call ``close()``, so its pooled connections are released.
    One client serves one event loop: its calls may run concurrently in that loop.

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

    exports: AsyncExports
    """TMDB's daily ID exports: ``client.exports.iter("movie")``, ``.download(...)``."""

    def _attach_resources(self) -> None:
        """``client.movies``, ``client.search``, ... on this client (raw ones on demand)."""
        AsyncTMDBResources.__init__(self, self, Parsed)
        self._raw_resources: AsyncTMDBResources[Raw] | None = None
        self.exports = AsyncExports(self)

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
        user_access_token: str | None = None,
    ) -> Self:
        """A client with other per-call settings (``client.with_options(timeout=30)
        .movies.details(550)``) on this one's connections, rate limiter and stats.
        ``cache=False`` bypasses the cache; another backend or policy replaces it.
        ``user_access_token`` binds a user's v4 access token to ``v4.account`` and
        ``v4.lists`` calls (a token passed to a call still wins). Closing this client
        closes the connections for both."""
        derived = self._derive(
            timeout=timeout,
            max_retries=max_retries,
            cache=cache,
            cache_policy=cache_policy,
            user_access_token=user_access_token,
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

    @overload
    def paginate(
        self, method: AsyncPageMethod[P, ItemT], *args: P.args, **kwargs: P.kwargs
    ) -> AsyncPaginator[ItemT]: ...

    @overload
    def paginate(  # type: ignore[overload-cannot-match]  # it is, with `concurrency`
        self, method: AsyncPageMethod[..., ItemT], *args: Any, concurrency: int, **kwargs: Any
    ) -> AsyncPaginator[ItemT]: ...

    def paginate(  # type: ignore[misc]  # `concurrency` is not among P's names
        self, method: AsyncPageMethod[..., ItemT], *args: Any, concurrency: int = 1, **kwargs: Any
    ) -> AsyncPaginator[ItemT]:
        """Every page of a paged call: ``client.paginate(client.movies.popular, region="US")``.

        Iterate it for pages, or ``.items()`` for their results. It stops at
        ``total_pages`` or page 500, and never fetches a page twice. ``page=`` sets
        the first page. With ``concurrency=N`` the pages after the first are fetched
        up to N at a time (within the client's rate limit and ``max_connections``),
        and still come in order. When TMDB reports more than 500 pages, the paginator
        sets ``truncated`` and logs a WARNING. Bad arguments are refused here, before
        anything is sent. (mypy checks the method's arguments when ``concurrency`` is
        not given; ``P`` cannot carry an extra keyword.)
        """
        if not callable(method):
            raise TypeError(f"method must be a paged client method, not {describe(method)}")
        first_page = check_page(kwargs.pop("page", 1))
        concurrency = check_count("concurrency", concurrency)

        call: Any = method

        async def fetch(page: int) -> PagedResponse[ItemT]:
            result: PagedResponse[ItemT] = await call(*args, **kwargs, page=page)
            return result

        return AsyncPaginator(
            fetch,
            first_page=first_page,
            concurrency=concurrency,
            label=_call_label(method, kwargs),
        )

    @overload
    def fetch_many(
        self,
        method: AsyncInputMethod[InT, P, T],
        inputs: Iterable[InT],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncGenerator[FetchResult[InT, T], None]: ...

    @overload
    def fetch_many(
        self,
        method: AsyncInputMethod[InT, ..., T],
        inputs: Iterable[InT],
        *args: Any,
        ordered: bool,
        **kwargs: Any,
    ) -> AsyncGenerator[FetchResult[InT, T], None]: ...

    def fetch_many(  # type: ignore[misc]  # `ordered` is not among P's names
        self,
        method: AsyncInputMethod[Any, ..., Any],
        inputs: Iterable[Any],
        *args: Any,
        ordered: bool = False,
        **kwargs: Any,
    ) -> AsyncGenerator[FetchResult[Any, Any], None]:
        """Call ``method`` once per input, side by side, and yield one ``FetchResult``
        per input: ``client.fetch_many(client.movies.details, ids,
        append_to_response=["credits"])``.

        Each input is the method's first argument; ``args`` and ``kwargs`` follow it in
        every call. A call that fails (a ``TMDBError``, or a ``ValueError``/``TypeError``
        for an input the method refuses) gives a result with ``.error`` set, and the
        batch goes on. Up to ``max_connections`` calls run at once, within the rate
        limit. ``inputs`` may be any iterable, a generator included: it is read only as
        calls finish. ``ordered=True`` yields the results in input order (holding at
        most ``2 * max_connections`` started or waiting for their turn); else they come
        as they finish. Leaving the loop early cancels the calls in flight once the
        generator is closed (its ``aclose()``); Python closes an abandoned one only when
        it is collected. (mypy checks
        ``kwargs`` against the method when ``ordered`` is not given.)
        """
        if not callable(method):
            raise TypeError(f"method must be a client method, not {describe(method)}")
        check_bool("ordered", ordered)
        if not isinstance(inputs, Iterable) or isinstance(inputs, str | bytes):
            raise TypeError(f"inputs must be an iterable of inputs, not {describe(inputs)}")
        return self._fetch_many(method, iter(inputs), args, kwargs, ordered)

    async def _fetch_many(
        self,
        method: AsyncInputMethod[Any, ..., Any],
        inputs: Iterable[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        ordered: bool,
    ) -> AsyncGenerator[FetchResult[Any, Any], None]:
        async def one(item: Any) -> FetchResult[Any, Any]:
            try:
                value = await method(item, *args, **kwargs)
            except (TMDBError, ValueError, TypeError) as exc:
                return FetchResult(item, None, exc)
            return FetchResult(item, value, None)

        limit = self._settings.max_connections
        window = 2 * limit if ordered else limit
        async with AsyncBoundedMap(
            one, inputs, limit=limit, window=window, ordered=ordered
        ) as results:
            async for result in results:
                yield result


def _call_label(method: object, kwargs: Mapping[str, Any]) -> str:
    """How a log line names a paged call: ``search.movie(query='alien')``, credentials
    masked."""
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", None)
    if owner is not None and isinstance(name, str):
        label = f"{type(owner).__module__.rpartition('.')[2]}.{name}"
    else:
        label = getattr(method, "__qualname__", None) or type(method).__name__
    shown = ", ".join(
        f"{key}={'***' if key in SECRET_PARAMS else repr(value)[:60]}"
        for key, value in kwargs.items()
    )
    return f"{label}({shown})"
