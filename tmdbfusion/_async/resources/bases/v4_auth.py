"""``client.v4.auth.approval_url``: where the user approves a request token."""

from __future__ import annotations

from urllib.parse import urlencode

from ...._checks.values import check_credential
from ...._typing import ModeT
from .._resource import AsyncResource

APPROVAL_URL = "https://www.themoviedb.org/auth/access"


class AsyncV4AuthBase(AsyncResource[ModeT]):
    def approval_url(self, request_token: str) -> str:
        """Where the user approves ``request_token`` (sends no request)."""
        token = check_credential("request_token", request_token)
        return f"{APPROVAL_URL}?{urlencode({'request_token': token})}"
