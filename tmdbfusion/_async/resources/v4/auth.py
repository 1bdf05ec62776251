"""``client.v4.auth``: a user's v4 access token, from request to logout.

1. ``token = await client.v4.auth.create_request_token()`` (with the app's read
   access token; valid 15 minutes);
2. send the user to ``client.v4.auth.approval_url(token.request_token)``;
3. ``access = await client.v4.auth.create_access_token(request_token=...)`` gives
   ``access.access_token`` (the user's token, until logout) and ``access.account_id``
   (the account object id the account calls take);
4. ``await client.v4.auth.delete_access_token(access_token=...)`` logs out.

``client.authentication.create_session_from_v4_token(access_token=...)`` turns the
user's token into a v3 session.
"""

from __future__ import annotations

from urllib.parse import urlencode

from ...._argument_checks import check_credential
from ...._registry import v4_auth as ops
from ...._typing import AsyncOperation, ModeT
from ...._validation import check_text
from ....models.v4 import AccessToken, V4RequestToken, V4Status
from .._resource import AsyncResource

APPROVAL_URL = "https://www.themoviedb.org/auth/access"


class AsyncV4Auth(AsyncResource[ModeT]):
    @AsyncOperation
    async def create_request_token(self, *, redirect_to: str | None = None) -> V4RequestToken:
        """A request token for the user to approve at ``approval_url(token)``; TMDB
        sends the user on to ``redirect_to`` (a URL or an app's callback) afterwards."""
        body = (
            {} if redirect_to is None else {"redirect_to": check_text("redirect_to", redirect_to)}
        )
        return await self._call(ops.CREATE_REQUEST_TOKEN, (), None, body)

    @AsyncOperation
    async def create_access_token(self, *, request_token: str) -> AccessToken:
        """The user's access token and account object id, for a request token the user
        approved. An unapproved token is refused (``UnprocessableEntityError`` or
        ``AuthenticationError``)."""
        body = {"request_token": check_credential("request_token", request_token)}
        return await self._call(ops.CREATE_ACCESS_TOKEN, (), None, body)

    @AsyncOperation
    async def delete_access_token(self, *, access_token: str) -> V4Status:
        """Log the user out: their access token stops working."""
        body = {"access_token": check_credential("access_token", access_token)}
        return await self._call(ops.DELETE_ACCESS_TOKEN, (), None, body)

    def approval_url(self, request_token: str) -> str:
        """Where the user approves ``request_token`` (sends no request)."""
        token = check_credential("request_token", request_token)
        return f"{APPROVAL_URL}?{urlencode({'request_token': token})}"
