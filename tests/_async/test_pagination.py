"""Walking every page: stops at total_pages or page 500, never fetches a page twice."""

from __future__ import annotations

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import MovieListItem
from tmdbfusion.testing import FakeTMDB


async def test_iterates_all_pages_once(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    pager = client.paginate(client.movies.popular, region="US")
    numbers = [page.page async for page in pager]
    assert numbers == [1, 2, 3]
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]
    assert all(r.query["region"] == "US" for r in fake_tmdb.requests)

    again = [page.page async for page in pager]
    items = [item async for item in pager.items()]
    assert again == [1, 2, 3]
    assert len(fake_tmdb.requests) == 3
    assert len(items) == 3 * fake_tmdb.data.list_size
    assert all(isinstance(item, MovieListItem) for item in items)


async def test_stops_at_page_500(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.data.total_pages = 1000
    try:
        pager = client.paginate(client.search.movie, query="x", page=499)
        numbers = [page.page async for page in pager]
    finally:
        fake_tmdb.data.total_pages = 3
    assert numbers == [499, 500]
    assert [r.query["page"] for r in fake_tmdb.requests] == ["499", "500"]


async def test_partial_iteration_resumes_without_refetching(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    pager = client.paginate(client.movies.popular)
    async for page in pager:
        if page.page == 2:
            break
    assert len(fake_tmdb.requests) == 2
    assert [page.page async for page in pager] == [1, 2, 3]
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]


@pytest.mark.parametrize("page", [0, 501, True])
async def test_bad_start_page_is_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, page: object
) -> None:
    with pytest.raises((ValueError, TypeError)):
        client.paginate(client.movies.popular, page=page)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
