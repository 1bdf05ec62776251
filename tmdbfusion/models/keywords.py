"""Keyword payloads."""

from __future__ import annotations

from .movies import MovieListItem
from .pages import Page


class KeywordMovies(Page[MovieListItem]):
    """Movies tagged with a keyword; ``id`` is the keyword's."""

    id: int | None = None
