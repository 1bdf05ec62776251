"""Type aliases that differ between the two clients, and the typing of resource methods.

``build_sync.py`` rewrites ``Async*`` names to ``Sync*`` but cannot unwrap
``Awaitable[...]``, so every signature that mentions an awaitable goes through an
alias here, in both flavours.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    Protocol,
    Self,
    TypeAlias,
    TypeVar,
    overload,
)

if TYPE_CHECKING:
    from ._transport.response import HTTPResponse

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
P = ParamSpec("P")


class PagedResponse(Protocol[ItemT_co]):
    """What a paged answer offers, as ``Page`` has it: its number, how many pages and
    results exist, and its items."""

    @property
    def page(self) -> int: ...

    @property
    def total_pages(self) -> int: ...

    @property
    def total_results(self) -> int: ...

    @property
    def results(self) -> Sequence[ItemT_co]: ...


AsyncPageFetcher: TypeAlias = Callable[[int], Awaitable[PagedResponse[ItemT]]]
SyncPageFetcher: TypeAlias = Callable[[int], PagedResponse[ItemT]]
AsyncPageMethod: TypeAlias = Callable[P, Awaitable[PagedResponse[ItemT]]]
SyncPageMethod: TypeAlias = Callable[P, PagedResponse[ItemT]]
# The response cache's way to reach TMDB: (extra headers, may retry, statuses to hand
# back instead of raising) -> the answer.
AsyncFetch: TypeAlias = Callable[
    [Mapping[str, str], bool, frozenset[int]], Awaitable["HTTPResponse"]
]
SyncFetch: TypeAlias = Callable[[Mapping[str, str], bool, frozenset[int]], "HTTPResponse"]


class Parsed:
    """Mode of ``client.<resource>``: each method returns its typed model."""


class Raw:
    """Mode of ``client.with_raw_response.<resource>``: each method returns a
    ``RawResponse`` of its typed model."""


ModeT = TypeVar("ModeT", Parsed, Raw)
T = TypeVar("T")
InT = TypeVar("InT")
# A resource method called once per input of ``client.fetch_many``: the input is its
# first argument, ``P`` the rest.
AsyncInputMethod: TypeAlias = Callable[Concatenate[InT, P], Awaitable[T]]
SyncInputMethod: TypeAlias = Callable[Concatenate[InT, P], T]

if TYPE_CHECKING:
    from ._async.resources._resource import AsyncResource
    from ._raw_response import RawResponse
    from ._sync.resources._resource import SyncResource

    class AsyncOperation(Generic[P, T]):
        """How mypy sees a resource method: by the resource's mode, a call returns the
        model or a ``RawResponse`` of it. Nothing of it exists at run time (below)."""

        def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None: ...

        @overload
        def __get__(self, resource: None, owner: type[Any]) -> Self: ...
        @overload
        def __get__(
            self, resource: AsyncResource[Raw], owner: type[Any]
        ) -> Callable[P, Awaitable[RawResponse[T]]]: ...
        @overload
        def __get__(
            self, resource: AsyncResource[Parsed], owner: type[Any]
        ) -> Callable[P, Awaitable[T]]: ...
        def __get__(self, resource: object, owner: type[Any]) -> Any: ...

    class SyncOperation(Generic[P, T]):
        """``AsyncOperation``'s twin for the blocking client."""

        def __init__(self, method: Callable[Concatenate[Any, P], T]) -> None: ...

        @overload
        def __get__(self, resource: None, owner: type[Any]) -> Self: ...
        @overload
        def __get__(
            self, resource: SyncResource[Raw], owner: type[Any]
        ) -> Callable[P, RawResponse[T]]: ...
        @overload
        def __get__(self, resource: SyncResource[Parsed], owner: type[Any]) -> Callable[P, T]: ...
        def __get__(self, resource: object, owner: type[Any]) -> Any: ...

else:
    # At run time a resource method stays the plain function it is: no descriptor in
    # the way of a call, and inspect sees its real signature. Its mode lives in the
    # resource instance, whose _call returns the model or the RawResponse.
    def AsyncOperation(method):
        return method

    SyncOperation = AsyncOperation
