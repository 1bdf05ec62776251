"""What one declared parameter takes: ``Param.kind`` in the registry.

A ``Kind`` checks a value and returns what is sent: for the query, a str, an int or a
bool (``tmdbfusion._urls`` writes it); for a JSON body, the JSON value. ``None`` means
"send nothing". ``annotation`` is the type a parameter of this kind has in the
generated resource methods, unless the declaration gives its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, get_args

from ..models.discover import AnyOf
from .limits import INT32_LIMIT, MAX_APPEND, MAX_PAGE, MAX_YEAR
from .values import (
    COUNT_ALLOWED,
    ID_ALLOWED,
    PAGE_ALLOWED,
    check_bool,
    check_credential,
    check_date,
    check_id,
    check_int,
    check_rating,
    check_real,
    check_required_choice,
    check_str,
    check_string_id,
    check_text,
    describe,
    shown,
)

if TYPE_CHECKING:
    from .._endpoint import Endpoint

Check = Callable[[str, object, "Endpoint[Any]"], object]


@dataclass(frozen=True, slots=True)
class Kind:
    """``allowed`` words the rule (docs, messages); ``check(name, value, endpoint)``
    returns the value to send, ``None`` for nothing, or raises ``TypeError`` (wrong
    type) or ``ValueError`` (bad value of the right type)."""

    allowed: str
    annotation: str
    check: Check
    # A choice's Literal alias: the generator writes its name as the annotation.
    literal: object = None


def _plain(allowed: str, annotation: str, check: Callable[[str, object], object]) -> Kind:
    """A kind from a check that needs no operation."""
    return Kind(allowed, annotation, lambda name, value, endpoint: check(name, value))


def int_range(low: int, high: int, annotation: str = "int", allowed: str = "") -> Kind:
    allowed = allowed or f"an int from {low} to {high}"

    def check(name: str, value: object, endpoint: Endpoint[Any]) -> int:
        # The common case in one test; check_int words the refusal.
        if type(value) is int and low <= value <= high:
            return value
        return check_int(name, value, low=low, high=high, allowed=allowed)

    return Kind(allowed, annotation, check)


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def real_range(low: float, high: float | None) -> Kind:
    span = (
        f"from {_number_text(low)} to {_number_text(high)}"
        if high is not None
        else f">= {_number_text(low)}"
    )
    allowed = f"a finite number {span} (not a bool)"
    return _plain(
        allowed,
        "float",
        lambda name, value: check_real(name, value, low=low, high=high, allowed=allowed),
    )


def choice(literal: object, annotation: str = "") -> Kind:
    """One of a ``Literal``'s values (a models alias such as ``MovieSortBy``, whose name
    the generator finds, or a ``Literal`` written out in ``annotation``)."""
    allowed: tuple[str, ...] = get_args(literal)
    return Kind(
        f"one of {', '.join(allowed)}",
        annotation,
        lambda name, value, endpoint: check_required_choice(name, value, allowed),
        literal,
    )


def _check_append(name: str, value: object, endpoint: Endpoint[Any]) -> str | None:
    """``append_to_response`` as TMDB wants it: a comma-separated list of known parts;
    an empty list asks for nothing."""
    if isinstance(value, str):
        parts: list[object] = [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        raise TypeError(f"{name} must be a str or a list or tuple of str, not {describe(value)}")
    allowed = endpoint.appendable
    if not allowed:
        raise ValueError(f"{endpoint.label} does not take {name}")
    if len(parts) > MAX_APPEND:
        raise ValueError(f"{name} takes at most {MAX_APPEND} parts, got {len(parts)}")
    unique: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise TypeError(f"{name} items must be str, got {describe(part)}")
        if part not in allowed:
            raise ValueError(
                f"unknown {name} part {shown(part)} for {endpoint.label}; "
                f"allowed: {', '.join(sorted(allowed))}"
            )
        if part not in unique:
            unique.append(part)
    return ",".join(unique) or None


def _non_empty(name: str, value: list[object] | tuple[object, ...]) -> None:
    # An empty list would send an empty value, which asks TMDB for nothing meaningful.
    if not value:
        raise ValueError(f"{name} must not be an empty list: pass None to send nothing")


def _check_text_list(name: str, value: object) -> str:
    if isinstance(value, str):
        return check_text(name, value)
    if not isinstance(value, list | tuple):
        raise TypeError(f"{name} must be {TEXT_LIST.allowed}, not {describe(value)}")
    _non_empty(name, value)
    return ",".join(check_text(f"{name}[{i}]", item) for i, item in enumerate(value))


def _id_list(low: int, item: str) -> Kind:
    """TMDB's id filters: ``28`` or ``[28, 12]`` (all must match, sent as ``28,12``), or
    its own syntax as a str, ``"28,12"`` (all) or ``"28|12"`` (any)."""
    allowed = (
        f"{item}, a list or tuple of them (all must match), AnyOf(...) of them (any may "
        "match), or a str of them joined by ',' (all) or '|' (any)"
    )
    # One separator per filter: TMDB gives "1,2|3" no documented meaning.
    joined = re.compile(r"\d{1,10}(?:,\d{1,10})*|\d{1,10}(?:\|\d{1,10})*", re.ASCII)
    high = INT32_LIMIT - 1

    def check(name: str, value: object) -> str:
        if isinstance(value, str):
            if not joined.fullmatch(value) or any(
                not low <= int(part) <= high for part in re.split(r"[,|]", value)
            ):
                raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
            return value
        if isinstance(value, list | tuple | AnyOf):
            ids = value.ids if isinstance(value, AnyOf) else value
            _non_empty(name, ids)
            return ("|" if isinstance(value, AnyOf) else ",").join(
                str(check_int(f"{name}[{index}]", one, low=low, high=high, allowed=item))
                for index, one in enumerate(ids)
            )
        return str(check_int(name, value, low=low, high=high, allowed=allowed))

    return _plain(allowed, "Filter", check)


_YEAR_DIGITS = re.compile(r"\d{1,4}", re.ASCII)


def _check_year_or_digits(name: str, value: object) -> int:
    allowed = YEAR_OR_DIGITS.allowed
    if isinstance(value, str):
        if not _YEAR_DIGITS.fullmatch(value) or int(value) < 1:
            raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
        return int(value)
    return check_int(name, value, low=1, high=MAX_YEAR, allowed=allowed)


def _check_list_id(name: str, value: object) -> int | str:
    # v3 list ids were 24-character hex strings before they became ints; both still exist.
    if isinstance(value, str):
        return check_string_id(name, value)
    return check_int(name, value, low=1, high=INT32_LIMIT - 1, allowed=f"{ID_ALLOWED} or a str id")


def _check_confirm(name: str, value: object, endpoint: Endpoint[Any]) -> bool:
    # TMDB refuses a clear without confirm anyway (code 29); refusing here saves the call
    # and makes the destructive intent explicit at the call site.
    if value is not True:
        raise ValueError(
            f"{endpoint.qualname} removes every item from the list and cannot be undone: "
            f"pass {name}=True to do it"
        )
    return True


def _check_binary(name: str, value: object) -> int:
    # TMDB's v4 lists read `public` only as 0/1: {"public": false} is taken and ignored.
    return int(check_bool(name, value))


PAGE = int_range(1, MAX_PAGE, allowed=PAGE_ALLOWED)
APPEND = Kind(
    f"a str or a list or tuple of the operation's parts (at most {MAX_APPEND})",
    "Sequence[str]",
    _check_append,
)
# Session ids, tokens and passwords act as the user's password: never quoted back.
SECRET = _plain("a non-empty str (never quoted back)", "str", check_credential)


def _check_text(name: str, value: object, endpoint: Endpoint[Any]) -> str:
    # The common case in one test; check_text words the refusal.
    if type(value) is str and value and not value.isspace():
        return value
    return check_text(name, value)


TEXT = Kind("a non-blank str", "str", _check_text)
ANY_TEXT = _plain("a str", "str", check_str)
TEXT_LIST = _plain(
    "a non-blank str or a list or tuple of them", "str | Sequence[str]", _check_text_list
)
BOOL = _plain("True or False", "bool", check_bool)
BINARY = _plain("True or False (sent as 1 or 0)", "bool", _check_binary)
CONFIRM = Kind("True", "bool", _check_confirm)
DATE = _plain("a datetime.date or a 'YYYY-MM-DD' str", "str | dt.date", check_date)
ID = int_range(1, INT32_LIMIT - 1, allowed=ID_ALLOWED)
LIST_ID = _plain(f"{ID.allowed} or a str id", "int | str", _check_list_id)
STRING_ID = _plain("a non-empty str without '/'", "str", check_string_id)
SECRET_STRING_ID = _plain(
    "a non-empty str without '/' (never quoted back)",
    "str",
    lambda name, value: check_string_id(name, value, secret=True),
)
# Season and episode numbers (0: specials), runtimes.
COUNT = int_range(0, INT32_LIMIT - 1)
YEAR = int_range(1, MAX_YEAR)
YEAR_OR_DIGITS = _plain(
    f"a year from 1 to {MAX_YEAR}, as an int or a str of digits", "str | int", _check_year_or_digits
)
SCORE = real_range(0, 10)
VOTES = real_range(0, INT32_LIMIT - 1)
RATING = _plain("a number from 0.5 to 10.0 in steps of 0.5", "float", check_rating)
IDS = _id_list(1, ID_ALLOWED)
# Status, type and release-type codes start at 0 (e.g. with_status=0: returning series).
CODES = _id_list(0, COUNT_ALLOWED)


def _items(
    name: str, value: object, endpoint: Endpoint[Any], *, comments: str
) -> list[dict[str, object]]:
    """v4 list items as TMDB takes them: ``ListItem``s or dicts of ``media_type``,
    ``media_id`` and ``comment``. ``comments``: "keep" (sent where given), "fill" (sent
    for every item, "" for none: update_items) or "refuse" (remove_items)."""
    from ..models.v4 import ListItem, V4MediaType

    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of ListItem or dicts, not {describe(value)}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    media_types = get_args(V4MediaType)
    sent = []
    for index, item in enumerate(value):
        where = f"{name}[{index}]"
        if isinstance(item, Mapping):
            unknown = set(item) - {"media_type", "media_id", "comment"}
            if unknown:
                raise ValueError(
                    f"{where} has unknown keys {sorted(unknown)}; "
                    "allowed: media_type, media_id, comment"
                )
            media_type, media_id, comment = (
                item.get("media_type"),
                item.get("media_id"),
                item.get("comment"),
            )
        elif isinstance(item, ListItem):
            media_type, media_id, comment = item.media_type, item.media_id, item.comment
        else:
            raise TypeError(f"{where} must be a ListItem or a dict, not {describe(item)}")
        one: dict[str, object] = {
            "media_type": check_required_choice(f"{where}.media_type", media_type, media_types),
            "media_id": check_id(f"{where}.media_id", media_id),
        }
        if comment is not None:
            if comments == "refuse":
                raise ValueError(f"{where}.comment: {endpoint.qualname} takes no comments")
            one["comment"] = check_str(f"{where}.comment", comment)
        elif comments == "fill":
            one["comment"] = ""
        sent.append(one)
    return sent


def _items_kind(allowed: str, comments: str) -> Kind:
    return Kind(
        allowed,
        "Sequence[ListItem | Mapping[str, object]]",
        lambda name, value, endpoint: _items(name, value, endpoint, comments=comments),
    )


ITEMS = _items_kind("a list of ListItem or dicts (media_type, media_id, comment)", "keep")
ITEMS_WITH_COMMENTS = _items_kind(
    "a list of ListItem or dicts (media_type, media_id, comment: None is sent as '')", "fill"
)
ITEMS_WITHOUT_COMMENTS = _items_kind("a list of ListItem or dicts (media_type, media_id)", "refuse")
