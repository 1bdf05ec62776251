"""A stand-in for list items whose ``media_type`` no model knows yet."""

from __future__ import annotations

from typing import Any

from ._base import TMDBModel


class UnknownMedia(TMDBModel, tag_field="media_type", tag="unknown"):
    """An item of a mixed list (search.multi, trending.all, known_for, ...) with a
    ``media_type`` TMDB added after this version: one new kind of item must not
    break a whole page. ``data`` keeps everything TMDB sent for it."""

    original_media_type: str | None = None
    id: int | str | None = None
    data: dict[str, Any] = {}
