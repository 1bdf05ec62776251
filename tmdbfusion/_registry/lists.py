"""Registry entries for TMDB's "Lists" reference group (``client.lists``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.common import StatusResponse
from ..models.lists import ListCreated, ListDetails, ListItemStatus
from ._params import LANGUAGE, PAGE, Resource, body, path, query

RESOURCE = Resource(
    "lists",
    "Lists",
    doc="""``client.lists``: TMDB's "Lists" reference group (v3 lists).

Every write needs a user ``session_id`` (``client.authentication.create_session``).""",
)

DETAILS = Endpoint(
    "list-details",
    "GET",
    "/3/list/{list_id}",
    "lists",
    "details",
    ListDetails,
    paged=True,
    params=(
        path("list_id", k.LIST_ID),
        LANGUAGE,
        PAGE,
    ),
    doc="A list and one page of its items (``.items``, also as ``.results``).",
)
CREATE = Endpoint(
    "list-create",
    "POST",
    "/3/list",
    "lists",
    "create",
    ListCreated,
    params=(
        body("name", k.TEXT, required=True),
        body("description", k.ANY_TEXT),
        body("language", k.TEXT),
        query("session_id", k.SECRET, required=True),
    ),
    doc="Create a list; the answer's ``list_id`` is the new list's id.",
)
ADD_MOVIE = Endpoint(
    "list-add-movie",
    "POST",
    "/3/list/{list_id}/add_item",
    "lists",
    "add_movie",
    StatusResponse,
    params=(
        path("list_id", k.LIST_ID),
        body("media_id", k.ID, required=True),
        query("session_id", k.SECRET, required=True),
    ),
    doc="Add a movie to a list.",
)
REMOVE_MOVIE = Endpoint(
    "list-remove-movie",
    "POST",
    "/3/list/{list_id}/remove_item",
    "lists",
    "remove_movie",
    StatusResponse,
    params=(
        path("list_id", k.LIST_ID),
        body("media_id", k.ID, required=True),
        query("session_id", k.SECRET, required=True),
    ),
    doc="Remove a movie from a list.",
)
ITEM_STATUS = Endpoint(
    "list-check-item-status",
    "GET",
    "/3/list/{list_id}/item_status",
    "lists",
    "item_status",
    ListItemStatus,
    params=(
        path("list_id", k.LIST_ID),
        query("movie_id", k.ID, required=True),
        LANGUAGE,
    ),
    doc="Whether a movie is on a list (``item_present``).",
)
CLEAR = Endpoint(
    "list-clear",
    "POST",
    "/3/list/{list_id}/clear",
    "lists",
    "clear",
    StatusResponse,
    params=(
        path("list_id", k.LIST_ID),
        query("session_id", k.SECRET, required=True),
        query("confirm", k.CONFIRM, required=True, default="False"),
    ),
    doc="""Remove every item from a list. It cannot be undone, so ``confirm=True`` is required.""",
)
DELETE = Endpoint(
    "list-delete",
    "DELETE",
    "/3/list/{list_id}",
    "lists",
    "delete",
    StatusResponse,
    params=(
        path("list_id", k.LIST_ID),
        query("session_id", k.SECRET, required=True),
    ),
    doc="Delete a list.",
)
