"""Type aliases that differ between the two clients.

``build_sync.py`` rewrites ``Async*`` names to ``Sync*`` but cannot unwrap
``Awaitable[...]``, so every signature that mentions an awaitable goes through an
alias here, in both flavours.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import ParamSpec, Protocol, TypeAlias, TypeVar

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
P = ParamSpec("P")


class PagedResponse(Protocol[ItemT_co]):
    """What a paged answer offers: its number, how many exist, and its items."""

    @property
    def page(self) -> int: ...

    @property
    def total_pages(self) -> int: ...

    @property
    def results(self) -> Sequence[ItemT_co]: ...


AsyncPageFetcher: TypeAlias = Callable[[int], Awaitable[PagedResponse[ItemT]]]
SyncPageFetcher: TypeAlias = Callable[[int], PagedResponse[ItemT]]
AsyncPageMethod: TypeAlias = Callable[P, Awaitable[PagedResponse[ItemT]]]
SyncPageMethod: TypeAlias = Callable[P, PagedResponse[ItemT]]
