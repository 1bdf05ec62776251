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
    path_params = [p for p in endpoint.params if p.where == "path"]
    if len(path_args) != len(path_params):
        raise TypeError(
            f"{endpoint.label} takes {len(path_params)} path parameters, got {len(path_args)}"
        )
    return {
        param.name: param.kind.check(param.name, value, endpoint)
        for param, value in zip(path_params, path_args, strict=True)
    }


def check_arguments(
    endpoint: Endpoint[Any],
    path_args: tuple[object, ...] = (),
    arguments: Mapping[str, object] | None = None,
) -> CheckedCall:
    """Refuse what the declaration does not allow; ``None`` means "not sent"."""
    given = dict(arguments or {})
    path = check_path_arguments(endpoint, path_args)
    values: dict[str, object] = dict(path)
    query: list[tuple[str, object]] = []
    body: dict[str, object] | None = {} if endpoint.has_body else None
    for param in endpoint.params:
        if param.where == "path":
            continue
        value = given.pop(param.name, None)
        if value is None:
            if param.required:
                raise TypeError(f"{endpoint.qualname} needs {param.name}: {param.kind.allowed}")
            values[param.name] = None
            continue
        checked = param.kind.check(param.name, value, endpoint)
        values[param.name] = checked
        if checked is None:
            continue
        if param.where == "query":
            query.append((param.sent_as, checked))
        elif body is not None:
            body[param.sent_as] = checked
    if given:
        raise TypeError(f"{endpoint.label} takes no parameter {sorted(given)[0]!r}")
    for rule in endpoint.rules:
        rule.check(endpoint, values)
    return CheckedCall(path, query, body)
