"""Change records: what changed on one title or person, and which ids changed lately."""

from __future__ import annotations

from typing import Any

from ._base import LeafModel, TMDBModel


class ChangeItem(LeafModel):
    """One edit. ``value`` and ``original_value`` are whatever the changed key holds
    (a string, a number, an object such as an image, ...), so they stay untyped."""

    # Change ids are strings.
    id: str | None = None
    action: str | None = None
    # TMDB's "YYYY-MM-DD HH:MM:SS UTC" form, kept as sent.
    time: str | None = None
    iso_639_1: str | None = None
    iso_3166_1: str | None = None
    value: Any = None
    original_value: Any = None


class Change(TMDBModel):
    key: str | None = None
    items: list[ChangeItem] = []


class Changes(TMDBModel):
    """``/changes`` of one movie, series, season, episode or person."""

    changes: list[Change] = []


class ChangedItem(LeafModel):
    """An id in the movie/tv/person change lists; ``adult`` is null for some entries."""

    id: int
    adult: bool | None = None
