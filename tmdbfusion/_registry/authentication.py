"""Registry entries for TMDB's "Authentication" reference group (``client.authentication``)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.authentication import GuestSession, RequestToken, Session
from ..models.common import StatusResponse
from ._params import Resource, body

RESOURCE = Resource(
    "authentication",
    "Authentication",
    doc="""``client.authentication``: TMDB's "Authentication" reference group.

The v3 user flow: ``create_request_token()``, the user approves the token at
themoviedb.org (or ``create_session_with_login()`` validates it with a username and
password), then ``create_session(request_token=...)`` gives the ``session_id`` that
account and list calls take. ``delete_session()`` logs out.""",
)

VALIDATE_KEY = Endpoint(
    "authentication-validate-key",
    "GET",
    "/3/authentication",
    "authentication",
    "validate_key",
    StatusResponse,
    doc="Check that the client's API key or access token is accepted.",
)
CREATE_GUEST_SESSION = Endpoint(
    "authentication-create-guest-session",
    "GET",
    "/3/authentication/guest_session/new",
    "authentication",
    "create_guest_session",
    GuestSession,
    doc="A new guest session: it can rate, nothing else.",
)
CREATE_REQUEST_TOKEN = Endpoint(
    "authentication-create-request-token",
    "GET",
    "/3/authentication/token/new",
    "authentication",
    "create_request_token",
    RequestToken,
    doc="A new request token (valid 60 minutes) for the user to approve.",
)
CREATE_SESSION = Endpoint(
    "authentication-create-session",
    "POST",
    "/3/authentication/session/new",
    "authentication",
    "create_session",
    Session,
    params=(body("request_token", k.SECRET, required=True),),
    doc="Turn an approved request token into a user session.",
)
CREATE_SESSION_FROM_V4_TOKEN = Endpoint(
    "authentication-create-session-from-v4-token",
    "POST",
    "/3/authentication/session/convert/4",
    "authentication",
    "create_session_from_v4_token",
    Session,
    params=(body("access_token", k.SECRET, required=True),),
    doc="Turn a user-approved v4 access token into a v3 session.",
)
CREATE_SESSION_WITH_LOGIN = Endpoint(
    "authentication-create-session-from-login",
    "POST",
    "/3/authentication/token/validate_with_login",
    "authentication",
    "create_session_with_login",
    RequestToken,
    params=(
        body("username", k.SECRET, required=True),
        body("password", k.SECRET, required=True),
        body("request_token", k.SECRET, required=True),
    ),
    doc="""Approve a request token with the user's login, without a browser.

TMDB answers with the validated request token; pass it to ``create_session``.""",
)
DELETE_SESSION = Endpoint(
    "authentication-delete-session",
    "DELETE",
    "/3/authentication/session",
    "authentication",
    "delete_session",
    StatusResponse,
    params=(body("session_id", k.SECRET, required=True),),
    doc="Log a user session out.",
)
