"""Turn an HTTP error answer into the matching typed exception."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec

from ._retry import parse_retry_after
from ._secret import Secret, redact
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    422: UnprocessableEntityError,
}


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
    status: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    method: str,
    path: str,
    secrets: Iterable[Secret | None] = (),
) -> APIError:
    """The typed error for an answer that is not a success (``path`` already masked;
    anything the server sent back is masked with ``secrets``, in case it echoes them)."""
    body = read_error_body(content)
    status_message = redact(body.status_message, secrets) if body.status_message else None
    if 300 <= status < 400:
        location = redact(_header(headers, "Location") or "nowhere", secrets)
        detail = f"a redirect to {location}, which is not followed"
    else:
        detail = status_message or redact(_snippet(content), secrets)
    code = f" (TMDB code {body.status_code})" if body.status_code is not None else ""
    message = f"{method} {path} failed with HTTP {status}{code}: {detail}"
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    error = cls(
        message,
        http_status=status,
        status_code=body.status_code,
        status_message=status_message,
        method=method,
        path=path,
        headers=headers,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(_header(headers, "Retry-After"))
    return error


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
