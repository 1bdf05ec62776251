"""v3 list payloads."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel
from .common import StatusResponse
from .media import MediaListItem


class ListDetails(TMDBModel):
    """A v3 list, one page of its items at a time.

    TMDB keeps the items under ``items`` rather than ``results``; the ``results``
    property gives them the name every other page uses, so ``client.paginate`` works.
    """

    # A string here, though an int in account lists and in list creation.
    id: str
    name: str | None = None
    description: str | None = None
    created_by: str | None = None
    favorite_count: int | None = None
    item_count: int | None = None
    iso_639_1: str | None = None
    poster_path: str | None = None
    items: list[MediaListItem] = []
    page: int = 1
    # Older answers carry no paging fields: what came back is then the only page.
    total_pages: int = 1
    total_results: int = 0

    @property
    def results(self) -> list[MediaListItem]:
        return self.items


class ListCreated(StatusResponse):
    """TMDB's answer to list creation: a status plus the new list's (int) id."""

    list_id: int | None = None


class ListItemStatus(LeafModel):
    """Whether a movie is on a list."""

    id: int | str | None = None
    item_present: bool | None = None
