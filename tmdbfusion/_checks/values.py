"""The primitive checks every other check is built from: an int in a range, a number in
a range, a choice, a date, a string, an id, a credential.

Each returns the value to use and refuses a bad one with ``TypeError`` (wrong type) or
``ValueError`` (right type, bad value), naming the argument and what it allows.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection

from .limits import INT32_LIMIT, MAX_PAGE, MAX_RATING, MIN_RATING

# ASCII only: ``\d`` alone would let other scripts' digits through to TMDB.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# Error messages quote the caller's value; a megabyte of it would bury the message.
_SHOWN_CHARS = 60
# "." and ".." are not ids: URL normalisation would turn them into another path.
_DOT_SEGMENTS = frozenset({".", ".."})

# How messages and the reference word the two int rules every id and number follows.
ID_ALLOWED = f"a positive int below 2**31 ({INT32_LIMIT - 1} at most)"
COUNT_ALLOWED = f"an int from 0 to {INT32_LIMIT - 1}"
PAGE_ALLOWED = f"an int from 1 to {MAX_PAGE} (TMDB's limit)"


def shown(value: object) -> str:
    """A bad value as an error message quotes it: its repr, cut short."""
    try:
        text = repr(value)
    except ValueError:
        # repr() of an int with more than 4300 digits raises (CPython's int_max_str_digits).
        text = f"<an int of {value.bit_length()} bits>" if isinstance(value, int) else "<?>"
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def describe(value: object) -> str:
    """A value of the wrong type as an error message names it: type, then repr."""
    return f"{type(value).__name__} {shown(value)}"


def check_int(name: str, value: object, *, low: int, high: int | None, allowed: str) -> int:
    """An int (never a bool) from ``low`` to ``high`` (``None``: no bound); ``allowed``
    words the rule for the message."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
    if value < low or (high is not None and value > high):
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return value


def check_real(
    name: str,
    value: object,
    *,
    low: float,
    high: float | None,
    allowed: str,
    above_low: bool = False,
) -> int | float:
    """A finite int or float (never a bool) from ``low`` (above it, with ``above_low``)
    to ``high`` (``None``: no bound)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
    # The range test comes first: math.isfinite() overflows on an int past float's range.
    too_low = value <= low if above_low else value < low
    if too_low or (high is not None and value > high) or not math.isfinite(value):
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return value


def check_id(name: str, value: object) -> int:
    """A TMDB id: a positive int32."""
    return check_int(name, value, low=1, high=INT32_LIMIT - 1, allowed=ID_ALLOWED)


def check_page(value: object, name: str = "page") -> int:
    """A page number TMDB serves: 1 to ``MAX_PAGE``."""
    return check_int(name, value, low=1, high=MAX_PAGE, allowed=PAGE_ALLOWED)


def check_number(name: str, value: object, *, unit: str = "", zero: bool = False) -> float:
    """A finite number above 0 (or from 0, with ``zero``): timeouts, rates, seconds."""
    allowed = f"a finite number{unit} {'>= 0' if zero else '> 0'}"
    return float(check_real(name, value, low=0, high=None, allowed=allowed, above_low=not zero))


def check_count(name: str, value: object, *, minimum: int = 1) -> int:
    """An int of at least ``minimum``."""
    return check_int(name, value, low=minimum, high=None, allowed=f"an int >= {minimum}")


def check_optional_count(name: str, value: object, *, minimum: int = 1) -> int | None:
    """None, or an int of at least ``minimum``."""
    if value is None:
        return None
    return check_int(name, value, low=minimum, high=None, allowed=f"an int >= {minimum} or None")


def check_rating(name: str, value: object) -> float:
    """A rating as TMDB takes it: 0.5 to 10.0 in steps of 0.5."""
    allowed = f"a number from {MIN_RATING} to {MAX_RATING} in steps of 0.5"
    rating = float(check_real(name, value, low=MIN_RATING, high=MAX_RATING, allowed=allowed))
    if not (rating * 2).is_integer():
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return rating


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {describe(value)}")
    return value


def check_choice(name: str, value: object, allowed: Collection[str]) -> str | None:
    """``None`` (not sent) or one of ``allowed``."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {', '.join(allowed)}; not {describe(value)}")
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}; got {shown(value)}")
    return value


def check_required_choice(name: str, value: object, allowed: Collection[str]) -> str:
    """One of ``allowed``; ``None`` is refused."""
    if value is None:
        raise TypeError(f"{name} is required: one of {', '.join(allowed)}")
    checked = check_choice(name, value, allowed)
    assert checked is not None
    return checked


def check_str(name: str, value: object) -> str:
    """Any str, blank included (a description may be empty)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {describe(value)}")
    return value


def check_text(name: str, value: object, *, secret: bool = False) -> str:
    """A str that means something only when it is not blank (a language, a query, ...).
    A ``secret`` one (a token, a session id, a password) is never quoted back."""
    if not isinstance(value, str):
        what = type(value).__name__ if secret else describe(value)
        raise TypeError(f"{name} must be a non-blank str, not {what}")
    if not value.strip():
        got = "" if secret else f", got {shown(value)}"
        raise ValueError(f"{name} must not be empty or blank{got}")
    return value


def check_credential(name: str, value: object) -> str:
    """A token, session id or password: a non-blank str, never quoted back."""
    return check_text(name, value, secret=True)


def check_string_id(name: str, value: object, *, secret: bool = False) -> str:
    """A string id that goes into a URL path: not blank, no '/', not a dot segment. A
    ``secret`` one (a guest session id) is never quoted back."""
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


def check_date(name: str, value: object) -> str | None:
    """``None``, a ``date`` or a ``"YYYY-MM-DD"`` string, as TMDB's ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a date or a 'YYYY-MM-DD' str, not {describe(value)}")
    if not _DATE.fullmatch(value):
        raise ValueError(f"{name} must be a date in the form YYYY-MM-DD, got {shown(value)}")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not a real date (YYYY-MM-DD): {shown(value)}") from None
    return value


def check_day(name: str, value: object) -> dt.date:
    """A ``date``, a ``datetime`` (an aware one taken in UTC, TMDB's time zone) or a
    ``"YYYY-MM-DD"`` string, as a date; ``None`` is refused."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.date()
    if value is None:
        raise TypeError(f"{name} must be a date, a datetime or a 'YYYY-MM-DD' str, not None")
    return dt.date.fromisoformat(check_date(name, value) or "")
