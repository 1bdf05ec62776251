"""Which credential one operation is sent with (``Endpoint.token``), decided before
anything is sent; and v4's "not found" answers that are answers, not errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import msgspec

from ._settings import token_secret
from .models.v4 import NOT_FOUND_CODE

if TYPE_CHECKING:
    from ._endpoint import Endpoint
    from ._secret import Secret
    from ._settings import ClientSettings

NOT_FOUND_STATUS = 404
NOT_FOUND = frozenset({NOT_FOUND_STATUS})

FLOW = (
    "get one with the v4 auth flow: token = v4.auth.create_request_token(), send the "
    "user to v4.auth.approval_url(token.request_token), then v4.auth.create_access_token("
    "request_token=token.request_token) gives the user's access_token"
)


@dataclass(frozen=True, slots=True)
class CallAuth:
    """A call sent with ``token`` as its Bearer credential instead of the client's own
    (no API key either): a user's v4 access token."""

    token: Secret


def call_auth(
    endpoint: Endpoint[Any], settings: ClientSettings, user_access_token: str | None
) -> CallAuth | None:
    """The call's own credential, ``None`` for the client's; refuses a call that cannot
    be authorized, saying what it needs."""
    label = endpoint.qualname
    given = (
        None if user_access_token is None else token_secret("user_access_token", user_access_token)
    )
    if endpoint.token == "client":
        return None
    if endpoint.token == "app":
        if settings.access_token is None:
            raise ValueError(
                f"{label} needs the app's read access token (TMDB's 'API Read Access "
                "Token'): pass access_token= or set TMDB_ACCESS_TOKEN; TMDB's v4 auth "
                "refuses an API key"
            )
        return None
    token = given or settings.user_access_token
    if token is not None:
        return CallAuth(token)
    if endpoint.token == "user_or_client":
        return None
    raise ValueError(
        f"{label} needs a user's v4 access token: pass user_access_token=..., or bind one "
        f"with client.with_options(user_access_token=...); {FLOW}"
    )


class _Status(msgspec.Struct):
    status_code: int | None = None


def is_not_found_answer(content: bytes) -> bool:
    """Whether a 404's body is TMDB's own "not found" (code 34), which operations with
    ``not_found_answers`` decode as their answer."""
    try:
        return msgspec.json.decode(content, type=_Status).status_code == NOT_FOUND_CODE
    except (msgspec.DecodeError, msgspec.ValidationError):
        return False
