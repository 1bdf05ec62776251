"""The base classes every TMDB payload model derives from."""

from __future__ import annotations

import functools

import msgspec


class TMDBModel(msgspec.Struct, kw_only=True, repr_omit_defaults=True):
    """A TMDB JSON object.

    Unknown fields are ignored, so TMDB can add fields without breaking decoding.
    Fields TMDB may leave out, send as null or as ``""`` are ``X | None = None``;
    ``append_to_response`` parts default to ``msgspec.UNSET`` so "not asked for" and
    "asked for, came back empty" stay apart and ``msgspec.to_builtins`` omits them.
    Defaults are still encoded (no ``omit_defaults``) so re-encoding a model gives
    back every value TMDB sent, nulls included.

    Models whose strings repeat across many objects (language and country codes,
    statuses, genre names) intern them in ``__post_init__``, which msgspec runs after
    decoding: a crawl holding 10,000 movies keeps one "en", not 10,000.
    """


class LeafModel(TMDBModel, gc=False):
    """A model holding no other model: it can never be part of a reference cycle,
    so the garbage collector need not track it (less memory, faster decoding)."""


@functools.cache
def appendable_parts(model: type[msgspec.Struct]) -> frozenset[str]:
    """TMDB's names of the ``append_to_response`` parts a details model can hold:
    the fields that default to ``msgspec.UNSET``."""
    info = msgspec.structs.fields(model)
    return frozenset(f.encode_name for f in info if f.default is msgspec.UNSET)
