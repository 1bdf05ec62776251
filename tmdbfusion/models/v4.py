"""TMDB v4's payloads: auth tokens, the account's lists and titles, and v4 lists.

v4 types some fields differently from one endpoint to the next (``public`` is a bool
in list details and 0/1 in the account's lists; ``sort_by`` a str there and an int
here; ``runtime`` an int there and a str here). Each model types them as TMDB sends
them, and accepts the other spellings too (``bool | int | str``), so a change of mind
on TMDB's side never fails a decode.
"""

from __future__ import annotations

from typing import Literal

from ._base import LeafModel, TMDBModel
from .movies import MovieListItem
from .pages import Page
from .tv import TVListItem
from .unknown import UnknownMedia

V4MediaType = Literal["movie", "tv"]
# TMDB's status_code for "The resource you requested could not be found."
NOT_FOUND_CODE = 34
# The sort orders TMDB honours on a v4 list (each .asc or .desc); others are refused.
V4ListSortBy = Literal[
    "original_order.asc",
    "original_order.desc",
    "vote_average.asc",
    "vote_average.desc",
    "primary_release_date.asc",
    "primary_release_date.desc",
    "release_date.asc",
    "release_date.desc",
    "title.asc",
    "title.desc",
]
V4AccountSortBy = Literal["created_at.asc", "created_at.desc"]


class V4Status(LeafModel, kw_only=True):
    """``{"success": ..., "status_code": ..., "status_message": ...}``."""

    success: bool | None = None
    status_code: int | None = None
    status_message: str | None = None


class V4RequestToken(V4Status, kw_only=True):
    """A request token (``v4.auth.create_request_token``): valid 15 minutes, until the
    user approves it at ``v4.auth.approval_url(token)``."""

    request_token: str


class AccessToken(V4Status, kw_only=True):
    """The user's access token and account object id (``v4.auth.create_access_token``).
    The token does not expire until the user logs out or revokes it: store it as a
    secret."""

    access_token: str
    account_id: str


class AccountRating(LeafModel, kw_only=True):
    created_at: str | None = None
    value: float | None = None


class AccountMovie(MovieListItem, kw_only=True):
    """A movie in a v4 account list; ``account_rating`` in the rated lists."""

    account_rating: AccountRating | None = None


class AccountTV(TVListItem, kw_only=True):
    """A series in a v4 account list; ``account_rating`` in the rated lists."""

    account_rating: AccountRating | None = None


class AccountListSummary(LeafModel, kw_only=True):
    """One of the account's v4 lists (``v4.account.lists``).

    Here ``public``, ``adult`` and ``featured`` come as 0/1, ``sort_by`` as an int and
    ``runtime`` as a str; ``created_at``/``updated_at`` as ``"YYYY-MM-DD HH:MM:SS UTC"``.
    """

    id: int
    name: str | None = None
    description: str | None = None
    account_object_id: str | None = None
    number_of_items: int | None = None
    average_rating: float | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    public: bool | int | None = None
    adult: bool | int | None = None
    featured: bool | int | None = None
    sort_by: int | str | None = None
    runtime: int | str | None = None
    revenue: int | float | str | None = None


class ListCreator(LeafModel, kw_only=True):
    id: str | None = None
    name: str | None = None
    username: str | None = None
    avatar_path: str | None = None
    gravatar_hash: str | None = None


class V4ListDetails(TMDBModel, kw_only=True):
    """A v4 list with one page of its items (``v4.lists.details``).

    Items carry no comment of their own: ``comments`` is keyed ``"movie:550"`` /
    ``"tv:1399"`` (``comment_for(item)`` joins them). Here ``public`` is a bool,
    ``sort_by`` a str and ``runtime`` an int.
    """

    id: int
    name: str | None = None
    description: str | None = None
    public: bool | int | None = None
    created_by: ListCreator | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    item_count: int | None = None
    average_rating: float | None = None
    runtime: int | str | None = None
    revenue: int | float | str | None = None
    sort_by: str | int | None = None
    backdrop_path: str | None = None
    poster_path: str | None = None
    comments: dict[str, str | None] = {}
    object_ids: dict[str, str | None] = {}
    page: int = 1
    results: list[MovieListItem | TVListItem | UnknownMedia] = []
    total_pages: int = 0
    total_results: int = 0

    def comment_for(self, item: MovieListItem | TVListItem | UnknownMedia) -> str | None:
        """The comment stored with ``item`` on this list, if any."""
        if isinstance(item, UnknownMedia):
            media_type = item.original_media_type
        else:
            media_type = "movie" if isinstance(item, MovieListItem) else "tv"
        return self.comments.get(f"{media_type}:{item.id}")


class V4ListCreated(V4Status, kw_only=True):
    """The answer to ``v4.lists.create``: the new list's ``id``."""

    id: int


class ListCleared(V4Status, kw_only=True):
    """The answer to ``v4.lists.clear``: how many items were removed."""

    id: int | None = None
    items_deleted: int | None = None


class ItemResult(LeafModel, kw_only=True):
    """What became of one item of an items write."""

    media_type: str
    media_id: int
    success: bool
    error: list[str] | None = None


class ItemsResult(V4Status, kw_only=True):
    """The answer to ``v4.lists.add_items``/``update_items``/``remove_items``.

    ``success`` describes the request, not the items: TMDB answers success and refuses
    single items (already on the list, not found) in ``results``. ``failed`` lists
    those; ``ok`` is true only when every item went through. Nothing is raised for a
    partial failure.
    """

    results: list[ItemResult] = []

    @property
    def failed(self) -> list[ItemResult]:
        return [result for result in self.results if not result.success]

    @property
    def ok(self) -> bool:
        return bool(self.success) and not self.failed


class ItemStatus(LeafModel, kw_only=True):
    """Whether an item is on a v4 list (``v4.lists.item_status``): ``on_list``.

    TMDB answers an item that is not on the list with HTTP 404 and its code 34; the
    client takes that answer as ``on_list == False`` instead of raising
    ``NotFoundError``. A list that does not exist, or that the token may not read, gets
    the very same answer from TMDB, so ``on_list == False`` cannot tell those apart
    (``v4.lists.details`` can). Any other error is raised as usual.
    """

    id: int | None = None
    media_id: int | None = None
    media_type: str | None = None
    success: bool | None = None
    status_code: int | None = None
    status_message: str | None = None

    @property
    def on_list(self) -> bool:
        return self.status_code != NOT_FOUND_CODE and self.media_id is not None


class ListItem(LeafModel, kw_only=True):
    """An item to write to a v4 list: ``ListItem(media_type="movie", media_id=550)``;
    ``comment`` is stored by ``update_items`` only (``add_items`` drops it, as TMDB
    does)."""

    media_type: V4MediaType
    media_id: int
    comment: str | None = None


AccountMoviesPage = Page[AccountMovie]
AccountTVPage = Page[AccountTV]
AccountListsPage = Page[AccountListSummary]
