"""The declaration of one TMDB operation: ``Endpoint`` and its ``Param``s.

Everything else about an operation is derived from this declaration: the resource
method (``build_resources.py`` writes it), the checks its arguments go through
(``tmdbfusion._checks.arguments``), the query and body sent, FakeTMDB's route and
``docs/reference/endpoints.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from ._checks.kinds import Kind
    from ._checks.rules import Rule

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of an operation.

    ``name`` is the Python name; ``wire`` TMDB's, where it differs
    (``vote_average_gte`` is sent as ``vote_average.gte``). ``where`` says where it
    goes: the URL path (positional in the method), the query or the JSON body
    (keyword-only). ``kind`` checks it (``tmdbfusion._checks.kinds``). ``annotation``
    is its type in the method's signature when not the kind's, written as source
    (``"MovieSortBy"``); ``default`` likewise (``"True"``). A ``required`` parameter
    refuses ``None``; it has no default unless one is declared.
    """

    name: str
    kind: Kind
    where: Literal["path", "query", "body"] = "query"
    wire: str = ""
    required: bool = False
    annotation: str = ""
    default: str = "None"
    # TMDB's name for it: ``wire``, else ``name``.
    sent_as: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sent_as", self.wire or self.name)

    @property
    def type_source(self) -> str:
        return self.annotation or self.kind.annotation


_PATH_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True, eq=False)
class Endpoint(Generic[T]):
    """One TMDB operation, as the spec names it, and where it lives on the clients.

    ``params`` are its parameters in the method's order (path ones first); ``rules``
    the checks over several of them; ``doc`` the method's docstring. ``implementation``
    names a hand-written method of the resource's base class that the generated one
    hands its arguments to, for the rare operation that is more than one request.
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
    params: tuple[Param, ...] = ()
    rules: tuple[Rule, ...] = ()
    doc: str = ""
    implementation: str = ""
    paged: bool = False
    appendable: frozenset[str] = frozenset()
    token: Literal["client", "app", "user", "user_or_client"] = "client"
    retry: bool = True
    not_found_answers: bool = False
    path_params: tuple[str, ...] = field(init=False)
    query: tuple[str, ...] = field(init=False)
    has_body: bool = field(init=False)
    # Where it lives on a client: "movies.details", "v4.lists.details"
    # (``operator.attrgetter(endpoint.qualname)(client)`` is the method).
    qualname: str = field(init=False)
    # How errors name the operation: "movies.details (GET /3/movie/{movie_id})".
    label: str = field(init=False)
    # For the argument checks, worked out once: the path parameters, the others, and
    # every parameter's name.
    path_declared: tuple[Param, ...] = field(init=False, repr=False)
    other_declared: tuple[Param, ...] = field(init=False, repr=False)
    names: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        path_params = tuple(_PATH_PARAM.findall(self.path))
        declared = tuple(p.name for p in self.params if p.where == "path")
        if declared != path_params:
            raise ValueError(
                f"{self.operation_id}: path parameters {declared} do not match {self.path}"
            )
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.operation_id}: a parameter is declared twice")
        object.__setattr__(self, "path_params", path_params)
        object.__setattr__(
            self, "query", tuple(p.sent_as for p in self.params if p.where == "query")
        )
        object.__setattr__(self, "has_body", any(p.where == "body" for p in self.params))
        object.__setattr__(self, "qualname", f"{self.resource}.{self.name}")
        object.__setattr__(self, "label", f"{self.qualname} ({self.method} {self.path})")
        object.__setattr__(
            self, "path_declared", tuple(p for p in self.params if p.where == "path")
        )
        object.__setattr__(
            self, "other_declared", tuple(p for p in self.params if p.where != "path")
        )
        object.__setattr__(self, "names", frozenset(names))

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r}, {self.method} {self.path} -> {self.label})"
