"""client.fetch_many: one result per input, failures included, within max_connections."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator

import pytest

from tmdbfusion import AsyncTMDBClient, FetchResult, NotFoundError
from tmdbfusion.models import MovieDetails
from tmdbfusion.testing import FakeTMDB


@pytest.fixture
async def narrow(fake_tmdb: FakeTMDB) -> AsyncIterator[AsyncTMDBClient]:
    """A client of 4 connections, against a fake answering after 20 ms."""
    fake_tmdb.faults.latency = 0.02
    async with AsyncTMDBClient(
        **fake_tmdb.client_kwargs(), rate_limit=None, max_connections=4
    ) as tmdb:
        yield tmdb


async def test_one_result_per_input_failures_included(
    narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.not_found.add("/3/movie/404")
    ids = [550, 404, 13, 680, -1, 603]
    results = [r async for r in narrow.fetch_many(narrow.movies.details, ids)]
    assert sorted(r.input for r in results) == sorted(ids)
    by_input = {r.input: r for r in results}
    for movie_id in (550, 13, 680, 603):
        result = by_input[movie_id]
        assert isinstance(result, FetchResult)
        assert result.ok and result.error is None
        assert isinstance(result.value, MovieDetails) and result.value.id == movie_id
    missing = by_input[404]
    assert not missing.ok and missing.value is None
    assert isinstance(missing.error, NotFoundError)
    # A bad input is that item's error, refused before sending, not the batch's end.
    refused = by_input[-1]
    assert isinstance(refused.error, ValueError) and refused.value is None
    assert sorted(r.path for r in fake_tmdb.requests) == sorted(
        f"/3/movie/{i}" for i in ids if i > 0
    )
    # Unpacks as (input, value, error).
    movie_id, value, error = by_input[550]
    assert (movie_id, error) == (550, None) and value is not None


async def test_ordered_results_follow_the_inputs(
    narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.not_found.add("/3/movie/7")
    ids = list(range(1, 41))
    results = [r async for r in narrow.fetch_many(narrow.movies.details, ids, ordered=True)]
    assert [r.input for r in results] == ids
    assert [r.ok for r in results] == [i != 7 for i in ids]
    assert [r.value.id for r in results if r.value is not None] == [i for i in ids if i != 7]
    assert 2 <= fake_tmdb.max_in_flight <= 4


async def test_never_more_than_max_connections_in_flight(
    narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    for ordered in (False, True):
        fake_tmdb.reset()
        fake_tmdb.faults.latency = 0.02
        results = [
            r async for r in narrow.fetch_many(narrow.movies.details, range(1, 61), ordered=ordered)
        ]
        assert len(results) == 60 and all(r.ok for r in results)
        assert fake_tmdb.max_in_flight == 4, ordered


async def test_a_generator_is_read_only_as_room_frees_up(
    narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    """A million ids in a generator: it is drawn from lazily, a window at a time."""
    drawn = 0

    def ids() -> Generator[int, None, None]:
        nonlocal drawn
        for movie_id in range(1, 1_000_001):
            drawn += 1
            yield movie_id

    for ordered, window in ((False, 4), (True, 8)):
        drawn = 0
        taken: list[FetchResult[int, MovieDetails]] = []
        batch = narrow.fetch_many(narrow.movies.details, ids(), ordered=ordered)
        async for result in batch:
            taken.append(result)
            if len(taken) == 10:
                break
        assert all(result.ok for result in taken)
        # What was handed out, plus at most the window in flight or waiting.
        assert drawn <= 10 + window, (ordered, drawn)
        await batch.aclose()  # closing it cancels what is still in flight
    assert len(fake_tmdb.requests) <= 2 * (10 + 8)


async def test_kwargs_go_to_every_call(narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    results = [
        r
        async for r in narrow.fetch_many(
            narrow.movies.details, [550, 551], append_to_response=["credits", "images"]
        )
    ]
    assert all(r.ok for r in results)
    assert all(r.value is not None and r.value.credits is not None for r in results)
    # Its own two requests: a request an earlier test cancelled after sending can still
    # reach the session's FakeTMDB during this one.
    sent = [r for r in fake_tmdb.requests if r.path in ("/3/movie/550", "/3/movie/551")]
    assert sorted(r.path for r in sent) == ["/3/movie/550", "/3/movie/551"]
    assert [r.query.get("append_to_response") for r in sent] == ["credits,images"] * 2


async def test_bad_kwargs_become_each_items_error(
    narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    results = [r async for r in narrow.fetch_many(narrow.movies.details, [1, 2], language=5)]
    assert [type(r.error) for r in results] == [TypeError, TypeError]
    assert fake_tmdb.requests == []


async def test_an_empty_batch_sends_nothing(narrow: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    assert [r async for r in narrow.fetch_many(narrow.movies.details, [])] == []
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("not callable", [1]), {}),
        (("method", 5), {}),
        (("method", "550"), {}),
        (("method", [1]), {"ordered": "yes"}),
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    narrow: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    args: tuple[object, object],
    kwargs: dict[str, object],
) -> None:
    method = narrow.movies.details if args[0] == "method" else args[0]
    with pytest.raises(TypeError):
        narrow.fetch_many(method, args[1], **kwargs)  # type: ignore[call-overload]
    assert fake_tmdb.requests == []
