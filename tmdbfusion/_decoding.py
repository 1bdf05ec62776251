"""Bytes straight into typed models, through one cached decoder per type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    Items of mixed lists (search.multi, trending.all, known_for, list items, combined
    credits, a credit's or a tagged image's ``media``, ...) whose ``media_type`` is
    unknown (``"unknown"`` included), missing, null or not a string come back as
    ``UnknownMedia`` with all they held; an item of a single-type list (a page of
    movies) with a null or non-string ``media_type`` comes back as that type; a
    ``list[X]`` field sent as ``null`` comes back as ``[]``; and a float field sent
    as a string comes back as its number (``""`` as None) -- instead of failing the
    whole response. All of that happens on the slow path only (``TMDBModel``).
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
    untyped, walk it against the type's cached plan (``_media_repair``) -- put ``[]``
    in place of each list sent as null, turn each item of a mixed list whose
    ``media_type`` no variant has into an ``UnknownMedia`` (dispatching on the tag
    itself, never on msgspec's error text), drop a null tag where only one type can
    come, turn numbers sent as strings into numbers -- and convert the result in one
    go. Either way the document is read at most twice more, however many values are
    odd. When nothing needed it, ``first`` was a real mismatch and is what gets
    reported."""
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
    """The repair for ``type_``, or None when nothing in it can need one (cached)."""
    try:
        return _repairs[type_]
    except KeyError:
        repair = _repairs[type_] = _compile(mi.type_info(type_), {})
        return repair
    except TypeError:  # an unhashable type: build it each time
        return _compile(mi.type_info(type_), {})


def _compile(info: mi.Type, seen: dict[int, _Repair | None]) -> _Repair | None:
    """A repair for the parts of ``info`` that can need one (a list, a union, a tagged
    struct, a float field, a ``_tag_from`` field), or None if none can."""
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
        if (repair := _compile(field.type, seen) or _number_repair(field.type)) is not None
    ]
    fills = _tag_fills(info)
    tag_field = info.tag_field
    canonical_tag = info.tag
    aliases = frozenset(getattr(info.cls, "_tag_aliases", ()))
    if not fields and not fills and tag_field is None:
        return None

    def repair_struct(value: Any, changes: list[None]) -> Any:
        if type(value) is dict:
            if tag_field is not None and tag_field in value:
                # Reached as the only type a place takes (a page of movies): a tag that
                # names nothing (null, a number) is as good as none; an alias is renamed.
                tag = value[tag_field]
                if type(tag) is not str:
                    del value[tag_field]
                    changes.append(None)
                elif tag in aliases:
                    value[tag_field] = canonical_tag
                    changes.append(None)
            for name, sibling, inner_tag, tags in fills:
                inner = value.get(name)
                if type(inner) is dict and type(inner.get(inner_tag)) is not str:
                    outer = value.get(sibling)
                    if type(outer) is str and outer in tags:
                        inner[inner_tag] = outer
                        changes.append(None)
            for name, repair in fields:
                if name in value:
                    value[name] = repair(value[name], changes)
        return value

    return repair_struct


def _tag_fills(info: mi.StructType) -> list[tuple[str, str, str, frozenset[str]]]:
    """For each ``field: sibling`` pair in the class's ``_tag_from`` (``TMDBModel``):
    the field's and the sibling's JSON names, the tag field of the field's union and
    the tags (aliases included) its variants take."""
    pairs: Mapping[str, str] = getattr(info.cls, "_tag_from", {})
    if not pairs:
        return []
    by_name = {field.name: field for field in info.fields}
    fills = []
    for name, sibling in pairs.items():
        field, outer = by_name[name], by_name[sibling]
        union = field.type
        structs = (
            [t for t in union.types if isinstance(t, mi.StructType)]
            if isinstance(union, mi.UnionType)
            else []
        )
        tagged = [t for t in structs if t.tag_field is not None and not _is_unknown(t.cls)]
        if not tagged:
            continue
        tags = {str(t.tag) for t in tagged}
        for t in tagged:
            tags.update(getattr(t.cls, "_tag_aliases", ()))
        fills.append(
            (field.encode_name, outer.encode_name, str(tagged[0].tag_field), frozenset(tags))
        )
    return fills


