"""``client.v4.lists``: TMDB v4 lists, with comments, sort orders and item status.

Writes need the list owner's v4 access token (``user_access_token=`` or
``client.with_options(user_access_token=...)``); ``details`` and ``item_status`` of a
public list also work with the client's own credential.

TMDB's quirks, handled here:

- item writes answer ``success`` for the request and report each item in
  ``results``: the ``ItemsResult`` says which items failed (``.failed``, ``.ok``),
  and nothing is raised for a partial failure;
- ``add_items`` accepts comments but TMDB drops them: items with a comment are sent
  again through ``update_items``, the one call that stores comments;
- ``item_status`` of an item not on the list is a 404: it comes back as
  ``ItemStatus`` with ``on_list == False``;
- ``clear`` is a GET that removes every item: it is never resent or cached;
- ``public`` must be sent as 0/1 (TMDB ignores ``false``): pass a bool, it is sent so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from ...._argument_checks import check_choice, describe
from ...._raw_response import RawResponse
from ...._registry import v4_lists as ops
from ...._typing import AsyncOperation, ModeT
from ...._validation import check_id, check_text
from ....models.v4 import (
    ItemsResult,
    ItemStatus,
    ListCleared,
    ListItem,
    V4ListCreated,
    V4ListDetails,
    V4ListSortBy,
    V4MediaType,
    V4Status,
)
from .._resource import AsyncResource

Items = Sequence[ListItem | Mapping[str, object]]
_MEDIA_TYPES = get_args(V4MediaType)
_SORT_BY = get_args(V4ListSortBy)


class AsyncV4Lists(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        list_id: int,
        *,
        page: int | None = None,
        language: str | None = None,
        sort_by: V4ListSortBy | None = None,
        user_access_token: str | None = None,
    ) -> V4ListDetails:
        """A list with one page of its items and their comments (``comment_for``).
        A private list needs its owner's token."""
        if sort_by is not None:
            check_choice("sort_by", sort_by, _SORT_BY)
        return await self._call(
            ops.DETAILS,
            (list_id,),
            {"page": page, "language": language, "sort_by": sort_by},
            user_access_token=user_access_token,
        )

    @AsyncOperation
    async def create(
        self,
        *,
        name: str,
        iso_639_1: str,
        description: str | None = None,
        public: bool | None = None,
        iso_3166_1: str | None = None,
        sort_by: V4ListSortBy | None = None,
        user_access_token: str | None = None,
    ) -> V4ListCreated:
        """A new list of the user's (public unless ``public=False``); its ``id``."""
        body: dict[str, object] = {
            "name": check_text("name", name),
            "iso_639_1": check_text("iso_639_1", iso_639_1),
        }
        body.update(_list_fields(description, public, sort_by, iso_3166_1=iso_3166_1))
        return await self._call(ops.CREATE, (), None, body, user_access_token=user_access_token)

    @AsyncOperation
    async def update(
        self,
        list_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        public: bool | None = None,
        sort_by: V4ListSortBy | None = None,
        user_access_token: str | None = None,
    ) -> V4Status:
        """Change a list's name, description, visibility or sort order (at least one)."""
        body = _list_fields(description, public, sort_by)
        if name is not None:
            body["name"] = check_text("name", name)
        if not body:
            raise ValueError(
                "v4.lists.update needs at least one of name, description, public, sort_by"
            )
        return await self._call(
            ops.UPDATE, (list_id,), None, body, user_access_token=user_access_token
        )

    @AsyncOperation
    async def delete(self, list_id: int, *, user_access_token: str | None = None) -> V4Status:
        """Delete the list."""
        return await self._call(ops.DELETE, (list_id,), user_access_token=user_access_token)

    @AsyncOperation
    async def clear(self, list_id: int, *, user_access_token: str | None = None) -> ListCleared:
        """Remove every item from the list (a GET on TMDB's side: sent once, never
        retried or cached); ``items_deleted`` says how many went."""
        return await self._call(ops.CLEAR, (list_id,), user_access_token=user_access_token)

    @AsyncOperation
    async def add_items(
        self, list_id: int, *, items: Items, user_access_token: str | None = None
    ) -> ItemsResult:
        """Add movies and series: ``items=[ListItem(media_type="movie", media_id=550,
        comment="...")]`` (or dicts of those keys). Each item's outcome is in the
        answer's ``results``. TMDB drops comments on add, so items with one are sent
        again through ``update_items`` to store it; an item whose comment failed to
        store shows as failed."""
        checked = _items(items, comments=True)
        body = {"items": [_wire(item, comment=False) for item in checked]}
        added = await self._call(
            ops.ADD_ITEMS, (list_id,), None, body, user_access_token=user_access_token
        )
        commented = [item for item in checked if item.comment is not None]
        if not commented:
            return added
        result = added.parse() if isinstance(added, RawResponse) else added
        stored = {(r.media_type, r.media_id) for r in result.results if r.success}
        to_comment = [i for i in commented if (i.media_type, i.media_id) in stored]
        if to_comment:
            updated = await self._call(
                ops.UPDATE_ITEMS,
                (list_id,),
                None,
                {"items": [_wire(item, comment=True) for item in to_comment]},
                user_access_token=user_access_token,
            )
            update = updated.parse() if isinstance(updated, RawResponse) else updated
            _merge_failures(result, update)
        return added

    @AsyncOperation
    async def update_items(
        self, list_id: int, *, items: Items, user_access_token: str | None = None
    ) -> ItemsResult:
        """Set the comments of items already on the list (the one way TMDB stores a
        comment; ``comment=None`` is sent as an empty comment)."""
        checked = _items(items, comments=True)
        body = {"items": [_wire(item, comment=True) for item in checked]}
        return await self._call(
            ops.UPDATE_ITEMS, (list_id,), None, body, user_access_token=user_access_token
        )

    @AsyncOperation
    async def remove_items(
        self, list_id: int, *, items: Items, user_access_token: str | None = None
    ) -> ItemsResult:
        """Remove items; one that was not on the list comes back failed in ``results``."""
        checked = _items(items, comments=False)
        body = {"items": [_wire(item, comment=False) for item in checked]}
        return await self._call(
            ops.REMOVE_ITEMS, (list_id,), None, body, user_access_token=user_access_token
        )

    @AsyncOperation
    async def item_status(
        self,
        list_id: int,
        *,
        media_id: int,
        media_type: V4MediaType,
        user_access_token: str | None = None,
    ) -> ItemStatus:
        """Whether an item is on the list: ``.on_list`` (TMDB's 404 for "not on the list"
        is that answer, not an error; see ``ItemStatus``)."""
        _media_type("media_type", media_type)
        return await self._call(
            ops.ITEM_STATUS,
            (list_id,),
            {"media_id": media_id, "media_type": media_type},
            user_access_token=user_access_token,
        )


