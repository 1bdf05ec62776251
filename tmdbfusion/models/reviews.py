"""User reviews of movies and TV series."""

from __future__ import annotations

from ._base import LeafModel, TMDBModel
from .pages import Page


class ReviewAuthor(LeafModel):
    name: str | None = None
    username: str | None = None
    avatar_path: str | None = None
    rating: float | None = None


class Review(TMDBModel):
    # Review ids are strings. The media_* fields come only with ``reviews.details``.
    id: str
    author: str | None = None
    author_details: ReviewAuthor | None = None
    content: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    url: str | None = None
    iso_639_1: str | None = None
    media_id: int | None = None
    media_title: str | None = None
    media_type: str | None = None


class ReviewsPage(Page[Review]):
    id: int | None = None
