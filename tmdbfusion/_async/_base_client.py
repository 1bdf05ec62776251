"""Auth, rate limiting, retries, errors and decoding, done once for every call."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

import msgspec

from .._decoding import decode
from .._endpoint import Endpoint
from .._error_mapping import error_from_response
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._secret import REDACTED, redact
from .._settings import ClientSettings
from .._transport.response import HTTPResponse
from .._validation import build_path, build_query, format_value
from ..errors import DecodeError, RateLimitError, TransportError

if TYPE_CHECKING:
    from .._transport.aiohttp_transport import AsyncHTTPTransport

T = TypeVar("T")

logger = logging.getLogger("tmdbfusion")

_USER_AGENT = "tmdbfusion/0.1"
_METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_SECRET_PARAMS = frozenset({"session_id", "guest_session_id"})


class AsyncAPIClient:
    """The base both clients share: one pooled session, one rate limiter, one policy."""

    def __init__(self, settings: ClientSettings) -> None:
        self._settings = settings
        self.retry_policy = RetryPolicy(max_retries=settings.max_retries)
        self._limiter = RateLimiter(settings.rate_limit) if settings.rate_limit else None
        # Imported here so that `import tmdbfusion` never loads the HTTP library.
        from .._transport.aiohttp_transport import AsyncHTTPTransport

        self._transport: AsyncHTTPTransport = AsyncHTTPTransport(
            timeout=settings.timeout, max_connections=settings.max_connections
        )
        self._headers = {"Accept": "application/json", "User-Agent": _USER_AGENT}
        self._headers.update(settings.auth_headers())
        self._body_headers = {**self._headers, "Content-Type": "application/json;charset=utf-8"}

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._settings.base_url!r}, "
            f"auth={self._settings.auth_mode!r}, credential={REDACTED!r})"
        )

    async def close(self) -> None:
        """Close the pooled connections. The client can be used again afterwards."""
        await self._transport.aclose()

    async def _throttle(self) -> None:
        if self._limiter is None:
            return
        delay = self._limiter.reserve()
        if delay > 0:
            try:
                await self._transport.sleep(delay)
            except BaseException:
                # Cancelled while waiting for its turn: give the slot back.
                self._limiter.refund()
                raise

    async def _send(
        self, method: str, path: str, query: list[tuple[str, str]], body: bytes | None
    ) -> HTTPResponse:
        settings = self._settings
        url = settings.base_url + path
        params = query + settings.auth_params()
        headers = self._headers if body is None else self._body_headers
        policy = self.retry_policy
        attempt = 0
        while True:
            await self._throttle()
            started = time.perf_counter()
            try:
                response = await self._transport.send(
                    method, url, params=params, headers=headers, body=body
                )
            except TransportError as exc:
                error = TransportError(
                    f"{method} {path}: {redact(str(exc), settings.secrets)}", timeout=exc.timeout
                )
                self._log(method, path, query, "error", attempt, started)
                if attempt < policy.max_retries and policy.should_retry_transport(method):
                    await self._transport.sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise error from None
            self._log(method, path, query, response.status, attempt, started)
            if response.status < 400:
                return response
            api_error = error_from_response(
                response.status, response.headers, response.content, method=method, path=path
            )
            if attempt < policy.max_retries and policy.should_retry_status(response.status, method):
                if isinstance(api_error, RateLimitError):
                    delay = policy.delay_for_429(api_error.retry_after, attempt)
                else:
                    delay = policy.backoff(attempt)
                await self._transport.sleep(delay)
                attempt += 1
                continue
            raise api_error

    def _log(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        status: int | str,
        attempt: int,
        started: float,
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            # Only the caller's query is logged (the api_key is added after it), and
            # session ids, which act as the user's password, are masked.
            shown = "&".join(f"{k}={REDACTED if k in _SECRET_PARAMS else v}" for k, v in query)
            logger.debug(
                "%s %s%s -> %s (attempt %d, %.1f ms)",
                method,
                path,
                f"?{redact(shown, self._settings.secrets)}" if shown else "",
                status,
                attempt + 1,
                (time.perf_counter() - started) * 1000,
            )

    async def _call(
        self,
        endpoint: Endpoint[T],
        path_args: tuple[object, ...] = (),
        params: Mapping[str, object] | None = None,
        body: msgspec.Struct | Mapping[str, object] | None = None,
    ) -> T:
        path = build_path(endpoint, path_args)
        query = build_query(endpoint, params or {})
        self._add_defaults(endpoint, query)
        content = None if body is None else msgspec.json.encode(body)
        response = await self._send(endpoint.method, path, query, content)
        return decode(response.content, endpoint.response_type, endpoint=endpoint.label)

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
        verb = method.upper() if isinstance(method, str) else method
        if verb not in _METHODS:
            raise ValueError(f"method must be one of {sorted(_METHODS)}, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or "?" in path:
            raise ValueError(
                f"path must start with '/' and carry no query string (use params=), got {path!r}"
            )
        query = [
            (name, format_value(name, value))
            for name, value in (params or {}).items()
            if value is not None
        ]
        content = None if json is None else msgspec.json.encode(json)
        response = await self._send(verb, path, query, content)
        label = f"{verb} {path}"
        if type is not None:
            return decode(response.content, type, endpoint=label)
        if not response.content:
            return None
        try:
            return msgspec.json.decode(response.content)
        except msgspec.DecodeError as exc:
            raise DecodeError(f"{label}: invalid or truncated JSON body: {exc}") from None
