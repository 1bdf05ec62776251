"""TMDBFusion: typed async and sync clients for The Movie Database (TMDB) API.

``import tmdbfusion`` stays light: the clients, and with them aiohttp or requests,
are loaded on first use of ``AsyncTMDBClient`` / ``TMDBClient``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    APIError,
    AuthenticationError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TMDBError,
    TransportError,
)

if TYPE_CHECKING:
    from ._async.client import AsyncTMDBClient
    from ._endpoint import Endpoint
    from ._sync.client import TMDBClient

    ENDPOINTS: tuple[Endpoint[Any], ...]

__version__ = "0.1.0"

__all__ = [
    "ENDPOINTS",
    "APIError",
    "AsyncTMDBClient",
    "AuthenticationError",
    "DecodeError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "TMDBClient",
    "TMDBError",
    "TransportError",
]


def __getattr__(name: str) -> Any:
    if name == "AsyncTMDBClient":
        from ._async.client import AsyncTMDBClient

        return AsyncTMDBClient
    if name == "TMDBClient":
        from ._sync.client import TMDBClient

        return TMDBClient
    if name == "ENDPOINTS":
        from ._registry import ENDPOINTS

        return ENDPOINTS
    raise AttributeError(f"module 'tmdbfusion' has no attribute {name!r}")
