"""Refuse bad arguments before anything is sent, saying what is allowed instead.

Path parameters are checked by name (``path_segment``). Every query parameter has a kind
in ``QUERY_KINDS``, and ``build_query`` checks each value against it, so nothing reaches
TMDB that the operation's signature does not promise to take.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import quote

from ._argument_checks import (
    check_choice,
    check_credential,
    check_date,
    describe,
    shown,
)
from ._endpoint import Endpoint
from .models.account import SortByCreatedAt
from .models.discover import MovieSortBy, TVSortBy
from .models.find import ExternalSource
from .models.v4 import V4ListSortBy, V4MediaType

MAX_PAGE = 500
MAX_APPEND = 20
# TMDB's ids and integer parameters are int32: anything from here up cannot be one.
INT32_LIMIT = 2**31
# Years are four digits in TMDB's dates.
MAX_YEAR = 9999

# Path parameters that are strings in TMDB's URLs; every other ``*_id`` is a positive int.
STRING_IDS = frozenset(
    {
        "external_id",
        "credit_id",
        "review_id",
        "guest_session_id",
        "tv_episode_group_id",
        # v4's opaque account object id, e.g. "5d339fb42f8d097bccd118c7".
        "account_object_id",
    }
)
# A guest session id in the path is a credential: errors must not quote it.
SECRET_STRING_IDS = frozenset({"guest_session_id"})
# v3 list ids were 24-character hex strings before they became ints; both still exist.
INT_OR_STRING_IDS = frozenset({"list_id"})
NUMBERS = frozenset({"season_number", "episode_number"})
TIME_WINDOWS = ("day", "week")
# "." and ".." are not ids: URL normalisation would turn them into another path.
_DOT_SEGMENTS = frozenset({".", ".."})

_ID = f"a positive int below 2**31 ({INT32_LIMIT - 1} at most)"
_COUNT = f"an int from 0 to {INT32_LIMIT - 1}"


def _check_int32(name: str, value: object, *, low: int, allowed: str) -> int:
    """An int (never a bool) from ``low`` to below 2**31; ``allowed`` words the rule."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
    if not low <= value < INT32_LIMIT:
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return value


def check_id(name: str, value: object) -> int:
    """A TMDB id: a positive int32."""
    return _check_int32(name, value, low=1, allowed=_ID)


def check_number(name: str, value: object) -> int:
    """A season or episode number: 0 (specials) or more, below 2**31."""
    return _check_int32(name, value, low=0, allowed=_COUNT)


