"""Registry entries for TMDB's "Authentication" reference group (``client.authentication``)."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.authentication import GuestSession, RequestToken, Session
from ..models.common import StatusResponse

VALIDATE_KEY = Endpoint(
    "authentication-validate-key",
    "GET",
    "/3/authentication",
    "authentication",
    "validate_key",
    StatusResponse,
)
CREATE_GUEST_SESSION = Endpoint(
    "authentication-create-guest-session",
    "GET",
    "/3/authentication/guest_session/new",
    "authentication",
    "create_guest_session",
    GuestSession,
)
CREATE_REQUEST_TOKEN = Endpoint(
    "authentication-create-request-token",
    "GET",
    "/3/authentication/token/new",
    "authentication",
    "create_request_token",
    RequestToken,
)
CREATE_SESSION = Endpoint(
    "authentication-create-session",
    "POST",
    "/3/authentication/session/new",
    "authentication",
    "create_session",
    Session,
    has_body=True,
)
CREATE_SESSION_FROM_V4_TOKEN = Endpoint(
    "authentication-create-session-from-v4-token",
    "POST",
    "/3/authentication/session/convert/4",
    "authentication",
    "create_session_from_v4_token",
    Session,
    has_body=True,
)
CREATE_SESSION_WITH_LOGIN = Endpoint(
    "authentication-create-session-from-login",
    "POST",
    "/3/authentication/token/validate_with_login",
    "authentication",
    "create_session_with_login",
    RequestToken,
    has_body=True,
)
DELETE_SESSION = Endpoint(
    "authentication-delete-session",
    "DELETE",
    "/3/authentication/session",
    "authentication",
    "delete_session",
    StatusResponse,
    has_body=True,
)

ENDPOINTS = (
    VALIDATE_KEY,
    CREATE_GUEST_SESSION,
    CREATE_REQUEST_TOKEN,
    CREATE_SESSION,
    CREATE_SESSION_FROM_V4_TOKEN,
    CREATE_SESSION_WITH_LOGIN,
    DELETE_SESSION,
)
