"""A media_type no model knows yet must not break a whole page of mixed results."""

from __future__ import annotations

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient, DecodeError
from tmdbfusion.models import MovieListItem, PersonListItem, TVListItem, UnknownMedia
from tmdbfusion.testing import FakeTMDB


async def test_unknown_media_type_decodes_as_unknown_media(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    podcast = {"id": 9, "media_type": "podcast", "name": "A podcast", "episodes": [1, 2]}
    fake_tmdb.set_response(
        "GET",
        "/3/search/multi",
        {
            "page": 1,
            "total_pages": 1,
            "total_results": 4,
            "results": [
                {"id": 1, "media_type": "movie", "title": "A movie"},
                podcast,
                {"id": 2, "media_type": "tv", "name": "A series"},
                {
                    "id": 3,
                    "media_type": "person",
                    "known_for": [{"id": 4, "media_type": "game", "name": "A game"}],
                },
            ],
        },
    )
    page = await client.search.multi(query="a")
    movie, unknown, series, person = page.results
    assert isinstance(movie, MovieListItem) and movie.title == "A movie"
    assert isinstance(series, TVListItem) and series.name == "A series"
    assert isinstance(unknown, UnknownMedia)
    assert (unknown.original_media_type, unknown.id, unknown.data) == ("podcast", 9, podcast)
    assert isinstance(person, PersonListItem)
    (game,) = person.known_for
    assert isinstance(game, UnknownMedia) and game.original_media_type == "game"
    assert msgspec.to_builtins(unknown)["data"] == podcast


async def test_other_errors_on_a_mixed_page_still_fail(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/search/multi",
        {"page": 1, "results": [{"id": "not-an-int", "media_type": "movie"}]},
    )
    with pytest.raises(DecodeError, match=r"\$\.results\[0\]\.id"):
        await client.search.multi(query="a")
