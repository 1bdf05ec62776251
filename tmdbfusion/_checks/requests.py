"""The checks of ``client.request``, which calls any path and so has no declaration:
only a known method, a path without a query string, and plain query values go."""

from __future__ import annotations

import datetime as dt
import math

from .limits import INT32_LIMIT
from .values import describe, shown

METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_SCALARS = "a str, int, float, bool, date or datetime"


def check_method(method: object) -> str:
    verb = method.upper() if isinstance(method, str) else method
    if verb not in METHODS:
        raise ValueError(f"method must be one of {sorted(METHODS)}, got {method!r}")
    assert isinstance(verb, str)
    return verb


def check_path(path: object) -> str:
    if not isinstance(path, str) or not path.startswith("/") or "?" in path:
        raise ValueError(
            f"path must start with '/' and carry no query string (use params=), got {path!r}"
        )
    return path


def _format_scalar(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        if not -INT32_LIMIT <= value < INT32_LIMIT:
            raise ValueError(f"{name}: ints sent to TMDB must fit 32 bits, got {shown(value)}")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{name}: cannot send {value!r}; numbers must be finite")
        return str(value)
    if isinstance(value, dt.date):
        # A datetime keeps its time: only the caller knows what the path expects.
        return value.isoformat()
    raise TypeError(
        f"{name}: cannot send a {type(value).__name__} as a query parameter; "
        f"send {_SCALARS}, or a list or tuple of those"
    )


def format_value(name: str, value: object) -> str:
    """One query value for ``client.request``: only plain values go (bytes, mappings,
    sets, NaN and nested lists never do)."""
    if not isinstance(name, str):
        raise TypeError(f"query parameter names must be str, not {describe(name)}")
    if isinstance(value, list | tuple):
        items: list[str] = []
        for item in value:
            if isinstance(item, list | tuple):
                raise TypeError(f"{name}: a list item must be {_SCALARS}, not a nested list")
            items.append(_format_scalar(name, item))
        return ",".join(items)
    return _format_scalar(name, value)
