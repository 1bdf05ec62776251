"""The exceptions raised by both clients."""

from __future__ import annotations

__all__ = [
    "APIError",
    "AuthenticationError",
    "DecodeError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "TMDBError",
    "TransportError",
]


class TMDBError(Exception):
    """Base class of every error TMDBFusion raises on purpose."""


class APIError(TMDBError):
    """TMDB answered with an error.

    ``http_status`` is the HTTP status; ``status_code`` and ``status_message`` are
    TMDB's own, read from the JSON body (``None`` when the body was not TMDB's JSON,
    e.g. an HTML page from the CDN).
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        status_code: int | None = None,
        status_message: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.status_code = status_code
        self.status_message = status_message
        self.method = method
        self.path = path


class AuthenticationError(APIError):
    """401: the API key or access token was refused (TMDB codes 3, 7, 10, 14, ...)."""


class NotFoundError(APIError):
    """404: the resource does not exist (TMDB codes 6, 34, 37)."""


class RateLimitError(APIError):
    """429: over TMDB's rate limit (code 25). ``retry_after`` is in seconds, if sent."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int = 429,
        status_code: int | None = None,
        status_message: str | None = None,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            http_status=http_status,
            status_code=status_code,
            status_message=status_message,
            method=method,
            path=path,
        )
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: TMDB or its CDN failed."""


class TransportError(TMDBError):
    """The request never got an HTTP answer: connection refused or dropped, or a timeout."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


class DecodeError(TMDBError):
    """The body could not be decoded into the expected model (invalid or truncated JSON)."""
