"""``client.collections``: TMDB's "Collections" reference group."""

from __future__ import annotations

from collections.abc import Sequence

from ..._registry import collections as ops
from ..._typing import AsyncOperation, ModeT
from ...models import Images
from ...models.collections import CollectionAppend, CollectionDetails
from ...models.title_parts import Translations
from ._resource import AsyncResource


class AsyncCollections(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        collection_id: int,
        *,
        append_to_response: Sequence[CollectionAppend] | None = None,
        language: str | None = None,
    ) -> CollectionDetails:
        """A collection (film series) and the movies in it, plus its ``images`` and
        ``translations`` if asked for with ``append_to_response``."""
        return await self._call(
            ops.DETAILS,
            (collection_id,),
            {"append_to_response": append_to_response, "language": language},
        )

    @AsyncOperation
    async def images(
        self,
        collection_id: int,
        *,
        include_image_language: str | Sequence[str] | None = None,
        language: str | None = None,
    ) -> Images:
        """The collection's backdrops and posters.

        ``include_image_language`` adds languages (``["en", "null"]``; "null" means none).
        """
        return await self._call(
            ops.IMAGES,
            (collection_id,),
            {"include_image_language": include_image_language, "language": language},
        )

    @AsyncOperation
    async def translations(self, collection_id: int) -> Translations:
        """The collection's title, overview and homepage in every language TMDB has."""
        return await self._call(ops.TRANSLATIONS, (collection_id,))
