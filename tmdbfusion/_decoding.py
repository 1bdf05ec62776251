"""Bytes straight into typed models, through one cached decoder per type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import msgspec
from msgspec import inspect as mi

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
    request (``method``, ``path``) that brought it.

    Items of mixed lists (search.multi, trending.all, known_for, list items, ...) whose
    ``media_type`` is unknown, missing, null or not a string come back as
    ``UnknownMedia`` with all they held, and a ``list[X]`` field sent as ``null``
    comes back as ``[]``, instead of failing the whole response.
    """
    where = (operation, method, path)
    try:
        result: T = decoder_for(type_).decode(content)
    except msgspec.ValidationError as exc:
        return _decode_with_unknown_media(content, type_, first=exc, where=where)
    except msgspec.DecodeError as exc:
        raise _error(f"invalid or truncated JSON body: {exc}", where) from None
    return result


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


def _decode_with_unknown_media(
    content: bytes,
    type_: type[T],
    *,
    first: msgspec.ValidationError,
    where: tuple[str | None, str | None, str | None],
) -> T:
    """The slow path, taken only once the typed decode has failed: decode the document
    untyped, put ``[]`` in place of each list sent as null and turn each item of a
    mixed list whose ``media_type`` no variant has into an ``UnknownMedia``
    (dispatching on the tag itself, never on msgspec's error text), and convert the
    result in one go. Either way the document is read at most twice more, however many
    values are odd. When nothing needed it, ``first`` was a real mismatch and is what
    gets reported."""
    repair = _media_repair(type_)
    error = first
    if repair is not None:
        try:
            document: Any = msgspec.json.decode(content)
        except msgspec.DecodeError:
            document = None
        changes: list[None] = []
        document = repair(document, changes)
        if changes:
            try:
                result: T = msgspec.convert(document, type_, strict=False)
            except msgspec.ValidationError as exc:
                error = exc
            else:
                return result
    raise _error(f"response does not match {_name(type_)}: {error}", where) from None


# A repair takes a decoded JSON value and a list it appends to on each change, and
# returns the value to put in its place (containers are also changed in place).
_Repair = Callable[[Any, list[None]], Any]
_repairs: dict[Any, _Repair | None] = {}


def _media_repair(type_: Any) -> _Repair | None:
    """The repair for ``type_``, or None when it holds no list (cached)."""
    try:
        return _repairs[type_]
    except KeyError:
        repair = _repairs[type_] = _compile(mi.type_info(type_), {})
        return repair
    except TypeError:  # an unhashable type: build it each time
        return _compile(mi.type_info(type_), {})


def _compile(info: mi.Type, seen: dict[int, _Repair | None]) -> _Repair | None:
    """A repair for the parts of ``info`` that hold a list or a mixed union, or None
    if none do."""
    key = id(info)
    if key in seen:
        return seen[key]
    seen[key] = None  # a cycle contributes nothing until it is built
    repair: _Repair | None = None
    if isinstance(info, mi.StructType):
        repair = _struct_repair(info, seen)
    elif isinstance(info, mi.ListType):
        # Any list may come as null: it decodes as [] (TMDBModel's docstring).
        repair = _list_repair(_compile(info.item_type, seen), null_as_empty=True)
    elif isinstance(info, mi.VarTupleType | mi.SetType | mi.FrozenSetType):
        item = _compile(info.item_type, seen)
        if item is not None:
            repair = _list_repair(item)
    elif isinstance(info, mi.DictType):
        value = _compile(info.value_type, seen)
        if value is not None:
            repair = _dict_repair(value)
    elif isinstance(info, mi.UnionType):
        repair = _union_repair(info, seen)
    seen[key] = repair
    return repair


def _struct_repair(info: mi.StructType, seen: dict[int, _Repair | None]) -> _Repair | None:
    fields = [
        (field.encode_name, repair)
        for field in info.fields
        if (repair := _compile(field.type, seen)) is not None
    ]
    if not fields:
        return None

    def repair_struct(value: Any, changes: list[None]) -> Any:
        if type(value) is dict:
            for name, repair in fields:
                if name in value:
                    value[name] = repair(value[name], changes)
        return value

    return repair_struct


def _list_repair(item: _Repair | None, *, null_as_empty: bool = False) -> _Repair:
    def repair_list(value: Any, changes: list[None]) -> Any:
        if value is None and null_as_empty:
            changes.append(None)
            return []
        if type(value) is list and item is not None:
            for index, entry in enumerate(value):
                value[index] = item(entry, changes)
        return value

    return repair_list


def _dict_repair(item: _Repair) -> _Repair:
    def repair_dict(value: Any, changes: list[None]) -> Any:
        if type(value) is dict:
            for key, entry in value.items():
                value[key] = item(entry, changes)
        return value

    return repair_dict


def _union_repair(info: mi.UnionType, seen: dict[int, _Repair | None]) -> _Repair | None:
    from .models.unknown import UnknownMedia

    structs = [t for t in info.types if isinstance(t, mi.StructType)]
    tag_field = next((t.tag_field for t in structs if t.tag_field is not None), None)
    by_tag = {
        t.tag: _compile(t, seen)
        for t in structs
        if t.tag_field == tag_field and not issubclass(t.cls, UnknownMedia)
    }
    mixed = any(issubclass(t.cls, UnknownMedia) for t in structs)
    objects = [
        repair
        for t in info.types
        if isinstance(t, mi.DictType) or (isinstance(t, mi.StructType) and tag_field is None)
        if (repair := _compile(t, seen)) is not None
    ]
    arrays = [
        repair
        for t in info.types
        if isinstance(t, mi.ListType | mi.VarTupleType | mi.SetType | mi.FrozenSetType)
        if (repair := _compile(t, seen)) is not None
    ]
    if not mixed and not objects and not arrays and not any(by_tag.values()):
        return None
    unknown_tag = UnknownMedia.__struct_config__.tag

    def repair_union(value: Any, changes: list[None]) -> Any:
        if type(value) is dict:
            if tag_field is not None:
                tag = value.get(tag_field)
                if type(tag) is str and tag in by_tag:
                    variant = by_tag[tag]
                    return value if variant is None else variant(value, changes)
                if mixed:
                    changes.append(None)
                    return _as_unknown(value, tag_field, unknown_tag)
                return value
            for repair in objects:
                value = repair(value, changes)
        elif type(value) is list:
            for repair in arrays:
                value = repair(value, changes)
        return value

    return repair_union


def _as_unknown(item: dict[str, Any], tag_field: str, unknown_tag: Any) -> dict[str, Any]:
    """``UnknownMedia``'s fields for an item no variant takes, keeping all it holds."""
    tag = item.get(tag_field)
    ident = item.get("id")
    return {
        tag_field: unknown_tag,
        "original_media_type": tag if type(tag) is str else None,
        "id": ident if type(ident) in (int, str) else None,
        "data": item,
    }


def _name(type_: object) -> str:
    return getattr(type_, "__name__", None) or repr(type_)
