"""Matching a request path to the registry entry that serves it."""

from __future__ import annotations

import re
from typing import Any

from .._endpoint import Endpoint


class Router:
    """Fixed segments win over parameters: ``/3/movie/popular`` is not movie ``popular``."""

    def __init__(self, endpoints: tuple[Endpoint[Any], ...]) -> None:
        ordered = sorted(endpoints, key=lambda e: (len(e.path_params), -len(e.path)))
        self._routes = [(e.method, _compile(e.path), e) for e in ordered]

    def match(self, method: str, path: str) -> tuple[Endpoint[Any], dict[str, str]] | None:
        for route_method, pattern, endpoint in self._routes:
            if route_method != method:
                continue
            found = pattern.fullmatch(path)
            if found:
                return endpoint, found.groupdict()
        return None

    def allows_path(self, path: str) -> bool:
        return any(pattern.fullmatch(path) for _, pattern, _ in self._routes)


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(regex)
