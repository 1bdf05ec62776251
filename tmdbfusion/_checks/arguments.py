"""``check_arguments``: one call's arguments against its operation's declaration.

Each parameter is checked by the kind its declaration names (no dispatch by name), then
the operation's rules run over the checked values. What comes back is split into what
the URL path, the query and the JSON body carry, by TMDB's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._endpoint import Endpoint


@dataclass(frozen=True, slots=True)
class CheckedCall:
    path: dict[str, object]
    query: list[tuple[str, object]]
    body: dict[str, object] | None


def check_path_arguments(
    endpoint: Endpoint[Any], path_args: tuple[object, ...]
) -> dict[str, object]:
    """The path parameters, in order, checked."""
    declared = endpoint.path_declared
    if len(path_args) != len(declared):
        raise TypeError(
            f"{endpoint.label} takes {len(declared)} path parameters, got {len(path_args)}"
        )
    path: dict[str, object] = {}
    for param, value in zip(declared, path_args, strict=False):  # lengths checked above
        path[param.name] = param.kind.check(param.name, value, endpoint)
    return path


def check_arguments(
    endpoint: Endpoint[Any],
    path_args: tuple[object, ...] = (),
    arguments: Mapping[str, object] | None = None,
) -> CheckedCall:
    """Refuse what the declaration does not allow; ``None`` means "not sent"."""
    # Every call of every operation goes through here: it loops over the declaration
    # once and builds the rules' view of the values only for operations that have rules.
    path = check_path_arguments(endpoint, path_args)
    given: Mapping[str, object] = arguments or {}
    if not endpoint.names.issuperset(given):
        unknown = sorted(set(given) - endpoint.names)[0]
        raise TypeError(f"{endpoint.label} takes no parameter {unknown!r}")
    values: dict[str, object] | None = dict(path) if endpoint.rules else None
    query: list[tuple[str, object]] = []
    body: dict[str, object] | None = {} if endpoint.has_body else None
    for param in endpoint.other_declared:
        value = given.get(param.name)
        if value is None:
            if param.required:
                raise TypeError(f"{endpoint.qualname} needs {param.name}: {param.kind.allowed}")
            if values is not None:
                values[param.name] = None
            continue
        checked = param.kind.check(param.name, value, endpoint)
        if values is not None:
            values[param.name] = checked
        if checked is None:
            continue
        if param.where == "query":
            query.append((param.sent_as, checked))
        elif body is not None:
            body[param.sent_as] = checked
    if values is not None:
        for rule in endpoint.rules:
            rule.check(endpoint, values)
    return CheckedCall(path, query, body)
