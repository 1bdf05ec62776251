"""The checks a discover query goes through before it is sent (both clients)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from ._argument_checks import check_choice, check_date, describe, shown
from ._endpoint import Endpoint
from ._registry.discover import MOVIE, TV
from .models.discover import MovieSortBy, TVSortBy

_SORT_BY: dict[str, tuple[str, ...]] = {
    MOVIE.operation_id: get_args(MovieSortBy),
    TV.operation_id: get_args(TVSortBy),
}
_YEARS = frozenset({"primary_release_year", "year", "first_air_date_year"})
_VOTE_COUNTS = frozenset({"vote_count.gte", "vote_count.lte"})
_RUNTIMES = frozenset({"with_runtime.gte", "with_runtime.lte"})
_SCORES = frozenset({"vote_average.gte", "vote_average.lte"})


def check_discover_query(
    endpoint: Endpoint[Any], params: Mapping[str, object]
) -> dict[str, object]:
    """The discover query with dates normalised to ``YYYY-MM-DD``, or an error naming
    the bad argument (by its Python name) and what it accepts."""
    out = dict(params)
    for name, value in params.items():
        if value is None:
            continue
        arg = name.replace(".", "_")
        if name == "sort_by":
            check_choice("sort_by", value, _SORT_BY[endpoint.operation_id])
        elif name.endswith(("date.gte", "date.lte")):
            out[name] = check_date(arg, value)
        elif name in _YEARS:
            _check_number(arg, value, low=1, high=9999, integer=True)
        elif name in _VOTE_COUNTS:
            _check_number(arg, value, low=0, high=None, integer=False)
        elif name in _RUNTIMES:
            _check_number(arg, value, low=0, high=None, integer=True)
        elif name in _SCORES:
            _check_number(arg, value, low=0, high=10, integer=False)
    _check_bounds(out)
    return out


def _check_number(
    name: str, value: object, *, low: float, high: float | None, integer: bool
) -> None:
    kinds = (int,) if integer else (int, float)
    what = "an int" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise TypeError(f"{name} must be {what}, not {describe(value)}")
    if value < low or (high is not None and value > high):
        span = f"from {low:g} to {high:g}" if high is not None else f">= {low:g}"
        raise ValueError(f"{name} must be {span}, got {shown(value)}")


def _check_bounds(params: Mapping[str, object]) -> None:
    """A ``.gte`` above its ``.lte`` can only ever match nothing: say so instead."""
    for name, low in params.items():
        if not name.endswith(".gte") or low is None or name.startswith("certification"):
            continue
        high = params.get(name[:-4] + ".lte")
        inverted = False
        if isinstance(low, int | float) and isinstance(high, int | float):
            inverted = low > high
        elif isinstance(low, str) and isinstance(high, str):
            # Dates are normalised to YYYY-MM-DD by now, so they compare as strings.
            inverted = low > high
        if inverted:
            stem = name[:-4].replace(".", "_")
            raise ValueError(
                f"{stem}_gte ({shown(low)}) is greater than {stem}_lte ({shown(high)})"
            )
