"""What FakeTMDB remembers of each request, for tests to assert on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import msgspec


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(repr=False)
    body: bytes = b""

    def json(self) -> Any:
        """The request body, decoded from JSON (``None`` when there was none)."""
        return msgspec.json.decode(self.body) if self.body else None
