"""``client.lists``: TMDB's "Lists" reference group (v3 lists).

Every write needs a user ``session_id`` (``client.authentication.create_session``).
"""

from __future__ import annotations

from ..._argument_checks import check_credential
from ..._registry import lists as ops
from ..._typing import AsyncOperation, ModeT
from ..._validation import check_id, check_text
from ...models.common import StatusResponse
from ...models.lists import ListCreated, ListDetails, ListItemStatus
from ._resource import AsyncResource


class AsyncLists(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(
        self, list_id: int | str, *, language: str | None = None, page: int | None = None
    ) -> ListDetails:
        """A list and one page of its items (``.items``, also as ``.results``)."""
        return await self._call(ops.DETAILS, (list_id,), {"language": language, "page": page})

    @AsyncOperation
    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        language: str | None = None,
        session_id: str,
    ) -> ListCreated:
        """Create a list; the answer's ``list_id`` is the new list's id."""
        query = {"session_id": check_credential("session_id", session_id)}
        body: dict[str, object] = {"name": check_text("name", name)}
        if description is not None:
            if not isinstance(description, str):
                raise TypeError(f"description must be a str, not {type(description).__name__}")
            body["description"] = description
        if language is not None:
            body["language"] = check_text("language", language)
        return await self._call(ops.CREATE, (), query, body)

    @AsyncOperation
    async def add_movie(
        self, list_id: int | str, *, media_id: int, session_id: str
    ) -> StatusResponse:
        """Add a movie to a list."""
        query = {"session_id": check_credential("session_id", session_id)}
        body = {"media_id": check_id("media_id", media_id)}
        return await self._call(ops.ADD_MOVIE, (list_id,), query, body)

    @AsyncOperation
    async def remove_movie(
        self, list_id: int | str, *, media_id: int, session_id: str
    ) -> StatusResponse:
        """Remove a movie from a list."""
        query = {"session_id": check_credential("session_id", session_id)}
        body = {"media_id": check_id("media_id", media_id)}
        return await self._call(ops.REMOVE_MOVIE, (list_id,), query, body)

    @AsyncOperation
    async def item_status(
        self, list_id: int | str, *, movie_id: int, language: str | None = None
    ) -> ListItemStatus:
        """Whether a movie is on a list (``item_present``)."""
        return await self._call(
            ops.ITEM_STATUS,
            (list_id,),
            {"language": language, "movie_id": check_id("movie_id", movie_id)},
        )

    @AsyncOperation
    async def clear(
        self, list_id: int | str, *, session_id: str, confirm: bool = False
    ) -> StatusResponse:
        """Remove every item from a list. It cannot be undone, so ``confirm=True`` is required."""
        # Without confirm TMDB refuses anyway (code 29); refusing here saves the call
        # and makes the destructive intent explicit at the call site.
        if confirm is not True:
            raise ValueError(
                "lists.clear removes every item from the list and cannot be undone: "
                "pass confirm=True to do it"
            )
        query = {"session_id": check_credential("session_id", session_id), "confirm": True}
        return await self._call(ops.CLEAR, (list_id,), query)

    @AsyncOperation
    async def delete(self, list_id: int | str, *, session_id: str) -> StatusResponse:
        """Delete a list."""
        query = {"session_id": check_credential("session_id", session_id)}
        return await self._call(ops.DELETE, (list_id,), query)
