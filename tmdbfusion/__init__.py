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
    PartNotAppendedError,
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
    from ._async.pagination import AsyncPaginator
    from ._endpoint import Endpoint
    from ._raw_response import RawResponse
    from ._retry import RetryPolicy
    from ._sync.client import TMDBClient
    from ._sync.pagination import SyncPaginator
    from .models.discover import AnyOf
    from .serialization import to_builtins, to_json

    ENDPOINTS: tuple[Endpoint[Any], ...]

__version__ = "0.1.0"

__all__ = [
    "ENDPOINTS",
    "APIError",
    "AnyOf",
    "AsyncPaginator",
    "AsyncTMDBClient",
    "AuthenticationError",
    "BadRequestError",
    "CertificateVerifyError",
    "ClientStats",
    "DecodeError",
    "ExportNotFoundError",
    "FetchResult",
    "NotFoundError",
    "PartNotAppendedError",
    "PermissionDeniedError",
    "ProxyAuthenticationError",
    "RateLimitError",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SyncPaginator",
    "TMDBClient",
    "TMDBError",
    "TransportError",
    "UnprocessableEntityError",
    "to_builtins",
    "to_json",
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
    if name == "RetryPolicy":
        from ._retry import RetryPolicy

        return RetryPolicy
    if name in ("AsyncPaginator", "SyncPaginator"):
        from ._async.pagination import AsyncPaginator
        from ._sync.pagination import SyncPaginator

        return AsyncPaginator if name == "AsyncPaginator" else SyncPaginator
    if name == "AnyOf":
        from .models.discover import AnyOf

        return AnyOf
    if name in ("to_json", "to_builtins"):
        from . import serialization

        return getattr(serialization, name)
    if name == "ENDPOINTS":
        from ._registry import ENDPOINTS

        return ENDPOINTS
    raise AttributeError(f"module 'tmdbfusion' has no attribute {name!r}")
