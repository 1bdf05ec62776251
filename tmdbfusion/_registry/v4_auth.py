"""Registry entries for TMDB v4's auth (``client.v4.auth``); paths as TMDB serves them
(see ``../shared/TMDB-V4.md``: the docs' dashed paths answer 404)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.v4 import AccessToken, V4RequestToken, V4Status

CREATE_REQUEST_TOKEN = Endpoint(
    "v4-auth-create-request-token",
    "POST",
    "/4/auth/request_token",
    "v4.auth",
    "create_request_token",
    V4RequestToken,
    has_body=True,
    token="app",
)
CREATE_ACCESS_TOKEN = Endpoint(
    "v4-auth-create-access-token",
    "POST",
    "/4/auth/access_token",
    "v4.auth",
    "create_access_token",
    AccessToken,
    has_body=True,
    token="app",
)
DELETE_ACCESS_TOKEN = Endpoint(
    "v4-auth-logout",
    "DELETE",
    "/4/auth/access_token",
    "v4.auth",
    "delete_access_token",
    V4Status,
    has_body=True,
    token="app",
)

ENDPOINTS = (CREATE_REQUEST_TOKEN, CREATE_ACCESS_TOKEN, DELETE_ACCESS_TOKEN)