def check_string_id(name: str, value: object) -> str:
    # A secret id is never quoted back: the value is the caller's credential.
    secret = name in SECRET_STRING_IDS
    if not isinstance(value, str):
        shown_type = type(value).__name__ if secret else describe(value)
        raise TypeError(f"{name} must be a non-empty str, not {shown_type}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    quoted = "" if secret else f", got {shown(value)}"
    if "/" in value:
        raise ValueError(f"{name} must not contain '/'{quoted}")
    if value in _DOT_SEGMENTS:
        raise ValueError(f"{name} must not be '.' or '..'{quoted}")
    return value


def _check_time_window(value: object) -> str:
    # ValueError for any other value, str or not, as before: callers already catch it.
    if not isinstance(value, str) or value not in TIME_WINDOWS:
        raise ValueError(f"time_window must be one of {TIME_WINDOWS}, got {describe(value)}")
    return value


def path_segment(name: str, value: object) -> str:
    """Check one path parameter and return it ready to put in the URL."""
    if name in NUMBERS:
        return str(check_number(name, value))
    if name == "time_window":
        return _check_time_window(value)
    if name in INT_OR_STRING_IDS:
        if isinstance(value, str):
            return quote(check_string_id(name, value), safe="")
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be {_ID} or a str id, not {describe(value)}")
        return str(check_id(name, value))
    if name in STRING_IDS:
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
        raise ValueError(f"page must be from 1 to {MAX_PAGE} (TMDB's limit), got {shown(value)}")
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
        parts: list[object] = [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        raise TypeError(
            f"append_to_response must be a str or a list or tuple of str, not {describe(value)}"
        )
    if not allowed:
        raise ValueError(f"{label} does not take append_to_response")
    if len(parts) > MAX_APPEND:
        raise ValueError(f"append_to_response takes at most {MAX_APPEND} parts, got {len(parts)}")
    unique: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise TypeError(f"append_to_response items must be str, got {describe(part)}")
        if part not in allowed:
            raise ValueError(
                f"unknown append_to_response part {shown(part)} for {label}; "
                f"allowed: {', '.join(sorted(allowed))}"
            )
        if part not in unique:
            unique.append(part)
    return ",".join(unique)


def check_text(name: str, value: object) -> str:
    """A str that means something only when it is not blank (a language, a region, ...)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a non-blank str, not {describe(value)}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-blank str, got {shown(value)}")
    return value


@dataclass(frozen=True, slots=True)
class QueryKind:
    """What one query parameter takes.

    ``check`` gets the Python argument name (for messages), the value and the operation,
    and returns the value as sent, ``None`` for "send nothing", or raises: ``TypeError``
    for a value of the wrong type, ``ValueError`` for a bad value of the right type.
    """

    allowed: str
    check: Callable[[str, object, Endpoint[Any]], str | None]


def _int_kind(low: int, high: int) -> QueryKind:
    allowed = f"an int from {low} to {high}"

    def check(name: str, value: object, endpoint: Endpoint[Any]) -> str:
        if _check_int32(name, value, low=low, allowed=allowed) > high:
            raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
        return str(value)

    return QueryKind(allowed, check)


_YEAR_DIGITS = re.compile(r"\d{1,4}", re.ASCII)


def _check_year_or_digits(name: str, value: object, endpoint: Endpoint[Any]) -> str:
    allowed = YEAR_OR_DIGITS.allowed
    if isinstance(value, str):
        if not _YEAR_DIGITS.fullmatch(value) or int(value) < 1:
            raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
        return str(int(value))
    if _check_int32(name, value, low=1, allowed=allowed) > MAX_YEAR:
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return str(value)


def _check_number(name: str, value: object, endpoint: Endpoint[Any]) -> str:
    allowed = NUMBER.allowed
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
    # The range test comes first: math.isfinite() overflows on an int past float's range.
    if not (0 <= value < INT32_LIMIT and math.isfinite(value)):
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return str(value)


def _check_bool(name: str, value: object, endpoint: Endpoint[Any]) -> str:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {describe(value)}")
    return "true" if value else "false"


def _check_text_list(name: str, value: object, endpoint: Endpoint[Any]) -> str:
    if isinstance(value, str):
        return check_text(name, value)
    if not isinstance(value, list | tuple):
        raise TypeError(f"{name} must be {TEXT_LIST.allowed}, not {describe(value)}")
    if not value:
        raise ValueError(f"{name} must not be an empty list: pass None to send nothing")
    return ",".join(check_text(f"{name}[{i}]", item) for i, item in enumerate(value))


def _id_list_kind(low: int, item: str) -> QueryKind:
    """TMDB's id filters: ``28`` or ``[28, 12]`` (all must match, sent as ``28,12``), or
    its own syntax as a str, ``"28,12"`` (all) or ``"28|12"`` (any)."""
    allowed = (
        f"{item}, a list or tuple of them (all must match), "
        "or a str of them joined by ',' (all) or '|' (any)"
    )
    # One separator per filter: TMDB gives "1,2|3" no documented meaning.
    joined = re.compile(r"\d{1,10}(?:,\d{1,10})*|\d{1,10}(?:\|\d{1,10})*", re.ASCII)

    def check(name: str, value: object, endpoint: Endpoint[Any]) -> str:
        if isinstance(value, str):
            if not joined.fullmatch(value) or any(
                not low <= int(part) < INT32_LIMIT for part in re.split(r"[,|]", value)
            ):
                raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
            return value
        if isinstance(value, list | tuple):
            if not value:
                raise ValueError(f"{name} must not be an empty list: pass None to send nothing")
            return ",".join(
                str(_check_int32(f"{name}[{index}]", one, low=low, allowed=item))
                for index, one in enumerate(value)
            )
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
        return str(_check_int32(name, value, low=low, allowed=allowed))

    return QueryKind(allowed, check)


def _choice_kind(*choices: tuple[str, ...]) -> QueryKind:
    options = tuple(dict.fromkeys(option for group in choices for option in group))

    def check(name: str, value: object, endpoint: Endpoint[Any]) -> str | None:
        return check_choice(name, value, options)

    return QueryKind(f"one of {', '.join(options)}", check)


def _plain(allowed: str, check: Callable[[str, object], object]) -> QueryKind:
    """A kind from a check that needs no operation and returns the value to send."""

    def check_value(name: str, value: object, endpoint: Endpoint[Any]) -> str:
        return str(check(name, value))

    return QueryKind(allowed, check_value)


def _check_append_parts(name: str, value: object, endpoint: Endpoint[Any]) -> str | None:
    # An empty list asks for no extra part: nothing to send.
    return check_append(value, endpoint.appendable, endpoint.label) or None


PAGE = _plain(f"an int from 1 to {MAX_PAGE}", lambda name, value: check_page(value))
SEARCH_TEXT = _plain("a non-blank str", lambda name, value: check_query_text(value))
APPEND_PARTS = QueryKind("a str or a list or tuple of the operation's parts", _check_append_parts)
# Session ids act as the user's password: check_credential never quotes the value.
SECRET = _plain("a non-empty str (never quoted back)", check_credential)
TEXT = _plain("a non-blank str", check_text)
TEXT_LIST = QueryKind("a non-blank str or a list or tuple of them", _check_text_list)
BOOL = QueryKind("True or False", _check_bool)
DATE = _plain("a datetime.date or a 'YYYY-MM-DD' str", check_date)
ID = _plain(_ID, check_id)
COUNT = _int_kind(0, INT32_LIMIT - 1)
YEAR = _int_kind(1, MAX_YEAR)
YEAR_OR_DIGITS = QueryKind(
    f"a year from 1 to {MAX_YEAR}, as an int or a str of digits", _check_year_or_digits
)
NUMBER = QueryKind("a finite int or float from 0 to below 2**31 (not a bool)", _check_number)
IDS = _id_list_kind(1, _ID)
# Status, type and release-type codes start at 0 (e.g. with_status=0: returning series).
CODES = _id_list_kind(0, _COUNT)

# Every query parameter any operation declares, by TMDB's name, with what it takes. The
# kinds follow the resource methods' annotations (the contract users see) and the spec.
# Where operations annotate one name differently, the entry is the union they share and
# the operation's own check narrows it (sort_by: each operation checks its own choices;
# discover: _discover_checks bounds years, scores and counts), unless the types differ:
# then an entry keyed by (operation_id, name) wins over the plain name. search.movie takes
# its years as ``str | int`` (TMDB's spec says string there), every other year is an int.
QUERY_KINDS: Mapping[str | tuple[str, str], QueryKind] = {
    "page": PAGE,
    "query": SEARCH_TEXT,
    "append_to_response": APPEND_PARTS,
    "session_id": SECRET,
    "guest_session_id": SECRET,
    "language": TEXT,
    "region": TEXT,
    "watch_region": TEXT,
    "country": TEXT,
    "timezone": TEXT,
    "certification": TEXT,
    "certification.gte": TEXT,
    "certification.lte": TEXT,
    "certification_country": TEXT,
    "with_origin_country": TEXT,
    "with_original_language": TEXT,
    "include_image_language": TEXT_LIST,
    "include_video_language": TEXT_LIST,
    "with_watch_monetization_types": TEXT_LIST,
    "include_adult": BOOL,
    "include_video": BOOL,
    "include_null_first_air_dates": BOOL,
    "screened_theatrically": BOOL,
    "confirm": BOOL,
    "start_date": DATE,
    "end_date": DATE,
    "air_date.gte": DATE,
    "air_date.lte": DATE,
    "first_air_date.gte": DATE,
    "first_air_date.lte": DATE,
    "primary_release_date.gte": DATE,
    "primary_release_date.lte": DATE,
    "release_date.gte": DATE,
    "release_date.lte": DATE,
    "year": YEAR,
    "primary_release_year": YEAR,
    "first_air_date_year": YEAR,
    ("search-movie", "year"): YEAR_OR_DIGITS,
    ("search-movie", "primary_release_year"): YEAR_OR_DIGITS,
    "with_runtime.gte": COUNT,
    "with_runtime.lte": COUNT,
    "vote_average.gte": NUMBER,
    "vote_average.lte": NUMBER,
    "vote_count.gte": NUMBER,
    "vote_count.lte": NUMBER,
    "movie_id": ID,
    "with_cast": IDS,
    "with_companies": IDS,
    "with_crew": IDS,
    "with_genres": IDS,
    "with_keywords": IDS,
    "with_networks": IDS,
    "with_people": IDS,
    "with_watch_providers": IDS,
    "without_companies": IDS,
    "without_genres": IDS,
    "without_keywords": IDS,
    "without_watch_providers": IDS,
    "with_release_type": CODES,
    "with_status": CODES,
    "with_type": CODES,
    "sort_by": _choice_kind(
        get_args(MovieSortBy),
        get_args(TVSortBy),
        get_args(SortByCreatedAt),
        get_args(V4ListSortBy),
    ),
    "media_id": ID,
    "media_type": _choice_kind(get_args(V4MediaType)),
    "external_source": _choice_kind(get_args(ExternalSource)),
}


def query_kind(endpoint: Endpoint[Any], name: str) -> QueryKind:
    """The kind of one of ``endpoint``'s query parameters (by TMDB's name)."""
    kind = QUERY_KINDS.get((endpoint.operation_id, name)) or QUERY_KINDS.get(name)
    if kind is None:
        raise LookupError(f"no query kind for {name!r} of {endpoint.label}")
    return kind


def build_query(endpoint: Endpoint[Any], params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Check every parameter against its kind and serialize it; ``None`` means "not sent"."""
    query: list[tuple[str, str]] = []
    for name, value in params.items():
        if name not in endpoint.query:
            raise TypeError(f"{endpoint.label} takes no query parameter {name!r}")
        if value is None:
            continue
        sent = query_kind(endpoint, name).check(name.replace(".", "_"), value, endpoint)
        if sent is not None:
            query.append((name, sent))
    return query


_SCALARS = "a str, int, float, bool, date or datetime"


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
    """One query value for ``client.request``, which knows no operation to check against:
    only plain values go (bytes, mappings, sets, NaN and nested lists never do)."""
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
