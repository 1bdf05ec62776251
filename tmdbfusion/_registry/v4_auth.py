"""Registry entries for TMDB v4's auth (``client.v4.auth``); paths as TMDB serves them
(see ``../shared/TMDB-V4.md``: the docs' dashed paths answer 404)."""

from __future__ import annotations

from .._checks import kinds as k
from .._endpoint import Endpoint
from ..models.v4 import AccessToken, V4RequestToken, V4Status
from ._params import Resource, body

RESOURCE = Resource(
    "v4.auth",
    "V4Auth",
    doc="""``client.v4.auth``: a user's v4 access token, from request to logout.

1. ``token = await client.v4.auth.create_request_token()`` (with the app's read
   access token; valid 15 minutes);
2. send the user to ``client.v4.auth.approval_url(token.request_token)``;
3. ``access = await client.v4.auth.create_access_token(request_token=...)`` gives
   ``access.access_token`` (the user's token, until logout) and ``access.account_id``
   (the account object id the account calls take);
4. ``await client.v4.auth.delete_access_token(access_token=...)`` logs out.

``client.authentication.create_session_from_v4_token(access_token=...)`` turns the
user's token into a v3 session.""",
    base="AsyncV4AuthBase",
)

CREATE_REQUEST_TOKEN = Endpoint(
    "v4-auth-create-request-token",
    "POST",
    "/4/auth/request_token",
    "v4.auth",
    "create_request_token",
    V4RequestToken,
    token="app",
    params=(body("redirect_to", k.TEXT),),
    doc="""A request token for the user to approve at ``approval_url(token)``; TMDB
sends the user on to ``redirect_to`` (a URL or an app's callback) afterwards.""",
)
CREATE_ACCESS_TOKEN = Endpoint(
    "v4-auth-create-access-token",
    "POST",
    "/4/auth/access_token",
    "v4.auth",
    "create_access_token",
    AccessToken,
    token="app",
    params=(body("request_token", k.SECRET, required=True),),
    doc="""The user's access token and account object id, for a request token the user
approved. An unapproved token is refused (``UnprocessableEntityError`` or
``AuthenticationError``).""",
)
DELETE_ACCESS_TOKEN = Endpoint(
    "v4-auth-logout",
    "DELETE",
    "/4/auth/access_token",
    "v4.auth",
    "delete_access_token",
    V4Status,
    token="app",
    params=(body("access_token", k.SECRET, required=True),),
    doc="Log the user out: their access token stops working.",
)
