"""The exceptions raised by both clients.

None of them ever holds a credential: messages and attributes carry the request's path
with session ids masked, never its query string, and a ``TransportError`` keeps no
reference to the HTTP library's exception (whose URL holds the ``api_key``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "CertificateVerifyError",
    "DecodeError",
    "ExportNotFoundError",
    "NotFoundError",
    "PartNotAppendedError",
    "PermissionDeniedError",
    "ProxyAuthenticationError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TMDBError",
    "TransportError",
    "UnprocessableEntityError",
]

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


class TMDBError(Exception):
    """Base class of every error TMDBFusion raises on purpose."""


class APIError(TMDBError):
    """TMDB answered with an error (or a redirect, which is never followed).

    ``http_status`` is the HTTP status; ``status_code`` and ``status_message`` are
    TMDB's own, read from the JSON body (``None`` when the body was not TMDB's JSON,
    e.g. an HTML page from the CDN). ``headers`` are the response's headers.
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
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.status_code = status_code
        self.status_message = status_message
        self.method = method
        self.path = path
        self.headers: Mapping[str, str] = _NO_HEADERS if headers is None else headers


class BadRequestError(APIError):
    """400: TMDB refused the request's parameters (codes 18, 22, 23, 26, 27, 28, 47, ...)."""


class AuthenticationError(APIError):
    """401: the API key or access token was refused (TMDB codes 3, 7, 10, 14, ...)."""


class PermissionDeniedError(APIError):
    """403: the credential may not do this (TMDB codes 8, 45, ...)."""


class NotFoundError(APIError):
    """404: the resource does not exist (TMDB codes 6, 34, 37)."""


class ExportNotFoundError(NotFoundError):
    """404 from the files host: no daily ID export of ``kind`` for ``date`` (an ISO
    ``YYYY-MM-DD``) at ``url``. TMDB publishes each day's files at about 07:00-08:00 UTC
    and keeps them about 3 months."""

    def __init__(self, message: str, *, kind: str, date: str, url: str, path: str) -> None:
        super().__init__(message, http_status=404, method="GET", path=path)
        self.kind = kind
        self.date = date
        self.url = url


class UnprocessableEntityError(APIError):
    """422: invalid parameters or a request token not approved (TMDB codes 5, 20, 41)."""


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
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            http_status=http_status,
            status_code=status_code,
            status_message=status_message,
            method=method,
            path=path,
            headers=headers,
        )
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: TMDB or its CDN failed."""


class TransportError(TMDBError):
    """The request never got a whole HTTP answer: connection refused or dropped, an
    invalid answer, a timeout (``RequestTimeoutError``), a body over
    ``max_response_bytes`` (``ResponseTooLargeError``), a certificate that failed
    verification (``CertificateVerifyError``) or a proxy that refused its credentials
    (``ProxyAuthenticationError``)."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


class RequestTimeoutError(TransportError):
    """An attempt took longer than the client's ``timeout`` (connect, headers and body)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, timeout=True)


class ResponseTooLargeError(TransportError):
    """The body, once decompressed, was larger than the client's ``max_response_bytes``.
    Not retried: the same request would get the same body."""


class CertificateVerifyError(TransportError):
    """The server's TLS certificate failed verification. Not retried: it cannot pass on
    a second try. Trust another store with ``SSL_CERT_FILE`` or ``ssl_context=``."""


class ProxyAuthenticationError(TransportError):
    """The proxy refused its credentials (HTTP 407, or a SOCKS authentication failure).
    Not retried: it would refuse them again. Check the ``proxy=`` URL or the
    ``HTTPS_PROXY``/``ALL_PROXY`` variable."""


class PartNotAppendedError(TMDBError, AttributeError):
    """An ``append_to_response`` part was read from a model that did not ask for it.

    ``model`` is the model's class name, ``part`` TMDB's name of the part
    (``"credits"``, ``"watch/providers"``). An ``AttributeError``, so
    ``hasattr(movie, "credits")`` and ``getattr(movie, "credits", None)`` tell whether
    the part came back.
    """

    def __init__(self, model: str, field: str, part: str) -> None:
        super().__init__(
            f"{model}.{field} was not asked for: pass append_to_response=[{part!r}] "
            "(with any other parts) to the details call to get it"
        )
        self.model = model
        self.part = part


class DecodeError(TMDBError):
    """The body could not be decoded into the expected model (invalid or truncated JSON).

    ``operation`` names the call (``"movies.details"``; ``None`` for ``client.request``),
    ``method`` and ``path`` the request (``"/3/movie/550"``, session ids masked).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.method = method
        self.path = path
