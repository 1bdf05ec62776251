"""Turn an HTTP error answer into the matching typed exception."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec

from ._headers import Headers
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
    secrets: Iterable[Secret | str | None] = (),
) -> APIError:
    """The typed error for an answer that is not a success (``path`` already masked;
    anything the server sent back is masked with ``secrets``, in case it echoes them)."""
    secrets = tuple(secrets)
    headers = Headers.masked(headers, secrets)
    body = read_error_body(content)
    status_message = redact(body.status_message, secrets) if body.status_message else None
    if 300 <= status < 400:
        location = headers.get("Location", "nowhere")
        detail = f"a redirect to {location}, which is not followed"
    else:
        # Masked before it is cut short, so that no credential survives half-cut.
        detail = status_message or _snippet(redact(content.decode("utf-8", "replace"), secrets))
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
        error.retry_after = parse_retry_after(headers.get("Retry-After"))
    return error


def _snippet(text: str, limit: int = 120) -> str:
    text = text.strip()
    if not text:
        return "empty body"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."
