"""``max_response_bytes``: the one rule both transports apply while they read a body."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import ResponseTooLargeError


class BodyCollector:
    """Gathers a body's decompressed chunks and fails as soon as they pass ``limit``, so
    memory is bounded by the limit, not by what the server sends."""

    __slots__ = ("_chunks", "_limit", "_size")

    def __init__(self, limit: int, headers: Mapping[str, str]) -> None:
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []
        declared = headers.get("Content-Length")
        # Without Content-Encoding the declared length is the body's own: refuse it
        # before reading a byte. A compressed body is judged by what it inflates to.
        if (
            declared is not None
            and declared.isdigit()
            and "Content-Encoding" not in headers
            and int(declared) > limit
        ):
            raise self._too_large(f"declares {int(declared):,} bytes")

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise self._too_large(f"passed {self._limit:,} bytes")
        self._chunks.append(chunk)

    def content(self) -> bytes:
        chunks = self._chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _too_large(self, what: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the response body {what}, over max_response_bytes={self._limit:,}"
        )
