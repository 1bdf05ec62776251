"""Deterministic, model-shaped data: what FakeTMDB answers when not told otherwise.

The shapes come from the response models themselves (via ``msgspec.inspect``), so
generated payloads always decode into the same classes a real answer would.
"""

from __future__ import annotations

import random
import string
from collections.abc import Collection
from typing import Any

from msgspec import inspect as mi

from ..models._base import appendable_parts
from ..models.unknown import UnknownMedia

_PAGE_FIELDS = frozenset({"page", "total_pages", "total_results"})
_ITEM_KEYS = ("results", "items")  # v3 list details keeps its page under "items"
_COUNTRIES = ("US", "GB", "DE", "FR", "JP")
_LANGUAGES = ("en", "de", "fr", "ja", "es")
_IMAGE_SIZES = ("w92", "w185", "w300", "w500", "h632", "original")


class DataGenerator:
    """Builds JSON-ready values for a model type, the same every time for the same seed."""

    def __init__(self, *, list_size: int = 3, total_pages: int = 3) -> None:
        self.list_size = list_size
        self.total_pages = total_pages

    def payload(
        self,
        type_: Any,
        *,
        seed: str,
        appended: Collection[str] = (),
        page: int = 1,
        entity_id: int | str | None = None,
    ) -> Any:
        rng = random.Random(seed)
        info = mi.type_info(type_)
        value = self._value(info, rng, "", depth=0, appended=appended)
        if isinstance(value, dict):
            items_key = next((k for k in _ITEM_KEYS if k in value), None)
            if items_key is not None and value.keys() >= _PAGE_FIELDS:
                value["page"] = page
                value["total_pages"] = self.total_pages
                value["total_results"] = self.total_pages * len(value[items_key])
            # Details answer with the id that was asked for, where it is of the same kind.
            current = value.get("id", False)
            if entity_id is not None and (current is None or type(current) is type(entity_id)):
                value["id"] = entity_id
        return value

    def _value(
        self, info: mi.Type, rng: random.Random, name: str, *, depth: int, appended: Collection[str]
    ) -> Any:
        if isinstance(info, mi.StructType):
            return self._struct(info, rng, depth=depth, appended=appended)
        if isinstance(info, mi.UnionType):
            options = [t for t in info.types if not isinstance(t, mi.NoneType)]
            # TMDB only sends kinds it has: UnknownMedia is the client's fallback.
            options = [
                t for t in options if not (isinstance(t, mi.StructType) and t.cls is UnknownMedia)
            ]
            structs = [t for t in options if isinstance(t, mi.StructType)]
            if structs and len(structs) == len(options):
                return self._value(rng.choice(structs), rng, name, depth=depth, appended=())
            # Mostly the real value; now and then the null TMDB also sends (but an
            # image record always names its file; the draw is made either way).
            if (
                len(options) < len(info.types)
                and rng.random() < 0.1
                and depth > 0
                and name != "file_path"
            ):
                return None
            return self._value(options[0], rng, name, depth=depth, appended=())
        if isinstance(info, mi.ListType | mi.SetType | mi.FrozenSetType | mi.VarTupleType):
            if name.endswith("_sizes"):
                return list(_IMAGE_SIZES)
            if depth > 4:
                return []
            return [
                self._value(info.item_type, rng, name, depth=depth + 1, appended=())
                for _ in range(self.list_size)
            ]
        if isinstance(info, mi.DictType):
            return {
                code: self._value(info.value_type, rng, name, depth=depth + 1, appended=())
                for code in _COUNTRIES[: max(1, min(self.list_size, len(_COUNTRIES)))]
            }
        if isinstance(info, mi.LiteralType):
            return rng.choice(list(info.values))
        if isinstance(info, mi.BoolType):
            return rng.random() < 0.5
        if isinstance(info, mi.IntType):
            return rng.randint(1, 99_999)
        if isinstance(info, mi.FloatType):
            return round(rng.uniform(0, 10), 3)
        if isinstance(info, mi.StrType):
            return _string(name, rng)
        if isinstance(info, mi.NoneType):
            return None
        return _string(name, rng)

    def _struct(
        self, info: mi.StructType, rng: random.Random, *, depth: int, appended: Collection[str]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if info.tag_field is not None:
            out[info.tag_field] = info.tag
        optional_parts = appendable_parts(info.cls)
        for field in info.fields:
            if field.encode_name in optional_parts and field.encode_name not in appended:
                continue
            out[field.encode_name] = self._value(
                field.type, rng, field.encode_name, depth=depth + 1, appended=()
            )
        return out


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits, k=length))


def _string(name: str, rng: random.Random) -> str:
    if name == "base_url":
        return "http://image.tmdb.org/t/p/"
    if name == "secure_base_url":
        return "https://image.tmdb.org/t/p/"
    if name.endswith("_path"):
        return f"/{_token(rng, 27)}.jpg"
    if name.endswith(("_date", "birthday", "deathday")) or name == "air_date":
        return f"{rng.randint(1950, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if name.endswith(("_at", "expires_at")):
        return f"{rng.randint(2000, 2025)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T12:00:00.000Z"
    if name == "iso_639_1" or name == "original_language":
        return rng.choice(_LANGUAGES)
    if name == "iso_3166_1":
        return rng.choice(_COUNTRIES)
    if name.endswith("_id") or name == "id":
        return _token(rng, 24).lower()
    if name in ("overview", "biography", "content", "description"):
        return " ".join(_token(rng, rng.randint(3, 9)).lower() for _ in range(30))
    return f"Fake {name.replace('_', ' ').title() or 'Text'} {rng.randint(1, 9999)}"
