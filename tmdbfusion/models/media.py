"""Results that mix movies, TV series and people, told apart by ``media_type``."""

from __future__ import annotations

from typing import TypeAlias

from .movies import MovieListItem
from .people import PersonListItem
from .tv import TVListItem

MediaListItem: TypeAlias = MovieListItem | TVListItem | PersonListItem
