"""Checks of arguments (numbers, counts, ratings, sessions, dates, choices), shared by
both clients and their caches and rate limiters: each refuses bad input before
anything is sent, saying what is allowed."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection

# TMDB refuses longer change windows (error 20) and other date forms (error 23).
MAX_CHANGE_DAYS = 14
# ASCII only: ``\d`` alone would let other scripts' digits through to TMDB.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# Error messages quote the caller's value; a megabyte of it would bury the message.
_SHOWN_CHARS = 60


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


def check_number(name: str, value: object, *, unit: str = "", zero: bool = False) -> float:
    """A finite number above 0 (or from 0, with ``zero``); a bool is refused."""
    allowed = f"a finite number{unit} {'>= 0' if zero else '> 0'}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be {allowed}, not {describe(value)}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise ValueError(f"{name} must be {allowed}, got {shown(value)}")
    return float(value)


def check_count(name: str, value: object, *, minimum: int = 1) -> int:
    """An int of at least ``minimum``; a bool is refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int >= {minimum}, not {describe(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum}, got {shown(value)}")
    return value


def check_optional_count(name: str, value: object, *, minimum: int = 1) -> int | None:
    """None, or an int of at least ``minimum``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        error = ValueError if isinstance(value, int) and not isinstance(value, bool) else TypeError
        got = f"got {shown(value)}" if error is ValueError else f"not {describe(value)}"
        raise error(f"{name} must be an int >= {minimum} or None, {got}")
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


def check_rating(value: object) -> float:
    """A rating as TMDB takes it: 0.5 to 10.0 in steps of 0.5."""
    allowed = "a number from 0.5 to 10.0 in steps of 0.5"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"value must be {allowed}, not {describe(value)}")
    # min() keeps float() from overflowing on huge ints; they fail the range check anyway.
    rating = float(min(value, 11)) if isinstance(value, int) else value
    if not (math.isfinite(rating) and 0.5 <= rating <= 10.0 and (rating * 2).is_integer()):
        raise ValueError(f"value must be {allowed}, got {shown(value)}")
    return rating


def check_credential(name: str, value: object) -> str:
    """A token, session id or password: a non-empty str. The value never goes into the
    message, because it is a secret."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a non-empty str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty or blank: a non-empty str is required")
    return value


def check_optional_credential(name: str, value: object) -> str | None:
    """``None`` (not sent) or a non-empty str."""
    return None if value is None else check_credential(name, value)


def check_sessions(
    session_id: str | None, guest_session_id: str | None, *, required: bool, label: str
) -> None:
    """At most one of the two session ids (exactly one if ``required``), never blank."""
    given = {
        name: value
        for name, value in (("session_id", session_id), ("guest_session_id", guest_session_id))
        if value is not None
    }
    if required and not given:
        raise ValueError(
            f"{label} needs session_id (a user's session) or guest_session_id (a guest session)"
        )
    if len(given) > 1:
        raise ValueError(f"{label} takes session_id or guest_session_id, not both")
    for name, value in given.items():
        check_credential(name, value)


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


def check_change_range(start_date: object, end_date: object) -> tuple[str | None, str | None]:
    """A change-history window: both dates as ``YYYY-MM-DD``, refusing an end before the
    start or a window TMDB would reject (more than 14 days)."""
    start = check_date("start_date", start_date)
    end = check_date("end_date", end_date)
    if start is not None and end is not None:
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
        if days < 0:
            raise ValueError(f"end_date {end} is before start_date {start}")
        if days > MAX_CHANGE_DAYS:
            raise ValueError(
                f"start_date {start} to end_date {end} spans {days} days; "
                f"TMDB allows at most {MAX_CHANGE_DAYS}"
            )
    return start, end


# What ``client.changes.iter_ids`` walks, by the name its ``kind`` argument takes.
CHANGE_KINDS = ("movie", "tv", "person")


def check_change_kind(value: object) -> str:
    """One of ``CHANGE_KINDS``."""
    if value is None:
        raise ValueError(f"kind must be one of {', '.join(CHANGE_KINDS)}; got None")
    kind = check_choice("kind", value, CHANGE_KINDS)
    assert kind is not None
    return kind


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


def change_windows(since: object, until: object = None) -> list[tuple[dt.date, dt.date]]:
    """``since`` to ``until`` (``None``: today in UTC) as consecutive windows of at most
    ``MAX_CHANGE_DAYS`` days, as TMDB's change lists take them. Each window starts on
    the day the previous one ends, so no day falls between two windows whether TMDB
    counts ``end_date`` in or not (the ids of that day are deduplicated anyway)."""
    start = check_day("since", since)
    end = dt.datetime.now(dt.UTC).date() if until is None else check_day("until", until)
    if start > end:
        shown_end = "today (UTC)" if until is None else "until"
        raise ValueError(f"since {start} is after {shown_end} {end}")
    windows = []
    while True:
        stop = min(start + dt.timedelta(days=MAX_CHANGE_DAYS), end)
        windows.append((start, stop))
        if stop >= end:
            return windows
        start = stop
