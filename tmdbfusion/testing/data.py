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
from .search import finds_nothing, name_results

_PAGE_FIELDS = frozenset({"page", "total_pages", "total_results"})
_ITEM_KEYS = ("results", "items")  # v3 list details keeps its page under "items"
_COUNTRIES = ("US", "GB", "DE", "FR", "JP")
_LANGUAGES = ("en", "de", "fr", "ja", "es")
# TMDB's own /3/configuration (the spec's example for configuration-details).
_IMAGE_SIZES: dict[str, tuple[str, ...]] = {
    "backdrop_sizes": ("w300", "w780", "w1280", "original"),
    "logo_sizes": ("w45", "w92", "w154", "w185", "w300", "w500", "original"),
    "poster_sizes": ("w92", "w154", "w185", "w342", "w500", "w780", "original"),
    "profile_sizes": ("w45", "w185", "h632", "original"),
    "still_sizes": ("w92", "w185", "w300", "original"),
}
_OTHER_SIZES = ("w92", "w185", "w300", "w500", "original")
# Ids of paged items: position p on the walk gets 1 + (offset + p * stride) % space, a
# permutation of 1..space (space is prime), so no two items of one walk share an id.
_ID_SPACE = 999_983
_ID_STRIDE = 7_919


class DataGenerator:
    """Builds JSON-ready values for a model type, the same every time for the same seed.

    A paged answer serves ``list_size`` items on each of pages 1..``total_pages``,
    except the last, which serves ``last_page_size`` of them (``None``: a full page);
    pages beyond ``total_pages`` are empty, as TMDB's are. ``total_results`` is the sum.
    """

    def __init__(
        self, *, list_size: int = 3, total_pages: int = 3, last_page_size: int | None = None
    ) -> None:
        self.list_size = list_size
        self.total_pages = total_pages
        self.last_page_size = last_page_size

    def page_size(self, page: int) -> int:
        """How many items page ``page`` of a paged answer serves."""
        if page < 1 or page > self.total_pages:
            return 0
        if page == self.total_pages and self.last_page_size is not None:
            return max(0, min(self.last_page_size, self.list_size))
        return self.list_size

    @property
    def total_results(self) -> int:
        """How many items all the pages of a paged answer serve together."""
        if self.total_pages < 1:
            return 0
        return (self.total_pages - 1) * self.list_size + self.page_size(self.total_pages)

    def payload(
        self,
        type_: Any,
        *,
        seed: str,
        appended: Collection[str] = (),
        page: int = 1,
        entity_id: int | str | None = None,
        items_seed: str | None = None,
        search: tuple[str, str] | None = None,
    ) -> Any:
        """A value of ``type_`` drawn from ``seed``.

        When it is a page, its items are drawn from ``items_seed`` (default ``seed``)
        and ``page``, so each page differs; ``search`` (kind, query) names them after
        the query, or empties the page for ``NO_RESULTS_QUERY``.
        """
        rng = random.Random(seed)
        info = mi.type_info(type_)
        value = self._value(info, rng, "", depth=0, appended=appended)
        if isinstance(value, dict):
            items_key = next((k for k in _ITEM_KEYS if k in value), None)
            if items_key is not None and value.keys() >= _PAGE_FIELDS:
                self._page(value, info, items_key, items_seed or seed, page, search)
            # Details answer with the id that was asked for, where it is of the same kind.
            current = value.get("id", False)
            if entity_id is not None and (current is None or type(current) is type(entity_id)):
                value["id"] = entity_id
        return value

    def _page(
        self,
        value: dict[str, Any],
        info: mi.Type,
        items_key: str,
        seed: str,
        page: int,
        search: tuple[str, str] | None,
    ) -> None:
        value["page"] = page
        if search is not None and finds_nothing(search[1]):
            value[items_key] = []
            value["total_pages"] = 1
            value["total_results"] = 0
            return
        item_type = _item_type(info, items_key)
        rng = random.Random(f"{seed}|page={page}")
        items: list[Any] = []
        if item_type is not None:
            first = (page - 1) * self.list_size
            offset = random.Random(seed).randrange(_ID_SPACE)
            for index in range(self.page_size(page)):
                item = self._value(item_type, rng, items_key, depth=2, appended=())
                if isinstance(item, dict) and type(item.get("id")) is int:
                    item["id"] = 1 + (offset + (first + index) * _ID_STRIDE) % _ID_SPACE
                items.append(item)
        if search is not None:
            name_results(items, search[1], search[0], rng)
        value[items_key] = items
        value["total_pages"] = self.total_pages
        value["total_results"] = self.total_results
        if "item_count" in value:  # v3 list details count their items too
            value["item_count"] = self.total_results

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
                return list(_IMAGE_SIZES.get(name, _OTHER_SIZES))
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


def _item_type(info: mi.Type, items_key: str) -> mi.Type | None:
    """The type of the items a page's ``items_key`` lists."""
    if not isinstance(info, mi.StructType):
        return None
    for field in info.fields:
        if field.encode_name != items_key:
            continue
        found = field.type
        if isinstance(found, mi.UnionType):
            found = next((t for t in found.types if not isinstance(t, mi.NoneType)), found)
        if isinstance(found, mi.ListType | mi.SetType | mi.FrozenSetType | mi.VarTupleType):
            return found.item_type
    return None


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
