"""Checks over several parameters of one operation (``Endpoint.rules``), run after each
parameter passed its own kind. ``values`` maps Python names to the checked values
(``None``: not given)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .limits import MAX_CHANGE_DAYS
from .values import check_day, check_required_choice, shown

if TYPE_CHECKING:
    from .._endpoint import Endpoint


class Rule:
    """One rule over an operation's arguments."""

    __slots__ = ()

    def check(self, endpoint: Endpoint[Any], values: Mapping[str, object]) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        """The rule in words, for the endpoint reference."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Sessions(Rule):
    """At most one of ``session_id`` (a user's) and ``guest_session_id`` (a guest's);
    exactly one when ``required``."""

    required: bool

    def describe(self) -> str:
        which = "exactly one" if self.required else "at most one"
        return f"{which} of `session_id` and `guest_session_id`"

    def check(self, endpoint: Endpoint[Any], values: Mapping[str, object]) -> None:
        user, guest = values.get("session_id"), values.get("guest_session_id")
        if user and guest:
            raise ValueError(f"{endpoint.qualname} takes session_id or guest_session_id, not both")
        if self.required and not (user or guest):
            raise ValueError(
                f"{endpoint.qualname} needs session_id (a user's session) or "
                "guest_session_id (a guest session)"
            )


@dataclass(frozen=True, slots=True)
class ChangeWindow(Rule):
    """``start_date`` to ``end_date``: not backwards, at most ``MAX_CHANGE_DAYS`` days."""

    def describe(self) -> str:
        return f"`end_date` not before `start_date`, at most {MAX_CHANGE_DAYS} days after it"

    def check(self, endpoint: Endpoint[Any], values: Mapping[str, object]) -> None:
        start, end = values.get("start_date"), values.get("end_date")
        if not (isinstance(start, str) and isinstance(end, str)):
            return
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
        if days < 0:
            raise ValueError(f"end_date {end} is before start_date {start}")
        if days > MAX_CHANGE_DAYS:
            raise ValueError(
                f"start_date {start} to end_date {end} spans {days} days; "
                f"TMDB allows at most {MAX_CHANGE_DAYS}"
            )


@dataclass(frozen=True, slots=True)
class OrderedBounds(Rule):
    """Every ``x_gte`` at most its ``x_lte``: an inverted range can only match nothing,
    so say so instead (dates compare as ``YYYY-MM-DD`` strings by now)."""

    def describe(self) -> str:
        return "each `x_gte` at most its `x_lte`"

    def check(self, endpoint: Endpoint[Any], values: Mapping[str, object]) -> None:
        for name, low in values.items():
            if not name.endswith("_gte") or low is None or name.startswith("certification"):
                continue
            stem = name[:-4]
            high = values.get(f"{stem}_lte")
            numbers = isinstance(low, int | float) and isinstance(high, int | float)
            texts = isinstance(low, str) and isinstance(high, str)
            if (numbers or texts) and low > high:  # type: ignore[operator]
                raise ValueError(
                    f"{stem}_gte ({shown(low)}) is greater than {stem}_lte ({shown(high)})"
                )


@dataclass(frozen=True, slots=True)
class AtLeastOne(Rule):
    """An update that would change nothing is refused."""

    names: tuple[str, ...]

    def describe(self) -> str:
        return "at least one of " + ", ".join(f"`{name}`" for name in self.names)

    def check(self, endpoint: Endpoint[Any], values: Mapping[str, object]) -> None:
        if all(values.get(name) is None for name in self.names):
            raise ValueError(f"{endpoint.qualname} needs at least one of {', '.join(self.names)}")


# What ``client.changes.iter_ids`` walks, by the name its ``kind`` argument takes.
CHANGE_KINDS = ("movie", "tv", "person")


def check_change_kind(value: object) -> str:
    """One of ``CHANGE_KINDS``."""
    return check_required_choice("kind", value, CHANGE_KINDS)


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
