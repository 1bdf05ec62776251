"""``client.authentication``: TMDB's "Authentication" reference group.

The v3 user flow: ``create_request_token()``, the user approves the token at
themoviedb.org (or ``create_session_with_login()`` validates it with a username and
password), then ``create_session(request_token=...)`` gives the ``session_id`` that
account and list calls take. ``delete_session()`` logs out.
"""

from __future__ import annotations

from ..._argument_checks import check_credential
from ..._registry import authentication as ops
from ..._typing import AsyncOperation, ModeT
from ...models.authentication import GuestSession, RequestToken, Session
from ...models.common import StatusResponse
from ._resource import AsyncResource


class AsyncAuthentication(AsyncResource[ModeT]):
    @AsyncOperation
    async def validate_key(self) -> StatusResponse:
        """Check that the client's API key or access token is accepted."""
        return await self._call(ops.VALIDATE_KEY)

    @AsyncOperation
    async def create_request_token(self) -> RequestToken:
        """A new request token (valid 60 minutes) for the user to approve."""
        return await self._call(ops.CREATE_REQUEST_TOKEN)

    @AsyncOperation
    async def create_session(self, *, request_token: str) -> Session:
        """Turn an approved request token into a user session."""
        body = {"request_token": check_credential("request_token", request_token)}
        return await self._call(ops.CREATE_SESSION, (), None, body)

    @AsyncOperation
    async def create_session_with_login(
        self, *, username: str, password: str, request_token: str
    ) -> RequestToken:
        """Approve a request token with the user's login, without a browser.

        TMDB answers with the validated request token; pass it to ``create_session``.
        """
        body = {
            "username": check_credential("username", username),
            "password": check_credential("password", password),
            "request_token": check_credential("request_token", request_token),
        }
        return await self._call(ops.CREATE_SESSION_WITH_LOGIN, (), None, body)

    @AsyncOperation
    async def create_session_from_v4_token(self, *, access_token: str) -> Session:
        """Turn a user-approved v4 access token into a v3 session."""
        body = {"access_token": check_credential("access_token", access_token)}
        return await self._call(ops.CREATE_SESSION_FROM_V4_TOKEN, (), None, body)

    @AsyncOperation
    async def create_guest_session(self) -> GuestSession:
        """A new guest session: it can rate, nothing else."""
        return await self._call(ops.CREATE_GUEST_SESSION)

    @AsyncOperation
    async def delete_session(self, *, session_id: str) -> StatusResponse:
        """Log a user session out."""
        body = {"session_id": check_credential("session_id", session_id)}
        return await self._call(ops.DELETE_SESSION, (), None, body)