def _list_fields(
    description: str | None,
    public: bool | None,
    sort_by: str | None,
    *,
    iso_3166_1: str | None = None,
) -> dict[str, object]:
    fields: dict[str, object] = {}
    if description is not None:
        if not isinstance(description, str):
            raise TypeError(f"description must be a str, not {describe(description)}")
        fields["description"] = description
    if public is not None:
        if not isinstance(public, bool):
            raise TypeError(f"public must be True or False, not {describe(public)}")
        # TMDB reads only 0/1 here: {"public": false} is taken and ignored.
        fields["public"] = int(public)
    if sort_by is not None:
        fields["sort_by"] = check_choice("sort_by", sort_by, _SORT_BY)
    if iso_3166_1 is not None:
        fields["iso_3166_1"] = check_text("iso_3166_1", iso_3166_1)
    return fields


def _items(items: object, *, comments: bool) -> list[ListItem]:
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise TypeError(f"items must be a list of ListItem or dicts, not {describe(items)}")
    if not items:
        raise ValueError("items must not be empty")
    checked = []
    for index, item in enumerate(items):
        name = f"items[{index}]"
        if isinstance(item, Mapping):
            unknown = set(item) - {"media_type", "media_id", "comment"}
            if unknown:
                raise ValueError(
                    f"{name} has unknown keys {sorted(unknown)}; "
                    "allowed: media_type, media_id, comment"
                )
            media_type, media_id, comment = (
                item.get("media_type"),
                item.get("media_id"),
                item.get("comment"),
            )
        elif isinstance(item, ListItem):
            media_type, media_id, comment = item.media_type, item.media_id, item.comment
        else:
            raise TypeError(f"{name} must be a ListItem or a dict, not {describe(item)}")
        _media_type(f"{name}.media_type", media_type)
        check_id(f"{name}.media_id", media_id)
        if comment is not None and not isinstance(comment, str):
            raise TypeError(f"{name}.comment must be a str or None, not {describe(comment)}")
        if comment is not None and not comments:
            raise ValueError(f"{name}.comment: remove_items takes no comments")
        checked.append(ListItem(media_type=media_type, media_id=media_id, comment=comment))  # type: ignore[arg-type]
    return checked


def _media_type(name: str, value: object) -> str:
    if value is None:
        raise TypeError(f"{name} is required: one of {', '.join(_MEDIA_TYPES)}")
    checked = check_choice(name, value, _MEDIA_TYPES)
    assert checked is not None
    return checked


def _wire(item: ListItem, *, comment: bool) -> dict[str, object]:
    sent: dict[str, object] = {"media_type": item.media_type, "media_id": item.media_id}
    if comment:
        sent["comment"] = item.comment or ""
    return sent


def _merge_failures(added: ItemsResult, update: ItemsResult) -> None:
    """Mark added items whose comment TMDB did not store as failed."""
    failed = {(r.media_type, r.media_id) for r in update.results if not r.success}
    for result in added.results:
        if (result.media_type, result.media_id) in failed:
            result.success = False
            result.error = [*(result.error or []), "added, but the comment was not stored"]
