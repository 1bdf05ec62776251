"""``client.keywords``: TMDB's reference group of that name."""

from __future__ import annotations

from ._resource import AsyncResource


class AsyncKeywords(AsyncResource):
    pass
