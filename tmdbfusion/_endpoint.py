"""The record that describes one TMDB operation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

_PATH_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True, eq=False)
class Endpoint(Generic[T]):
    """One TMDB v3 operation, as the spec names it, and where it lives on the clients.

    ``query`` lists the query parameters TMDB accepts (TMDB's names, dots included);
    ``appendable`` lists the ``append_to_response`` parts the operation takes;
    ``paged`` says whether it answers with ``page``/``results``/``total_pages``.
    ``token`` says which credential it is sent with: ``"client"`` the client's own
    (its API key or read access token), ``"app"`` the read access token only (v4
    auth), ``"user"`` a user's v4 access token, ``"user_or_client"`` the user's when
    the call has one, else the client's. ``retry`` False: never resent (a GET that
    changes state, v4's list clear), never cached. ``not_found_answers``: a 404 with
    TMDB's code 34 is this operation's answer, decoded, not a ``NotFoundError`` (v4's
    item status: "not on the list").
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
    token: Literal["client", "app", "user", "user_or_client"] = "client"
    retry: bool = True
    not_found_answers: bool = False
    path_params: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_params", tuple(_PATH_PARAM.findall(self.path)))

    @property
    def qualname(self) -> str:
        """Where it lives on a client: ``"movies.details"``, ``"v4.lists.details"``
        (``operator.attrgetter(endpoint.qualname)(client)`` is the method)."""
        return f"{self.resource}.{self.name}"

    @property
    def label(self) -> str:
        """How errors name the operation: ``movies.details (GET /3/movie/{movie_id})``."""
        return f"{self.resource}.{self.name} ({self.method} {self.path})"

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r}, {self.method} {self.path} -> {self.label})"
