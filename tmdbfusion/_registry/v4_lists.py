"""Registry entries for TMDB v4's lists (``client.v4.lists``), at the paths TMDB serves
(its spec has ``/4/{list_id}`` for update, delete and add-items: wrong)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.v4 import ItemsResult, ItemStatus, ListCleared, V4ListCreated, V4ListDetails, V4Status

_LIST = "/4/list/{list_id}"

DETAILS = Endpoint(
    "v4-list-details",
    "GET",
    _LIST,
    "v4.lists",
    "details",
    V4ListDetails,
    query=("language", "page", "sort_by"),
    paged=True,
    token="user_or_client",
)
CREATE = Endpoint(
    "v4-list-create",
    "POST",
    "/4/list",
    "v4.lists",
    "create",
    V4ListCreated,
    has_body=True,
    token="user",
)
UPDATE = Endpoint(
    "v4-list-update", "PUT", _LIST, "v4.lists", "update", V4Status, has_body=True, token="user"
)
DELETE = Endpoint("v4-list-delete", "DELETE", _LIST, "v4.lists", "delete", V4Status, token="user")
# A GET that removes every item: never resent, never cached.
CLEAR = Endpoint(
    "v4-list-clear",
    "GET",
    _LIST + "/clear",
    "v4.lists",
    "clear",
    ListCleared,
    token="user",
    retry=False,
)
ADD_ITEMS = Endpoint(
    "v4-list-add-items",
    "POST",
    _LIST + "/items",
    "v4.lists",
    "add_items",
    ItemsResult,
    has_body=True,
    token="user",
)
UPDATE_ITEMS = Endpoint(
    "v4-list-update-items",
    "PUT",
    _LIST + "/items",
    "v4.lists",
    "update_items",
    ItemsResult,
    has_body=True,
    token="user",
)
REMOVE_ITEMS = Endpoint(
    "v4-list-remove-items",
    "DELETE",
    _LIST + "/items",
    "v4.lists",
    "remove_items",
    ItemsResult,
    has_body=True,
    token="user",
)
ITEM_STATUS = Endpoint(
    "v4-list-item-status",
    "GET",
    _LIST + "/item_status",
    "v4.lists",
    "item_status",
    ItemStatus,
    query=("media_id", "media_type"),
    token="user_or_client",
    not_found_answers=True,
)

ENDPOINTS = (
    DETAILS,
    CREATE,
    UPDATE,
    DELETE,
    CLEAR,
    ADD_ITEMS,
    UPDATE_ITEMS,
    REMOVE_ITEMS,
    ITEM_STATUS,
)
