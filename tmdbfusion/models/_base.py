"""The base classes every TMDB payload model derives from."""

from __future__ import annotations

import functools
import sys
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, dataclass_transform

import msgspec

_NULL_LISTS = "__tmdb_null_lists__"
_HOOK = "__tmdb_post_init_hook__"


class _ModelMeta(msgspec.StructMeta):
    """Builds every ``TMDBModel`` subclass with the rules its docstring gives.

    ``kw_only`` is a per-class option in msgspec (it covers only the fields the class
    itself defines), so it is set on every subclass here; and one generated
    ``__post_init__`` interns the fields named in ``_intern_fields`` (each item of a
    ``list[str]``).
    """

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        **kwargs: Any,
    ) -> Any:
        kwargs.setdefault("kw_only", True)
        annotations: dict[str, Any] = namespace.setdefault("__annotations__", {})
        null_lists: dict[str, None] = {}
        for base in reversed(bases):
            null_lists.update(dict.fromkeys(getattr(base, _NULL_LISTS, ())))
        for field, annotation in annotations.items():
            if _is_list(annotation):
                null_lists[field] = None
            else:  # a subclass may re-type an inherited list field
                null_lists.pop(field, None)
        own_hook = namespace.pop("__post_init__", None)
        hook = own_hook or next(
            (getattr(base, _HOOK) for base in bases if getattr(base, _HOOK, None)), None
        )
        interned: tuple[str, ...] = (
            namespace["_intern_fields"]
            if "_intern_fields" in namespace
            else next(
                (getattr(b, "_intern_fields", ()) for b in bases if hasattr(b, _NULL_LISTS)), ()
            )
        )
        namespace[_NULL_LISTS] = tuple(null_lists)
        namespace[_HOOK] = hook
        if interned or hook is not None:
            post_init = _post_init(tuple(null_lists), tuple(interned), hook)
            post_init.__module__ = namespace.get("__module__", post_init.__module__)
            post_init.__qualname__ = f"{namespace.get('__qualname__', name)}.__post_init__"
            namespace["__post_init__"] = post_init
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _guard_parts(cls)
        return cls


def part(*, name: str | None = None) -> Any:
    """The default of an ``append_to_response`` part: not there unless asked for.

    Typed as the part itself (``credits: Credits = part()``), so code that asked for it
    reads it with no check; reading it when it was not asked for raises
    ``PartNotAppendedError`` (``TMDBModel``). ``name`` is TMDB's, where it differs.
    """
    return msgspec.field(default=msgspec.UNSET, name=name)


class _Part:
    """The attribute of one ``append_to_response`` part: the field's own slot, read
    through msgspec's descriptor, with a clear error instead of ``UNSET``. Decoding,
    encoding, ``msgspec.to_builtins`` and ``repr`` read the slot directly, unchanged."""

    __slots__ = ("_field", "_model", "_part", "_slot")

    def __init__(self, slot: Any, model: str, field: str, part: str) -> None:
        self._slot = slot
        self._model = model
        self._field = field
        self._part = part

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._slot.__get__(instance, owner)
        if value is msgspec.UNSET:
            from ..errors import PartNotAppendedError

            raise PartNotAppendedError(self._model, self._field, self._part)
        return value

    def __set__(self, instance: object, value: Any) -> None:
        self._slot.__set__(instance, value)


def _guard_parts(cls: type) -> None:
    """Put a ``_Part`` in front of each part the class itself defines (inherited ones
    are already guarded on the class that defined them)."""
    for info in msgspec.structs.fields(cls):
        slot = cls.__dict__.get(info.name)
        if info.default is msgspec.UNSET and type(slot).__name__ == "member_descriptor":
            setattr(cls, info.name, _Part(slot, cls.__name__, info.name, info.encode_name))


def _is_list(annotation: object) -> bool:
    """Whether an annotation is a plain ``list[...]`` (not ``list[...] | None`` or a
    union of lists): the source text when annotations are postponed, else the type."""
    if not isinstance(annotation, str):
        return typing.get_origin(annotation) is list
    text = annotation.strip()
    if not (text.startswith("list[") and text.endswith("]")):
        return False
    depth = 0
    for position, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0 and position != len(text) - 1:
                return False
    return True


def _post_init(
    null_lists: tuple[str, ...],
    interned: tuple[str, ...],
    hook: Callable[[Any], None] | None,
) -> Callable[[Any], None]:
    """One straight-line ``__post_init__`` (no loops over field names at decode time)."""
    lines = ["def __post_init__(self):"]
    for field in interned:
        assert field.isidentifier(), field
        if field in null_lists:
            lines.append(f"    self.{field} = [_intern(v) for v in self.{field}]")
        else:
            lines += [
                f"    v = self.{field}",
                "    if v is not None:",
                f"        self.{field} = _intern(v)",
            ]
    if hook is not None:
        lines.append("    _hook(self)")
    if len(lines) == 1:
        lines.append("    pass")
    scope: dict[str, Any] = {"_intern": sys.intern, "_hook": hook}
    exec("\n".join(lines), scope)  # only identifiers of our own field names go in
    function: Callable[[Any], None] = scope["__post_init__"]
    return function


