"""``client.v4``: TMDB's v4 API (auth, the user's account, v4 lists)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic

from ...._typing import ModeT
from .account import AsyncV4Account
from .auth import AsyncV4Auth
from .lists import AsyncV4Lists

if TYPE_CHECKING:
    from ..._base_client import AsyncAPIClient


class AsyncV4(Generic[ModeT]):
    """``client.v4.auth``, ``client.v4.account`` and ``client.v4.lists``.

    Account and list calls are made with a user's v4 access token: pass
    ``user_access_token=`` to a call, or bind one with
    ``client.with_options(user_access_token=...)``. Get one through ``v4.auth``.
    """

    def __init__(self, client: AsyncAPIClient, mode: type[ModeT]) -> None:
        self.auth: AsyncV4Auth[ModeT] = AsyncV4Auth(client, mode)
        self.account: AsyncV4Account[ModeT] = AsyncV4Account(client, mode)
        self.lists: AsyncV4Lists[ModeT] = AsyncV4Lists(client, mode)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: auth, account, lists>"
