"""Results that mix movies, TV series and people, told apart by ``media_type``.

An item of a kind added by TMDB later decodes as ``UnknownMedia`` instead of failing.
"""

from __future__ import annotations

from typing import TypeAlias

from .movies import MovieListItem
from .people import PersonListItem
from .tv import TVListItem
from .unknown import UnknownMedia

MediaListItem: TypeAlias = MovieListItem | TVListItem | PersonListItem | UnknownMedia
