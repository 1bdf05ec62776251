"""Turn an HTTP error answer into the matching typed exception."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from ._retry import parse_retry_after
from .errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ServerError,
)


class _ErrorBody(msgspec.Struct):
    status_code: int | None = None
    status_message: str | None = None
    success: bool | None = None


_error_body_decoder = msgspec.json.Decoder(_ErrorBody)


def read_error_body(content: bytes) -> _ErrorBody:
    """TMDB's ``{status_code, status_message}``, or an empty body for HTML/garbage."""
    try:
        return _error_body_decoder.decode(content)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return _ErrorBody()


def error_from_response(
    status: int, headers: Mapping[str, str], content: bytes, *, method: str, path: str
) -> APIError:
    body = read_error_body(content)
    detail = body.status_message or _snippet(content)
    code = f" (TMDB code {body.status_code})" if body.status_code is not None else ""
    message = f"{method} {path} failed with HTTP {status}{code}: {detail}"
    if status == 429:
        return RateLimitError(
            message,
            http_status=status,
            status_code=body.status_code,
            status_message=body.status_message,
            method=method,
            path=path,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    cls: type[APIError] = APIError
    if status == 401:
        cls = AuthenticationError
    elif status == 404:
        cls = NotFoundError
    elif status >= 500:
        cls = ServerError
    return cls(
        message,
        http_status=status,
        status_code=body.status_code,
        status_message=body.status_message,
        method=method,
        path=path,
    )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                return candidate
    return value


def _snippet(content: bytes, limit: int = 120) -> str:
    text = content.decode("utf-8", "replace").strip()
    if not text:
        return "empty body"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."
