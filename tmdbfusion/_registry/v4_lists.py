"""Registry entries for TMDB v4's lists (``client.v4.lists``), at the paths TMDB serves
(its spec has ``/4/{list_id}`` for update, delete and add-items: wrong)."""

from __future__ import annotations

from .._checks import kinds as k
from .._checks.rules import AtLeastOne
from .._endpoint import Endpoint
from ..models.v4 import (
    ItemsResult,
    ItemStatus,
    ListCleared,
    V4ListCreated,
    V4ListDetails,
    V4ListSortBy,
    V4MediaType,
    V4Status,
)
from ._params import LANGUAGE, PAGE, Resource, body, path, query

RESOURCE = Resource(
    "v4.lists",
    "V4Lists",
    doc="""``client.v4.lists``: TMDB v4 lists, with comments, sort orders and item status.

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
- ``public`` must be sent as 0/1 (TMDB ignores ``false``): pass a bool, it is sent so.""",
    base="AsyncV4ListsBase",
)

_LIST = "/4/list/{list_id}"

DETAILS = Endpoint(
    "v4-list-details",
    "GET",
    _LIST,
    "v4.lists",
    "details",
    V4ListDetails,
    paged=True,
    token="user_or_client",
    params=(
        path("list_id", k.ID),
        PAGE,
        LANGUAGE,
        query("sort_by", k.choice(V4ListSortBy)),
    ),
    doc="""A list with one page of its items and their comments (``comment_for``).
A private list needs its owner's token.""",
)
CREATE = Endpoint(
    "v4-list-create",
    "POST",
    "/4/list",
    "v4.lists",
    "create",
    V4ListCreated,
    token="user",
    params=(
        body("name", k.TEXT, required=True),
        body("iso_639_1", k.TEXT, required=True),
        body("description", k.ANY_TEXT),
        body("public", k.BINARY),
        body("iso_3166_1", k.TEXT),
        body("sort_by", k.choice(V4ListSortBy)),
    ),
    doc="A new list of the user's (public unless ``public=False``); its ``id``.",
)
UPDATE = Endpoint(
    "v4-list-update",
    "PUT",
    _LIST,
    "v4.lists",
    "update",
    V4Status,
    token="user",
    params=(
        path("list_id", k.ID),
        body("name", k.TEXT),
        body("description", k.ANY_TEXT),
        body("public", k.BINARY),
        body("sort_by", k.choice(V4ListSortBy)),
    ),
    rules=(AtLeastOne(("name", "description", "public", "sort_by")),),
    doc="Change a list's name, description, visibility or sort order (at least one).",
)
DELETE = Endpoint(
    "v4-list-delete",
    "DELETE",
    _LIST,
    "v4.lists",
    "delete",
    V4Status,
    token="user",
    params=(path("list_id", k.ID),),
    doc="Delete the list.",
)
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
    params=(path("list_id", k.ID),),
    doc="""Remove every item from the list (a GET on TMDB's side: sent once, never
retried or cached); ``items_deleted`` says how many went.""",
)
ADD_ITEMS = Endpoint(
    "v4-list-add-items",
    "POST",
    _LIST + "/items",
    "v4.lists",
    "add_items",
    ItemsResult,
    token="user",
    params=(
        path("list_id", k.ID),
        body("items", k.ITEMS, required=True),
    ),
    implementation="_add_items",
    doc="""Add movies and series: ``items=[ListItem(media_type="movie", media_id=550,
comment="...")]`` (or dicts of those keys). Each item's outcome is in the
answer's ``results``. TMDB drops comments on add, so items with one are sent
again through ``update_items`` to store it; an item whose comment failed to
store shows as failed.""",
)
UPDATE_ITEMS = Endpoint(
    "v4-list-update-items",
    "PUT",
    _LIST + "/items",
    "v4.lists",
    "update_items",
    ItemsResult,
    token="user",
    params=(
        path("list_id", k.ID),
        body("items", k.ITEMS_WITH_COMMENTS, required=True),
    ),
    doc="""Set the comments of items already on the list (the one way TMDB stores a
comment; ``comment=None`` is sent as an empty comment).""",
)
REMOVE_ITEMS = Endpoint(
    "v4-list-remove-items",
    "DELETE",
    _LIST + "/items",
    "v4.lists",
    "remove_items",
    ItemsResult,
    token="user",
    params=(
        path("list_id", k.ID),
        body("items", k.ITEMS_WITHOUT_COMMENTS, required=True),
    ),
    doc="Remove items; one that was not on the list comes back failed in ``results``.",
)
ITEM_STATUS = Endpoint(
    "v4-list-item-status",
    "GET",
    _LIST + "/item_status",
    "v4.lists",
    "item_status",
    ItemStatus,
    token="user_or_client",
    not_found_answers=True,
    params=(
        path("list_id", k.ID),
        query("media_id", k.ID, required=True),
        query("media_type", k.choice(V4MediaType), required=True),
    ),
    doc="""Whether an item is on the list: ``.on_list`` (TMDB's 404 for "not on the list"
is that answer, not an error; see ``ItemStatus``).""",
)
