"""TMDBFusion: typed async and sync clients for The Movie Database (TMDB) API.

``import tmdbfusion`` stays light: each client, and with it aiohttp or requests, is
loaded when ``AsyncTMDBClient`` / ``TMDBClient`` is first imported from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._bulk import FetchResult
from ._stats import ClientStats
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    CertificateVerifyError,
    DecodeError,
    ExportNotFoundError,
    NotFoundError,
    PermissionDeniedError,
    ProxyAuthenticationError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TMDBError,
    TransportError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from ._async.client import AsyncTMDBClient
    from ._endpoint import Endpoint
    from ._raw_response import RawResponse
    from ._sync.client import TMDBClient

    ENDPOINTS: tuple[Endpoint[Any], ...]

__version__ = "0.1.0"

__all__ = [
    "ENDPOINTS",
    "APIError",
    "AsyncTMDBClient",
    "AuthenticationError",
    "BadRequestError",
    "CertificateVerifyError",
    "ClientStats",
    "DecodeError",
    "ExportNotFoundError",
    "FetchResult",
    "NotFoundError",
    "PermissionDeniedError",
    "ProxyAuthenticationError",
    "RateLimitError",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TMDBClient",
    "TMDBError",
    "TransportError",
    "UnprocessableEntityError",
]


def __getattr__(name: str) -> Any:
    if name == "AsyncTMDBClient":
        from ._async.client import AsyncTMDBClient

        return AsyncTMDBClient
    if name == "TMDBClient":
        from ._sync.client import TMDBClient

        return TMDBClient
    if name == "RawResponse":
        from ._raw_response import RawResponse

        return RawResponse
    if name == "ENDPOINTS":
        from ._registry import ENDPOINTS

        return ENDPOINTS
    raise AttributeError(f"module 'tmdbfusion' has no attribute {name!r}")
