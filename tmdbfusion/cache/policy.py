"""``CachePolicy``: how long answers stay fresh, and what happens once they are not."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from .._checks.values import check_bool, check_number

_SECONDS = " of seconds"


def _known_names() -> frozenset[str]:
    from .._registry import ENDPOINTS

    resources = {endpoint.resource for endpoint in ENDPOINTS}
    operations = {endpoint.qualname for endpoint in ENDPOINTS}
    return frozenset(resources | operations)


@dataclasses.dataclass(frozen=True, slots=True)
class CachePolicy:
    """How the response cache treats TMDB's answers.

    - ``ttl``: seconds an answer stays fresh, by resource (``"trending"``) or by
      operation (``"movies.details"``; it wins over its resource). It replaces TMDB's
      ``max-age`` for those calls; ``0`` caches nothing fresh for them (they are still
      revalidated with their ETag).
    - ``max_ttl``: no answer stays fresh longer than this, whatever TMDB says.
    - ``default_ttl``: freshness for an answer that carries no ``max-age``.
    - ``negative_ttl``: when above 0, a 404 is cached for this long (TMDB's 404s carry
      no cache headers; other errors are never cached).
    - ``stale_if_error``: on an expired entry, when TMDB answers 5xx or 429 or cannot
      be reached, serve the stale entry at once instead of retrying and failing.
    - ``keep_stale``: how long an expired entry is kept, to revalidate it with
      ``If-None-Match`` (a 304 costs no body) and for ``stale_if_error``.
    """

    ttl: Mapping[str, float] = dataclasses.field(default_factory=dict)
    max_ttl: float = 86_400.0
    default_ttl: float = 0.0
    negative_ttl: float = 0.0
    stale_if_error: bool = False
    keep_stale: float = 86_400.0

    def __post_init__(self) -> None:
        if not isinstance(self.ttl, Mapping):
            raise TypeError(f"ttl must be a mapping of name to seconds, not {type(self.ttl)}")
        known = _known_names()
        checked: dict[str, float] = {}
        for name, seconds in self.ttl.items():
            if name not in known:
                raise ValueError(
                    f"ttl key {name!r} is neither a resource (e.g. 'trending', 'movies') "
                    "nor an operation (e.g. 'movies.details') of the client"
                )
            checked[name] = check_number(f"ttl[{name!r}]", seconds, unit=_SECONDS, zero=True)
        object.__setattr__(self, "ttl", MappingProxyType(checked))
        for field in ("max_ttl", "default_ttl", "negative_ttl", "keep_stale"):
            seconds = check_number(field, getattr(self, field), unit=_SECONDS, zero=True)
            object.__setattr__(self, field, seconds)
        check_bool("stale_if_error", self.stale_if_error)

    def fresh_for(self, operation: str | None, max_age: float | None) -> float:
        """Seconds an answer stays fresh: the override for its operation or resource,
        else TMDB's ``max-age``, else ``default_ttl``; never above ``max_ttl``."""
        seconds: float | None = None
        if operation is not None:
            seconds = self.ttl.get(operation)
            if seconds is None:
                seconds = self.ttl.get(operation.partition(".")[0])
        if seconds is None:
            seconds = max_age if max_age is not None else self.default_ttl
        return min(seconds, self.max_ttl)
