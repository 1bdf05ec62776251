"""Credentials that never show up in a repr, a log line, an exception or a traceback."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

REDACTED = "***"

# Query parameters and path segments that hold a credential: the API key, a user's or a
# guest's session (which act as passwords) and tokens.
SECRET_PARAMS = frozenset(
    {"api_key", "session_id", "guest_session_id", "access_token", "request_token"}
)
_SECRET_QUERY = re.compile(r"\b(" + "|".join(sorted(SECRET_PARAMS)) + r")=[^&\s'\"<>)]*")
_GUEST_SESSION_SEGMENT = re.compile(r"(/guest_session/)[^/?#\s'\"]+")
_GUEST_SESSION_SEGMENT_VALUE = re.compile(r"/guest_session/([^/?#]+)")
# user:password@ in any URL (a proxy's credentials).
_URL_USERINFO = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s'\"]+@")


def request_secrets(path: str, query: Iterable[tuple[str, str]]) -> list[str]:
    """The credentials one request carries besides the client's own: session ids in its
    query and a guest session id in its path."""
    found = [value for name, value in query if name in SECRET_PARAMS]
    found.extend(_GUEST_SESSION_SEGMENT_VALUE.findall(path))
    return found


class Secret:
    """Holds a credential; ``repr``/``str`` show ``***`` so locals dumps stay clean."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def redact(text: str, secrets: Iterable[Secret | str | None] = ()) -> str:
    """``text`` with every credential masked: the given ``secrets`` wherever they occur
    (percent-encoded too), and, by shape, secret query values, guest session ids in paths
    and URL passwords."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value:
            text = text.replace(value, REDACTED)
            encoded = quote(value, safe="")
            if encoded != value:
                text = text.replace(encoded, REDACTED)
    text = _SECRET_QUERY.sub(rf"\1={REDACTED}", text)
    text = _GUEST_SESSION_SEGMENT.sub(rf"\g<1>{REDACTED}", text)
    return _URL_USERINFO.sub(rf"\g<1>{REDACTED}@", text)
