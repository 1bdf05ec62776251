"""Writing checked arguments into a URL: path segments quoted, query values as text.

The values come from ``tmdbfusion._checks``, already checked; nothing here refuses
anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from ._endpoint import Endpoint


def build_path(endpoint: Endpoint[Any], segments: Mapping[str, object]) -> str:
    """``endpoint.path`` with its parameters filled in, each quoted as one segment."""
    # Ids are ints mostly, and need no quoting (quote() is the slow part here).
    return endpoint.path.format(
        **{
            name: value if type(value) is int else quote(str(value), safe="")
            for name, value in segments.items()
        }
    )


def query_text(value: object) -> str:
    """One query value as TMDB reads it (``true``/``false`` for a bool)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def query_pairs(query: Iterable[tuple[str, object]]) -> list[tuple[str, str]]:
    return [(name, query_text(value)) for name, value in query]
