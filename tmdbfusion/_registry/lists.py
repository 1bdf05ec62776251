"""Registry entries for TMDB's "Lists" reference group (``client.lists``)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.common import StatusResponse
from ..models.lists import ListCreated, ListDetails, ListItemStatus

DETAILS = Endpoint(
    "list-details",
    "GET",
    "/3/list/{list_id}",
    "lists",
    "details",
    ListDetails,
    query=("language", "page"),
    paged=True,
)
CREATE = Endpoint(
    "list-create",
    "POST",
    "/3/list",
    "lists",
    "create",
    ListCreated,
    query=("session_id",),
    has_body=True,
)
ADD_MOVIE = Endpoint(
    "list-add-movie",
    "POST",
    "/3/list/{list_id}/add_item",
    "lists",
    "add_movie",
    StatusResponse,
    query=("session_id",),
    has_body=True,
)
REMOVE_MOVIE = Endpoint(
    "list-remove-movie",
    "POST",
    "/3/list/{list_id}/remove_item",
    "lists",
    "remove_movie",
    StatusResponse,
    query=("session_id",),
    has_body=True,
)
ITEM_STATUS = Endpoint(
    "list-check-item-status",
    "GET",
    "/3/list/{list_id}/item_status",
    "lists",
    "item_status",
    ListItemStatus,
    query=("language", "movie_id"),
)
CLEAR = Endpoint(
    "list-clear",
    "POST",
    "/3/list/{list_id}/clear",
    "lists",
    "clear",
    StatusResponse,
    query=("session_id", "confirm"),
)
DELETE = Endpoint(
    "list-delete",
    "DELETE",
    "/3/list/{list_id}",
    "lists",
    "delete",
    StatusResponse,
    query=("session_id",),
)

ENDPOINTS = (DETAILS, CREATE, ADD_MOVIE, REMOVE_MOVIE, ITEM_STATUS, CLEAR, DELETE)
