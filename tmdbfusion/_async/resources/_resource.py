"""The base of every resource namespace (``client.movies``, ``client.search``, ...)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from ..._typing import ModeT, Raw

if TYPE_CHECKING:
    from ..._endpoint import Endpoint
    from .._base_client import AsyncAPIClient

T = TypeVar("T")


class AsyncCall(Protocol):
    """The base client's ``_call``, as a resource method uses it."""

    async def __call__(
        self,
        endpoint: Endpoint[T],
        path_args: tuple[object, ...] = (),
        arguments: Mapping[str, object] | None = None,
        *,
        user_access_token: str | None = None,
    ) -> T: ...


class AsyncResource(Generic[ModeT]):
    """A group of TMDB operations, in one mode: ``Parsed`` methods return models,
    ``Raw`` ones ``RawResponse`` objects (``client.with_raw_response``)."""

    __slots__ = ("_call", "_client")

    def __init__(self, client: AsyncAPIClient, mode: type[ModeT]) -> None:
        self._client = client
        # The method bodies are the same in both modes; only what _call hands back
        # differs, which AsyncOperation/SyncOperation (tmdbfusion/_typing.py) tell mypy.
        self._call: AsyncCall = (
            cast(AsyncCall, functools.partial(client._call, raw=True))
            if mode is Raw
            else client._call
        )

    def __repr__(self) -> str:
        raw = " (raw responses)" if isinstance(self._call, functools.partial) else ""
        return f"<{type(self).__name__}{raw} of {self._client!r}>"
