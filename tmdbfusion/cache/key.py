"""Which requests may be cached, and the key they are cached under.

The key is the method, the base URL, the path and the sorted query with any
``api_key`` left out, so it never holds a credential and a shared Redis never sees
one. ``append_to_response`` parts are sorted, so ``credits,images`` and
``images,credits`` share an entry. Defaults the client adds (``language``,
``region``) are in the query by then, so clients with other defaults never share.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

# Answers that belong to one user: never stored, so a shared cache can never hand one
# user's account, ratings or lists to another.
_PRIVATE_PARAMS = frozenset({"session_id", "guest_session_id"})
_PRIVATE_RESOURCES = frozenset({"account", "authentication", "guest_session"})
_LEFT_OUT = frozenset({"api_key"})


def is_cacheable(method: str, path: str, query: Sequence[tuple[str, str]]) -> bool:
    """GETs of TMDB's public v3 data; nothing sent with a user's session."""
    if method != "GET" or not path.startswith("/3/"):
        return False
    if path[3:].partition("/")[0] in _PRIVATE_RESOURCES:
        return False
    return _PRIVATE_PARAMS.isdisjoint(name for name, _ in query)


def cache_key(base_url: str, method: str, path: str, query: Sequence[tuple[str, str]]) -> str:
    pairs = []
    for name, value in query:
        if name in _LEFT_OUT:
            continue
        if name == "append_to_response":
            value = ",".join(sorted(part.strip() for part in value.split(",") if part.strip()))
        pairs.append((name, value))
    pairs.sort()
    return f"{method} {base_url}{path}?{urlencode(pairs)}"
