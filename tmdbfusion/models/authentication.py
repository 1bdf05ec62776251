"""Authentication payloads: request tokens and sessions.

``expires_at`` stays TMDB's string (``"2016-08-26 17:04:39 UTC"``): it is not ISO 8601.
"""

from __future__ import annotations

from ._base import LeafModel


class RequestToken(LeafModel):
    """A request token: approved by the user (or by login), it buys a session."""

    success: bool | None = None
    request_token: str | None = None
    expires_at: str | None = None


class Session(LeafModel):
    """A user session: pass ``session_id`` to account and list calls."""

    success: bool | None = None
    session_id: str | None = None


class GuestSession(LeafModel):
    """A guest session: it can only rate, and expires unless used."""

    success: bool | None = None
    guest_session_id: str | None = None
    expires_at: str | None = None
