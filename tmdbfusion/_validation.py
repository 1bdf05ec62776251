"""Refuse bad arguments before anything is sent, saying what is allowed instead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from ._endpoint import Endpoint

MAX_PAGE = 500
MAX_APPEND = 20

# Path parameters that are strings in TMDB's URLs; every other ``*_id`` is a positive int.
STRING_IDS = frozenset(
    {"external_id", "credit_id", "review_id", "guest_session_id", "tv_episode_group_id"}
)
# v3 list ids were 24-character hex strings before they became ints; both still exist.
INT_OR_STRING_IDS = frozenset({"list_id"})
NUMBERS = frozenset({"season_number", "episode_number"})
TIME_WINDOWS = ("day", "week")


def check_id(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a positive int, not {type(value).__name__} {value!r}")
    if value < 1:
        raise ValueError(f"{name} must be a positive int, got {value}")
    return value


def check_number(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int >= 0, not {type(value).__name__} {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return value


def check_string_id(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__} {value!r}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if "/" in value:
        raise ValueError(f"{name} must not contain '/', got {value!r}")
    return value


def path_segment(name: str, value: object) -> str:
    """Check one path parameter and return it ready to put in the URL."""
    if name in NUMBERS:
        return str(check_number(name, value))
    if name == "time_window":
        if value not in TIME_WINDOWS:
            raise ValueError(f"time_window must be one of {TIME_WINDOWS}, got {value!r}")
        return str(value)
    if name in STRING_IDS or (name in INT_OR_STRING_IDS and isinstance(value, str)):
        return quote(check_string_id(name, value), safe="")
    return str(check_id(name, value))


def build_path(endpoint: Endpoint[Any], args: tuple[object, ...]) -> str:
    names = endpoint.path_params
    if len(args) != len(names):
        raise TypeError(f"{endpoint.label} takes {len(names)} path parameters, got {len(args)}")
    values = {name: path_segment(name, value) for name, value in zip(names, args, strict=True)}
    return endpoint.path.format(**values)


def check_page(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"page must be an int from 1 to {MAX_PAGE}, not {type(value).__name__}")
    if not 1 <= value <= MAX_PAGE:
        raise ValueError(f"page must be from 1 to {MAX_PAGE} (TMDB's limit), got {value}")
    return value


def check_query_text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"query must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError("query must not be empty or blank")
    return value


def check_append(value: object, allowed: frozenset[str], label: str) -> str:
    """``append_to_response`` as TMDB wants it: a comma-separated list of known parts."""
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(value, Iterable):
        parts = list(value)
    else:
        raise TypeError(f"append_to_response must be a list of str, not {type(value).__name__}")
    if not allowed:
        raise ValueError(f"{label} does not take append_to_response")
    if len(parts) > MAX_APPEND:
        raise ValueError(f"append_to_response takes at most {MAX_APPEND} parts, got {len(parts)}")
    unique: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise TypeError(f"append_to_response items must be str, got {part!r}")
        if part not in allowed:
            raise ValueError(
                f"unknown append_to_response part {part!r} for {label}; "
                f"allowed: {', '.join(sorted(allowed))}"
            )
        if part not in unique:
            unique.append(part)
    return ",".join(unique)


def format_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Iterable):
        return ",".join(format_value(name, item) for item in value)
    raise TypeError(f"{name}: cannot send a {type(value).__name__} as a query parameter")


def build_query(endpoint: Endpoint[Any], params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Validate and serialize the query; ``None`` means "not sent"."""
    query: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None:
            continue
        if name == "page":
            value = check_page(value)
        elif name == "query":
            value = check_query_text(value)
        elif name == "append_to_response":
            appended = check_append(value, endpoint.appendable, endpoint.label)
            if not appended:
                continue
            value = appended
        query.append((name, format_value(name, value)))
    return query
