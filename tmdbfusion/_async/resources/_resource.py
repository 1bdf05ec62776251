"""The base of every resource namespace (``client.movies``, ``client.search``, ...)."""

from __future__ import annotations

from .._base_client import AsyncAPIClient


class AsyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