@dataclass_transform(kw_only_default=True, field_specifiers=(msgspec.field,))
class TMDBModel(msgspec.Struct, metaclass=_ModelMeta, kw_only=True, repr_omit_defaults=True):
    """A TMDB JSON object.

    Unknown fields are ignored, so TMDB can add fields without breaking decoding.
    Fields TMDB may leave out, send as null or as ``""`` are ``X | None = None``.

    **``append_to_response`` parts are typed as themselves** (``credits: Credits =
    part()``): code that asked for a part reads ``movie.credits.cast`` with no check,
    and ``mypy --strict`` agrees. A part that was not asked for is not there: reading
    it raises ``tmdbfusion.errors.PartNotAppendedError`` (an ``AttributeError``) naming
    the part and the ``append_to_response=[...]`` that brings it;
    ``hasattr(movie, "credits")`` tells whether it came. Underneath the slot holds
    ``msgspec.UNSET``, so "not asked for" and "asked for, came back empty" stay apart
    and ``msgspec.to_builtins``/``tmdbfusion.to_json`` omit it.
    Defaults are still encoded (no ``omit_defaults``) so re-encoding a model gives
    back every value TMDB sent, nulls included.

    **Lists are never None.** A field annotated ``list[X]`` (every list field is one,
    on every model) decodes a missing key as ``[]``, and so does ``null`` through the
    clients: TMDB sends ``"genres": null`` now and then, and one null list must not
    fail a whole movie. The strict decode refuses the null; the clients' decoder
    (``tmdbfusion._decoding``) then puts ``[]`` in its place and converts the document
    once, so the static type stays ``list[X]``, no None-check is ever needed, and
    answers without a null pay nothing. (Constructing a model with ``None``, or
    decoding with msgspec directly, does not do this.) Write ``list[X] | None`` only
    where "absent" must stay distinct from "empty"; such a field keeps its ``None``.

    **Fields are keyword-only** on every model, subclasses included:
    ``MovieListItem(id=550, title="x")``, never ``MovieListItem(550, "x")``.

    **Odd values TMDB sends are repaired, not refused**, by the same slow path (the
    strict decode first; only a document it refuses is walked, once, against a cached
    plan of the target type, then converted once):

    * an item of a mixed list or union (search.multi, trending.all, known_for, list
      items, combined credits, ``CreditDetails.media``, ``TaggedImage.media``) whose
      ``media_type`` is missing, null, not a string or a tag no variant has
      (``"unknown"`` included) becomes an ``UnknownMedia`` keeping all it held;
    * an item where only one type can come (a page of movies, a person's movie
      credits) with a null or non-string ``media_type`` decodes as that type; a
      string naming another type is still an error;
    * a class may name tags it also takes in ``_tag_aliases`` (``EpisodeListItem``
      takes ``"episode"``; the tag is renamed to the class's own), and in
      ``_tag_from`` a field whose union variant, when its object carries no tag, is
      picked by a sibling field (``TaggedImage.media`` by ``TaggedImage.media_type``);
    * a ``float`` field sent as a string becomes its number (``"1.5"`` -> 1.5), and
      ``""`` (or blanks) becomes **None**, like an empty date: the value is missing,
      not zero. This covers ``popularity`` and ``vote_average`` (old payloads carried
      ``popularity`` as a string) and every other float field.

    Models whose strings repeat across many objects (language and country codes,
    statuses, genre names) name those fields in ``_intern_fields``; they are interned
    after decoding (each item, for a ``list[str]``): a crawl holding 10,000 movies
    keeps one "en", not 10,000. The interning is done by one generated
    ``__post_init__`` per class, and only classes that need it have one; a class may
    still define its own ``__post_init__``, which runs after it.
    """

    _intern_fields: ClassVar[tuple[str, ...]] = ()
    # Read by the client's decoder on its slow path only (see above).
    _tag_aliases: ClassVar[tuple[str, ...]] = ()
    _tag_from: ClassVar[Mapping[str, str]] = {}


class LeafModel(TMDBModel, gc=False):
    """A model holding no other model: it can never be part of a reference cycle,
    so the garbage collector need not track it (less memory, faster decoding)."""


@functools.cache
def appendable_parts(model: type[msgspec.Struct]) -> frozenset[str]:
    """TMDB's names of the ``append_to_response`` parts a details model can hold:
    the fields that default to ``msgspec.UNSET``."""
    info = msgspec.structs.fields(model)
    return frozenset(f.encode_name for f in info if f.default is msgspec.UNSET)
