"""Sample arguments for any registered operation, derived from its method's signature.

Used by the tests that call every operation on both clients; required parameters get
a plausible value by name, then by type.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, Literal

BY_NAME: dict[str, Any] = {
    "external_id": "tt0137523",
    "credit_id": "52fe4250c3a36847f80149f3",
    "review_id": "59cc634fc3a3682aa30065a3",
    "guest_session_id": "guest-session-1",
    "tv_episode_group_id": "5acf93e60e0a26346d0000ce",
    "session_id": "session-1",
    "request_token": "request-token-1",
    "access_token": "v4-access-token-1",
    "username": "someone",
    "password": "secret-password",
    "query": "fight club",
    "value": 8.5,
    "confirm": True,
    "time_window": "week",
    "season_number": 1,
    "episode_number": 2,
}
# Optional parameters that some operations still need one of (e.g. rating writes).
OPTIONAL_NEEDED = ("session_id", "confirm")


def _sample_for(name: str, annotation: Any) -> Any:
    if name in BY_NAME:
        return BY_NAME[name]
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return typing.get_args(annotation)[0]
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sample_for(name, options[0])
    if annotation is bool:
        return True
    if annotation is int:
        return 7
    if annotation is float:
        return 7.5
    if annotation is str:
        return f"sample-{name}"
    if origin in (list, typing.get_origin(typing.Sequence[int])):
        return [_sample_for(name, typing.get_args(annotation)[0])]
    raise AssertionError(f"no sample value for parameter {name}: {annotation!r}")


def sample_arguments(method: Callable[..., Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    hints = typing.get_type_hints(method)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        required = parameter.default is inspect.Parameter.empty
        if not required and parameter.name not in OPTIONAL_NEEDED:
            continue
        value = _sample_for(parameter.name, hints.get(parameter.name))
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return tuple(args), kwargs
