"""Walking every page: stops at total_pages or page 500, never fetches a page twice."""

from __future__ import annotations

import logging
from collections.abc import Iterator

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


# -- concurrency=N: the pages after the first, side by side, still in order ------------


@pytest.fixture
def fifty_pages(fake_tmdb: FakeTMDB) -> Iterator[FakeTMDB]:
    """The fake with 50 pages to every list, each answered after 50 ms."""
    fake_tmdb.data.total_pages = 50
    fake_tmdb.faults.latency = 0.05
    try:
        yield fake_tmdb
    finally:
        fake_tmdb.data.total_pages = 3


async def test_concurrent_pages_come_in_order_each_fetched_once(
    client: AsyncTMDBClient, fifty_pages: FakeTMDB
) -> None:
    pager = client.paginate(client.movies.popular, region="US", concurrency=10)
    assert pager.concurrency == 10
    numbers = [page.page async for page in pager]
    assert numbers == list(range(1, 51))
    assert sorted(int(r.query["page"]) for r in fifty_pages.requests) == numbers
    assert all(r.query["region"] == "US" for r in fifty_pages.requests)
    # The first page alone tells how many there are; the rest overlap, ten at a time.
    assert fifty_pages.requests[0].query["page"] == "1"
    assert 2 <= fifty_pages.max_in_flight <= 10
    assert (pager.total_pages, pager.reachable_pages, pager.truncated) == (50, 50, False)
    # Replayed from memory, as without concurrency.
    assert len([item async for item in pager.items()]) == 50 * fifty_pages.data.list_size
    assert len(fifty_pages.requests) == 50


async def test_concurrency_one_fetches_one_page_at_a_time(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.faults.latency = 0.02
    numbers = [page.page async for page in client.paginate(client.movies.popular)]
    assert numbers == [1, 2, 3]
    assert fake_tmdb.max_in_flight == 1


async def test_concurrent_pages_ahead_stay_within_concurrency(
    client: AsyncTMDBClient, fifty_pages: FakeTMDB
) -> None:
    """Stopping after page 5 leaves at most `concurrency` pages fetched ahead; resuming
    fetches only the pages not fetched yet."""
    pager = client.paginate(client.movies.popular, concurrency=4)
    async for page in pager:
        if page.page == 5:
            break
    # Page 1, then 2 to 5 handed out, and at most 4 more started behind them.
    assert 5 <= len(fifty_pages.requests) <= 9
    assert [page.page async for page in pager] == list(range(1, 51))
    pages_asked = [int(r.query["page"]) for r in fifty_pages.requests]
    # A page in flight when the loop stopped may be asked again; no page finished is.
    assert set(pages_asked) == set(range(1, 51))
    assert len(pages_asked) <= 50 + 4


@pytest.mark.parametrize(
    ("concurrency", "error"),
    [(0, ValueError), (-1, ValueError), (1.5, TypeError), ("4", TypeError), (True, TypeError)],
)
async def test_bad_concurrency_is_refused_before_any_request(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, concurrency: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match="concurrency"):
        client.paginate(client.movies.popular, concurrency=concurrency)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


# -- TMDB's 500-page cap: said, not silent ----------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_more_than_500_pages_is_said_once(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    caplog: pytest.LogCaptureFixture,
    concurrency: int,
) -> None:
    fake_tmdb.data.total_pages = 600
    try:
        pager = client.paginate(
            client.search.movie, query="alien", page=495, concurrency=concurrency
        )
        assert (pager.total_pages, pager.reachable_pages, pager.truncated) == (None, None, False)
        with caplog.at_level(logging.WARNING, logger="tmdbfusion"):
            numbers = [page.page async for page in pager]
            again = [page.page async for page in pager]
    finally:
        fake_tmdb.data.total_pages = 3
    assert numbers == again == [495, 496, 497, 498, 499, 500]
    assert len(fake_tmdb.requests) == 6
    assert (pager.total_pages, pager.reachable_pages, pager.truncated) == (600, 500, True)
    warnings = [r for r in caplog.records if r.name == "tmdbfusion"]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING
    message = warnings[0].getMessage()
    assert "search.movie(query='alien')" in message
    assert "600" in message and "500" in message


async def test_500_pages_or_fewer_is_not_truncated(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, caplog: pytest.LogCaptureFixture
) -> None:
    fake_tmdb.data.total_pages = 500
    try:
        pager = client.paginate(client.movies.popular, page=500)
        with caplog.at_level(logging.WARNING, logger="tmdbfusion"):
            assert [page.page async for page in pager] == [500]
    finally:
        fake_tmdb.data.total_pages = 3
    assert (pager.total_pages, pager.reachable_pages, pager.truncated) == (500, 500, False)
    assert [r for r in caplog.records if r.name == "tmdbfusion"] == []
