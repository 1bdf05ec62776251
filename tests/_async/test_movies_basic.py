"""movies.details / movies.popular / search.movie / configuration.details, end to end."""

from __future__ import annotations

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Credits, MovieDetails, MovieListItem
from tmdbfusion.testing import FakeTMDB


async def test_details_sends_the_request_and_decodes(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    movie = await client.movies.details(550, language="de-DE")

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", "/3/movie/550")
    assert sent.query == {"language": "de-DE", "api_key": fake_tmdb.api_key}
    assert isinstance(movie, MovieDetails)
    assert movie.id == 550
    assert not hasattr(movie, "credits")


async def test_details_append_to_response(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    movie = await client.movies.details(550, append_to_response=["credits", "images"])

    assert fake_tmdb.last_request.query["append_to_response"] == "credits,images"
    assert isinstance(movie.credits, Credits)
    assert movie.credits.cast
    assert not hasattr(movie, "videos")
    assert "videos" not in msgspec.to_builtins(movie)


async def test_popular_and_search_return_pages(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    popular = await client.movies.popular(page=2, region="US")
    assert fake_tmdb.last_request.path == "/3/movie/popular"
    assert fake_tmdb.last_request.query["page"] == "2"
    assert fake_tmdb.last_request.query["region"] == "US"
    assert popular.page == 2
    assert all(isinstance(item, MovieListItem) for item in popular.results)

    found = await client.search.movie(query="fight club", include_adult=False, year=1999)
    sent = fake_tmdb.last_request
    assert sent.path == "/3/search/movie"
    assert sent.query["query"] == "fight club"
    assert sent.query["include_adult"] == "false"
    assert sent.query["year"] == "1999"
    assert found.results


@pytest.mark.parametrize("bad", [0, -1, True, "550", 1.5])
async def test_bad_ids_are_refused_before_sending(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await client.movies.details(bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
