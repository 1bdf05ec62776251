"""The record that describes one TMDB operation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

_PATH_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True, eq=False)
class Endpoint(Generic[T]):
    """One TMDB v3 operation, as the spec names it, and where it lives on the clients.

    ``query`` lists the query parameters TMDB accepts (TMDB's names, dots included);
    ``appendable`` lists the ``append_to_response`` parts the operation takes;
    ``paged`` says whether it answers with ``page``/``results``/``total_pages``.
    """

    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    response_type: type[T]
    query: tuple[str, ...] = ()
    paged: bool = False
    appendable: frozenset[str] = frozenset()
    has_body: bool = False
    path_params: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_params", tuple(_PATH_PARAM.findall(self.path)))

    @property
    def label(self) -> str:
        """How errors name the operation: ``movies.details (GET /3/movie/{movie_id})``."""
        return f"{self.resource}.{self.name} ({self.method} {self.path})"

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r}, {self.method} {self.path} -> {self.label})"
