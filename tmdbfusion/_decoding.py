"""Bytes straight into typed models, through one cached decoder per type."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from .errors import DecodeError

T = TypeVar("T")


_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decoder_for(type_: Any) -> msgspec.json.Decoder[Any]:
    decoder = _decoders.get(type_)
    if decoder is None:
        # strict=False: TMDB has sent numbers as strings ("popularity": "1.5").
        decoder = _decoders[type_] = msgspec.json.Decoder(type_, strict=False)
    return decoder


def decode(content: bytes, type_: type[T], *, endpoint: str) -> T:
    try:
        result: T = decoder_for(type_).decode(content)
    except msgspec.ValidationError as exc:
        raise DecodeError(f"{endpoint}: response does not match {_name(type_)}: {exc}") from None
    except msgspec.DecodeError as exc:
        raise DecodeError(f"{endpoint}: invalid or truncated JSON body: {exc}") from None
    return result


def _name(type_: object) -> str:
    return getattr(type_, "__name__", None) or repr(type_)