def _number_repair(info: mi.Type) -> _Repair | None:
    """For a ``float`` or ``float | None`` field: a string becomes its number, ``""``
    (or blanks) None where None is allowed (TMDBModel's docstring); anything else is
    left for the conversion to refuse."""
    options = info.types if isinstance(info, mi.UnionType) else (info,)
    if not any(isinstance(t, mi.FloatType) for t in options):
        return None
    if not all(isinstance(t, mi.FloatType | mi.IntType | mi.NoneType) for t in options):
        return None
    nullable = any(isinstance(t, mi.NoneType) for t in options)

    def repair_number(value: Any, changes: list[None]) -> Any:
        if type(value) is str:
            text = value.strip()
            if not text:
                if nullable:
                    changes.append(None)
                    return None
                return value
            try:
                number = float(text)
            except ValueError:
                return value
            changes.append(None)
            return number
        return value

    return repair_number


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


def _is_unknown(cls: type) -> bool:
    from .models.unknown import UnknownMedia

    return issubclass(cls, UnknownMedia)


def _union_repair(info: mi.UnionType, seen: dict[int, _Repair | None]) -> _Repair | None:
    from .models.unknown import UnknownMedia

    structs = [t for t in info.types if isinstance(t, mi.StructType)]
    tag_field = next((t.tag_field for t in structs if t.tag_field is not None), None)
    variants = [t for t in structs if t.tag_field == tag_field and not _is_unknown(t.cls)]
    # Each tag a variant takes, its aliases included: (the variant's tag, its repair).
    by_tag: dict[Any, tuple[Any, _Repair | None]] = {
        t.tag: (t.tag, _compile(t, seen)) for t in variants
    }
    for t in variants:
        for alias in getattr(t.cls, "_tag_aliases", ()):
            by_tag.setdefault(alias, by_tag[t.tag])
    mixed = any(_is_unknown(t.cls) for t in structs)
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
    if not mixed and not objects and not arrays and not by_tag:
        return None
    unknown_tag = UnknownMedia.__struct_config__.tag
    # Where only one tagged type can come (``PersonListItem | None``), it takes an item
    # whose tag names nothing, as it would outside a union.
    only = by_tag[variants[0].tag][1] if len(variants) == 1 and not mixed else None

    def repair_union(value: Any, changes: list[None]) -> Any:
        if type(value) is dict:
            if tag_field is not None:
                tag = value.get(tag_field)
                if type(tag) is str and tag in by_tag:
                    canonical, variant = by_tag[tag]
                    if canonical != tag:  # an alias: renamed, then repaired as its variant
                        value[tag_field] = canonical
                        changes.append(None)
                    return value if variant is None else variant(value, changes)
                if mixed:
                    if tag == unknown_tag and _is_own_unknown(value):
                        return value  # an UnknownMedia this library encoded
                    changes.append(None)
                    return _as_unknown(value, tag_field, unknown_tag)
                return value if only is None else only(value, changes)
            for repair in objects:
                value = repair(value, changes)
        elif type(value) is list:
            for repair in arrays:
                value = repair(value, changes)
        return value

    return repair_union


_OWN_UNKNOWN_KEYS = frozenset({"media_type", "original_media_type", "id", "data"})


def _is_own_unknown(item: dict[str, Any]) -> bool:
    """Whether an item tagged ``"unknown"`` is an ``UnknownMedia`` re-encoded (its own
    four keys, ``data`` an object) rather than something TMDB sent with that tag."""
    return type(item.get("data")) is dict and item.keys() <= _OWN_UNKNOWN_KEYS


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
