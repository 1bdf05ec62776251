"""``RawResponse``: TMDB's answer as it came, with the typed model one call away."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from ._decoding import decode

T = TypeVar("T")

_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """What ``client.with_raw_response.<resource>.<method>(...)`` returns.

    ``content`` holds TMDB's exact bytes (after transfer decompression), so a scraper
    can store them as they came; ``parse()`` decodes them into the typed model, once.
    """

    __slots__ = (
        "_method",
        "_operation",
        "_parsed",
        "_path",
        "_type",
        "content",
        "headers",
        "status_code",
    )

    def __init__(
        self,
        *,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        type_: type[T],
        operation: str,
        method: str,
        path: str,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self._type = type_
        self._operation = operation
        self._method = method
        self._path = path
        self._parsed: T = _UNPARSED

    def parse(self) -> T:
        """The body as the method's typed model (decoded on the first call only)."""
        if self._parsed is _UNPARSED:
            self._parsed = decode(
                self.content,
                self._type,
                operation=self._operation,
                method=self._method,
                path=self._path,
            )
        return self._parsed

    def json(self) -> Any:
        """The body as plain Python objects (dicts, lists, str, numbers)."""
        return decode(
            self.content, Any, operation=self._operation, method=self._method, path=self._path
        )

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] {self._operation} {self._method} {self._path}, "
            f"{len(self.content):,} bytes>"
        )
