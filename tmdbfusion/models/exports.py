"""Rows of TMDB's daily ID exports: one model per shape of line.

``client.exports.iter(kind)`` yields them. The files are TMDB's own bulk dumps, one
JSON object per line; every field but ``id`` has a default (names and popularity
``None``, as in the other models, when a line leaves them out or sends null), so one odd
line never stops a million-row read. None of them holds another model, so none is tracked by the
garbage collector (``gc=False``): a million rows cost no collector time.
"""

from __future__ import annotations

from typing import TypeAlias

from ._base import LeafModel


class MovieExport(LeafModel):
    """A line of the ``movie`` and ``adult_movie`` files."""

    id: int
    original_title: str | None = None
    popularity: float | None = None
    adult: bool = False
    video: bool = False


class SeriesExport(LeafModel):
    """A line of the ``tv_series`` and ``adult_tv_series`` files."""

    id: int
    original_name: str | None = None
    popularity: float | None = None


class PersonExport(LeafModel):
    """A line of the ``person`` and ``adult_person`` files."""

    id: int
    name: str | None = None
    popularity: float | None = None
    adult: bool = False


class NamedExport(LeafModel):
    """A line of the ``collection``, ``tv_network``, ``keyword`` and
    ``production_company`` files."""

    id: int
    name: str | None = None


ExportRow: TypeAlias = MovieExport | SeriesExport | PersonExport | NamedExport
