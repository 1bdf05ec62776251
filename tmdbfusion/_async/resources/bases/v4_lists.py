"""``client.v4.lists.add_items``: TMDB drops comments on add, so the items that have
one are sent again through ``update_items``, the one call that stores comments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...._checks import kinds
from ...._raw_response import RawResponse
from ...._registry import v4_lists as ops
from ...._typing import ModeT
from ....models.v4 import ItemsResult, ListItem
from .._resource import AsyncResource


class AsyncV4ListsBase(AsyncResource[ModeT]):
    async def _add_items(
        self,
        list_id: int,
        *,
        items: Sequence[ListItem | Mapping[str, object]],
        user_access_token: str | None,
    ) -> ItemsResult:
        checked = kinds.ITEMS.check("items", items, ops.ADD_ITEMS)
        assert isinstance(checked, list)
        plain = [{"media_type": i["media_type"], "media_id": i["media_id"]} for i in checked]
        added = await self._call(
            ops.ADD_ITEMS, (list_id,), {"items": plain}, user_access_token=user_access_token
        )
        commented = [item for item in checked if "comment" in item]
        if not commented:
            return added
        result = added.parse() if isinstance(added, RawResponse) else added
        stored = {(r.media_type, r.media_id) for r in result.results if r.success}
        to_comment = [i for i in commented if (i["media_type"], i["media_id"]) in stored]
        if to_comment:
            updated = await self._call(
                ops.UPDATE_ITEMS,
                (list_id,),
                {"items": to_comment},
                user_access_token=user_access_token,
            )
            update = updated.parse() if isinstance(updated, RawResponse) else updated
            _merge_failures(result, update)
        return added


def _merge_failures(added: ItemsResult, update: ItemsResult) -> None:
    """Mark added items whose comment TMDB did not store as failed."""
    failed = {(r.media_type, r.media_id) for r in update.results if not r.success}
    for result in added.results:
        if (result.media_type, result.media_id) in failed:
            result.success = False
            result.error = [*(result.error or []), "added, but the comment was not stored"]
