"""What FakeTMDB remembers of each request, for tests to assert on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import msgspec


@dataclass(slots=True)
class RecordedRequest:
    """One request FakeTMDB received; ``status`` is the HTTP status it answered (faults,
    304s, 429s and v4 answers included; 599 when the connection was dropped or the
    handler failed without an answer; ``None`` while the answer is still being made),
    ``received_at`` its ``time.monotonic()``. FakeTMDB sets ``status`` once, when it
    answers; tests only read these."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(repr=False)
    body: bytes = b""
    status: int | None = None
    received_at: float = 0.0

    def json(self) -> Any:
        """The request body, decoded from JSON (``None`` when there was none)."""
        return msgspec.json.decode(self.body) if self.body else None
