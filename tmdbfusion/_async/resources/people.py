"""``client.people``: TMDB's "People" reference group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._argument_checks import check_change_range
from ..._registry import people as ops
from ..._typing import AsyncOperation, ModeT
from ...models.changes import Changes
from ...models.common import ExternalIds, Images
from ...models.pages import Page
from ...models.people import (
    PersonAppend,
    PersonCombinedCredits,
    PersonDetails,
    PersonListItem,
    PersonMovieCredits,
    PersonTaggedImages,
    PersonTranslations,
    PersonTVCredits,
)
from ._resource import AsyncResource


class AsyncPeople(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self,
        person_id: int,
        *,
        append_to_response: Sequence[PersonAppend] | None = None,
        language: str | None = None,
    ) -> PersonDetails:
        """A person's details, plus up to 20 ``append_to_response`` parts in one request."""
        return await self._call(
            ops.DETAILS,
            (person_id,),
            {"append_to_response": append_to_response, "language": language},
        )

    @AsyncOperation
    async def changes(
        self,
        person_id: int,
        *,
        start_date: str | dt.date | None = None,
        end_date: str | dt.date | None = None,
        page: int | None = None,
    ) -> Changes:
        """Edits to a person, over at most 14 days (the last 24 hours by default)."""
        start, end = check_change_range(start_date, end_date)
        return await self._call(
            ops.CHANGES, (person_id,), {"end_date": end, "page": page, "start_date": start}
        )

    @AsyncOperation
    async def combined_credits(
        self, person_id: int, *, language: str | None = None
    ) -> PersonCombinedCredits:
        """A person's movie and TV credits together, each tagged by ``media_type``."""
        return await self._call(ops.COMBINED_CREDITS, (person_id,), {"language": language})

    @AsyncOperation
    async def external_ids(self, person_id: int) -> ExternalIds:
        """A person's ids on IMDb, Wikidata, Facebook, Instagram, ..."""
        return await self._call(ops.EXTERNAL_IDS, (person_id,))

    @AsyncOperation
    async def images(self, person_id: int) -> Images:
        """A person's profile images."""
        return await self._call(ops.IMAGES, (person_id,))

    @AsyncOperation
    async def latest(self) -> PersonDetails:
        """The most recently created person."""
        return await self._call(ops.LATEST)

    @AsyncOperation
    async def movie_credits(
        self, person_id: int, *, language: str | None = None
    ) -> PersonMovieCredits:
        """A person's movie credits, as cast and as crew."""
        return await self._call(ops.MOVIE_CREDITS, (person_id,), {"language": language})

    @AsyncOperation
    async def tv_credits(self, person_id: int, *, language: str | None = None) -> PersonTVCredits:
        """A person's TV credits, as cast and as crew."""
        return await self._call(ops.TV_CREDITS, (person_id,), {"language": language})

    @AsyncOperation
    async def tagged_images(self, person_id: int, *, page: int | None = None) -> PersonTaggedImages:
        """Images a person is tagged in, with the movie, series or episode of each."""
        return await self._call(ops.TAGGED_IMAGES, (person_id,), {"page": page})

    @AsyncOperation
    async def translations(self, person_id: int) -> PersonTranslations:
        """A person's name and biography in other languages."""
        return await self._call(ops.TRANSLATIONS, (person_id,))

    @AsyncOperation
    async def popular(
        self, *, language: str | None = None, page: int | None = None
    ) -> Page[PersonListItem]:
        """People ordered by popularity."""
        return await self._call(ops.POPULAR, (), {"language": language, "page": page})
