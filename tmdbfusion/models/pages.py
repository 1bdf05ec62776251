"""Paged responses: ``page``, ``results``, ``total_pages``, ``total_results``."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._base import TMDBModel

ItemT = TypeVar("ItemT")


class Page(TMDBModel, Generic[ItemT]):
    page: int = 1
    results: list[ItemT] = []
    total_pages: int = 0
    total_results: int = 0
