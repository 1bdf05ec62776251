"""Auth, rate limiting, retries, errors and decoding, done once for every call."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, overload

import msgspec

from .._call_auth import NOT_FOUND, NOT_FOUND_STATUS, CallAuth, call_auth, is_not_found_answer
from .._checks.arguments import check_arguments
from .._checks.requests import check_method, check_path, format_value
from .._components import wrong_component
from .._decoding import decode
from .._endpoint import Endpoint
from .._error_mapping import error_from_response
from .._raw_response import RawResponse
from .._retry import RetryPolicy
from .._secret import REDACTED, Secret, redact, request_secrets
from .._settings import ClientSettings, with_options
from .._stats import ClientStats, StatsRecorder
from .._transport.aiohttp_transport import AsyncHTTPTransport
from .._transport.protocol import AsyncTransport
from .._transport.response import HTTPResponse
from .._urls import build_path, query_pairs
from ..cache.backend import AsyncCacheBackend
from ..cache.key import cache_key, is_cacheable
from ..cache.policy import CachePolicy
from ..errors import APIError, RateLimitError, TransportError
from ..ratelimit.local import RateLimiter
from ..ratelimit.protocol import AsyncRateLimit
from .response_cache import AsyncResponseCache

T = TypeVar("T")

logger = logging.getLogger("tmdbfusion")

_USER_AGENT = "tmdbfusion/0.1"


class AsyncAPIClient:
    """The base both clients share: one transport, one rate limiter, one retry policy.

    A client made by ``with_options`` shares its parent's transport and rate limiter.
    """

    def __init__(self, settings: ClientSettings, *, parent: AsyncAPIClient | None = None) -> None:
        self._settings = settings
        self._transport: AsyncTransport
        self._limiter: AsyncRateLimit | None
        if parent is None:
            self.retry_policy = RetryPolicy(max_retries=settings.max_retries)
            self._limiter = _rate_limiter(settings)
            self._transport = AsyncHTTPTransport(
                max_connections=settings.max_connections,
                max_response_bytes=settings.max_response_bytes,
                proxy=settings.proxy,
                ssl_context=settings.ssl_context,
                secrets=settings.secrets,
            )
            self._stats = StatsRecorder()
            self._cache = _response_cache(settings, self._stats)
        else:
            self.retry_policy = dataclasses.replace(
                parent.retry_policy, max_retries=settings.max_retries
            )
            self._limiter = parent._limiter
            self._transport = parent._transport
            self._stats = parent._stats
            same_cache = (settings.cache, settings.cache_policy) == (
                parent._settings.cache,
                parent._settings.cache_policy,
            )
            # The same cache keeps its calls in flight shared with the parent's.
            self._cache = parent._cache if same_cache else _response_cache(settings, self._stats)
        self._owns_transport = parent is None
        # Credentials go in each request's headers, never in the session's defaults,
        # which aiohttp would also send to a proxy.
        self._headers = {"Accept": "application/json", "User-Agent": _USER_AGENT}
        self._headers.update(settings.auth_headers())
        self._body_headers = {**self._headers, "Content-Type": "application/json;charset=utf-8"}

    def _derive(
        self,
        *,
        timeout: float | None,
        max_retries: int | None,
        cache: AsyncCacheBackend | Literal[False] | None = None,
        cache_policy: CachePolicy | None = None,
        user_access_token: str | None = None,
    ) -> Self:
        """A client of the same class, on this one's transport, rate limiter and stats."""
        settings = with_options(
            self._settings,
            timeout=timeout,
            max_retries=max_retries,
            cache=cache,
            cache_policy=cache_policy,
            user_access_token=user_access_token,
        )
        derived = type(self).__new__(type(self))
        AsyncAPIClient.__init__(derived, settings, parent=self)
        return derived

    @property
    def stats(self) -> ClientStats:
        """What this client (and those ``with_options`` made from it) has done so far:
        requests sent, retries by cause, 429s, cache hits, misses and revalidations,
        calls that shared a request in flight, and bytes."""
        return self._stats.snapshot()

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> float:
        return self._settings.timeout

    def __repr__(self) -> str:
        proxy = f", proxy={self._settings.proxy!r}" if self._settings.proxy is not None else ""
        return (
            f"{type(self).__name__}(base_url={self._settings.base_url!r}, "
            f"auth={self._settings.auth_mode!r}, credential={REDACTED!r}{proxy})"
        )

    async def close(self) -> None:
        """Close the pooled connections; the client can be used again afterwards.

        A client made by ``with_options`` does not own them: closing its parent does.
        """
        if self._owns_transport:
            await self._transport.aclose()

    async def _throttle(self) -> None:
        if self._limiter is None:
            return
        delay = await self._limiter.areserve()
        if delay > 0:
            try:
                await self._transport.sleep(delay)
            except BaseException:
                # Cancelled while waiting for its turn: give the slot back.
                await self._limiter.arefund()
                raise

    async def _send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: bytes | None,
        *,
        operation: str | None = None,
        auth: CallAuth | None = None,
        retry: bool = True,
        accept: frozenset[int] = frozenset(),
    ) -> HTTPResponse:
        """TMDB's successful answer (or one of ``accept``), from the cache when it has
        it; else a typed error. Calls with their own ``auth`` or without ``retry`` are
        never cached."""
        cache = self._cache
        if (
            cache is None
            or body is not None
            or auth is not None
            or not retry
            or not is_cacheable(method, path, query)
        ):
            return await self._fetch(
                method, path, query, body, auth=auth, retry=retry, accept=accept
            )

        async def fetch(
            headers: Mapping[str, str], may_retry: bool, accept: frozenset[int]
        ) -> HTTPResponse:
            return await self._fetch(
                method, path, query, None, extra_headers=headers, retry=may_retry, accept=accept
            )

        key = cache_key(self._settings.base_url, method, path, query)
        response = await cache.respond(key, operation, fetch)
        if not 200 <= response.status < 300:
            # A 404 kept by the policy's negative_ttl.
            raise self._error(method, path, query, response)
        return response

    async def _fetch(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: bytes | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        retry: bool = True,
        accept: frozenset[int] = frozenset(),
        auth: CallAuth | None = None,
    ) -> HTTPResponse:
        """Send to TMDB, retrying per the policy, until a 2xx (or a status in
        ``accept``) comes back, or a final error is raised. ``auth`` replaces the
        client's credential for this call (a user's v4 token)."""
        settings = self._settings
        url = settings.base_url + path
        headers = self._headers if body is None else self._body_headers
        if auth is None:
            params = query + settings.auth_params()
            secrets: tuple[Secret | None, ...] = settings.secrets
        else:
            params = list(query)
            headers = {**headers, "Authorization": f"Bearer {auth.token.reveal()}"}
            secrets = (*settings.secrets, auth.token)
        if extra_headers:
            headers = {**headers, **extra_headers}
        policy = self.retry_policy
        stats = self._stats
        attempt = 0
        while True:
            await self._throttle()
            started = time.perf_counter()
            failure: TransportError | None = None
            try:
                response = await self._transport.send(
                    method, url, params=params, headers=headers, body=body, timeout=settings.timeout
                )
            except TransportError as exc:
                failure = exc
                stats.add("requests_sent")
            else:
                stats.response(response.status, len(response.content))
                self._log_attempt(method, path, query, response.status, attempt, started)
                if 200 <= response.status < 300 or response.status in accept:
                    return response
            error: TransportError | APIError
            if failure is not None:
                self._log_attempt(method, path, query, "error", attempt, started)
                # The transport's message knows the failure, not the request: add it.
                known = (*secrets, *request_secrets(path, query))
                failure.args = (f"{method} {redact(path, known)}: {redact(str(failure), known)}",)
                error = failure
            else:
                error = self._error(method, path, query, response, secrets)
            delay = self._retry_delay(error, method, attempt) if retry else None
            if delay is None:
                raise error
            stats.retry(error)
            logger.info(
                "retrying %s %s in %.2f s (retry %d of %d): %s",
                method,
                redact(path, (*secrets, *request_secrets(path, query))),
                delay,
                attempt + 1,
                policy.max_retries,
                _reason(error),
            )
            await self._transport.sleep(delay)
            attempt += 1

    def _error(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        response: HTTPResponse,
        known: tuple[Secret | None, ...] | None = None,
    ) -> APIError:
        # The request's own session ids are credentials too, wherever they show up.
        secrets = (
            *(self._settings.secrets if known is None else known),
            *request_secrets(path, query),
        )
        return error_from_response(
            response.status,
            response.headers,
            response.content,
            method=method,
            path=redact(path, secrets),
            secrets=secrets,
        )

    def _retry_delay(
        self, error: TransportError | APIError, method: str, attempt: int
    ) -> float | None:
        """Seconds to wait before sending again, or None when the error is final."""
        policy = self.retry_policy
        if attempt >= policy.max_retries:
            return None
        if isinstance(error, TransportError):
            return policy.backoff(attempt) if policy.should_retry_transport(method, error) else None
        if not policy.should_retry_status(error.http_status, method):
            return None
        if isinstance(error, RateLimitError):
            return policy.delay_for_429(error.retry_after, attempt)
        return policy.backoff(attempt)

    def _log_attempt(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        status: int | str,
        attempt: int,
        started: float,
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            # Only the caller's query is logged (the api_key is added after it), with
            # session ids, which act as the user's password, masked.
            shown = "&".join(f"{k}={v}" for k, v in query)
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)",
                method,
                redact(f"{path}?{shown}" if shown else path, self._settings.secrets),
                status,
                attempt + 1,
                (time.perf_counter() - started) * 1000,
            )

    async def _call(
        self,
        endpoint: Endpoint[T],
        path_args: tuple[object, ...] = (),
        arguments: Mapping[str, object] | None = None,
        *,
        raw: bool = False,
        user_access_token: str | None = None,
    ) -> T:
        """Send one registered operation and decode its answer.

        ``path_args`` are the path parameters in order; ``arguments`` the others, by
        their Python names; both are checked against the declaration first.

        With ``raw`` (a resource of ``with_raw_response``) the answer comes back
        undecoded, as a ``RawResponse[T]``; ``AsyncOperation`` types it so for mypy.
        ``user_access_token`` is a user's v4 token for this call (else the one bound
        by ``with_options``), for the operations ``endpoint.token`` says need one.
        """
        auth = call_auth(endpoint, self._settings, user_access_token)
        checked = check_arguments(endpoint, path_args, arguments)
        path = build_path(endpoint, checked.path)
        query = query_pairs(checked.query)
        self._add_defaults(endpoint, query)
        content = None if checked.body is None else msgspec.json.encode(checked.body)
        operation = endpoint.qualname
        response = await self._send(
            endpoint.method,
            path,
            query,
            content,
            operation=operation,
            auth=auth,
            retry=endpoint.retry,
            accept=NOT_FOUND if endpoint.not_found_answers else frozenset(),
        )
        if response.status == NOT_FOUND_STATUS and not is_not_found_answer(response.content):
            known = None if auth is None else (*self._settings.secrets, auth.token)
            raise self._error(endpoint.method, path, query, response, known)
        if raw:
            shown = redact(path, self._settings.secrets)
            wrapped: Any = RawResponse(
                status_code=response.status,
                headers=response.headers,
                content=response.content,
                type_=endpoint.response_type,
                operation=operation,
                method=endpoint.method,
                path=shown,
            )
            return wrapped  # type: ignore[no-any-return]
        return decode(
            response.content,
            endpoint.response_type,
            operation=operation,
            method=endpoint.method,
            path=path,
        )

    def _add_defaults(self, endpoint: Endpoint[Any], query: list[tuple[str, str]]) -> None:
        settings = self._settings
        sent = {name for name, _ in query}
        if settings.language and "language" in endpoint.query and "language" not in sent:
            query.append(("language", settings.language))
        if settings.region and "region" in endpoint.query and "region" not in sent:
            query.append(("region", settings.region))

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        type: None = None,
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        type: type[T],
    ) -> T: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        type: Any = None,
    ) -> Any:
        """Call any TMDB path, with the same auth, retries, rate limit and errors.

        ``path`` is relative to the base URL (``"/3/movie/550/credits"``). With
        ``type`` the body is decoded into it; without, into plain Python objects.
        """
        verb = check_method(method)
        check_path(path)
        query = [
            (name, format_value(name, value))
            for name, value in (params or {}).items()
            if value is not None
        ]
        content = None if json is None else msgspec.json.encode(json)
        response = await self._send(verb, path, query, content)
        if type is None and not response.content:
            return None
        return decode(
            response.content,
            Any if type is None else type,
            method=verb,
            path=redact(path, self._settings.secrets),
        )


def _rate_limiter(settings: ClientSettings) -> AsyncRateLimit | None:
    given = settings.rate_limiter
    if given is None:
        return RateLimiter(settings.rate_limit) if settings.rate_limit else None
    if not isinstance(given, AsyncRateLimit):
        raise wrong_component("rate_limit", given, AsyncRateLimit)
    return given


def _response_cache(settings: ClientSettings, stats: StatsRecorder) -> AsyncResponseCache | None:
    backend = settings.cache
    if backend is None:
        return None
    if not isinstance(backend, AsyncCacheBackend):
        raise wrong_component("cache", backend, AsyncCacheBackend)
    return AsyncResponseCache(backend, settings.cache_policy or CachePolicy(), stats)


def _reason(error: TransportError | APIError) -> str:
    if isinstance(error, APIError):
        return f"HTTP {error.http_status}"
    return type(error).__name__
