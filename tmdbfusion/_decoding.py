"""Bytes straight into typed models, through one cached decoder per type."""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

from ._secret import redact
from .errors import DecodeError

T = TypeVar("T")


_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decoder_for(type_: Any) -> msgspec.json.Decoder[Any]:
    decoder = _decoders.get(type_)
    if decoder is None:
        # strict=False: TMDB has sent numbers as strings ("popularity": "1.5").
        decoder = _decoders[type_] = msgspec.json.Decoder(type_, strict=False)
    return decoder


def decode(
    content: bytes,
    type_: type[T],
    *,
    operation: str | None = None,
    method: str | None = None,
    path: str | None = None,
) -> T:
    """``content`` as ``type_``; a ``DecodeError`` names the call (``operation``) and the
    request (``method``, ``path``) that brought it."""
    try:
        result: T = decoder_for(type_).decode(content)
    except msgspec.ValidationError as exc:
        if _UNKNOWN_TAG.match(str(exc)):
            return _decode_with_unknown_media(
                content, type_, first=exc, where=(operation, method, path)
            )
        problem = f"response does not match {_name(type_)}: {exc}"
    except msgspec.DecodeError as exc:
        problem = f"invalid or truncated JSON body: {exc}"
    else:
        return result
    raise _error(problem, (operation, method, path))


def _error(problem: str, where: tuple[str | None, str | None, str | None]) -> DecodeError:
    operation, method, path = where
    if path is not None:
        path = redact(path)  # a guest session id in the path is a credential
    request = f"{method} {path}" if method and path else path or ""
    label = f"{operation} ({request})" if operation and request else operation or request
    return DecodeError(
        f"{label}: {problem}" if label else problem,
        operation=operation,
        method=method,
        path=path,
    )


# msgspec's message for a tag no variant of a tagged union has.
_UNKNOWN_TAG = re.compile(r"Invalid value '([^']*)' - at `(\$[^`]*)\.media_type`$")
_PATH_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_MAX_UNKNOWN_ITEMS = 1000


def _decode_with_unknown_media(
    content: bytes,
    type_: type[T],
    *,
    first: msgspec.ValidationError,
    where: tuple[str | None, str | None, str | None],
) -> T:
    """The slow path for a page holding a ``media_type`` no model knows: turn each such
    item into ``UnknownMedia`` (keeping all it holds) and decode the rest as usual."""
    from .models.unknown import UnknownMedia

    document: Any = msgspec.json.decode(content)
    error: msgspec.ValidationError = first
    for _ in range(_MAX_UNKNOWN_ITEMS):
        found = _UNKNOWN_TAG.match(str(error))
        if found is None:
            break
        item = document
        for key, index in _PATH_STEP.findall(found.group(2)[1:]):
            item = item[key] if key else item[int(index)]
        original = dict(item)
        item.clear()
        item.update(
            media_type=UnknownMedia.__struct_config__.tag,
            original_media_type=found.group(1),
            id=original.get("id"),
            data=original,
        )
        try:
            result: T = msgspec.convert(document, type_, strict=False)
            return result
        except msgspec.ValidationError as exc:
            error = exc
    raise _error(f"response does not match {_name(type_)}: {error}", where)


def _name(type_: object) -> str:
    return getattr(type_, "__name__", None) or repr(type_)
