"""What both transports hand back: status, headers and the raw body bytes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class HTTPResponse(NamedTuple):
    status: int
    headers: Mapping[str, str]
    content: bytes
