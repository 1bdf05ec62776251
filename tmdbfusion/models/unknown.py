"""A stand-in for list items whose ``media_type`` no model knows yet."""

from __future__ import annotations

from typing import Any

from ._base import TMDBModel


class UnknownMedia(TMDBModel, tag_field="media_type", tag="unknown"):
    """An item of a mixed list (search.multi, trending.all, known_for, combined
    credits, ...) with a ``media_type`` TMDB added after this version (``"unknown"``
    itself included), or with none at all (missing, null or not a string): one odd item
    must not break a whole page. ``data`` keeps everything TMDB sent for it. Decoding
    through the client (``tmdbfusion._decoding.decode``) does this wherever a model's
    union lists ``UnknownMedia``.

    ``data`` is required (``UnknownMedia(data={...})``): an item TMDB itself tags
    ``"unknown"`` has no ``data``, so the strict decode refuses it and the slow path
    keeps it whole, while a re-encoded ``UnknownMedia`` (which carries ``data``)
    decodes straight back."""

    original_media_type: str | None = None
    id: int | str | None = None
    data: dict[str, Any]

    @property
    def media_type(self) -> str | None:
        """The ``media_type`` TMDB sent (None when it was missing or not a string);
        re-encoding writes ``"unknown"``, the tag that brings the item back here."""
        return self.original_media_type
