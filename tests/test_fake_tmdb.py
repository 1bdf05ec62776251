"""FakeTMDB's own options."""

from __future__ import annotations

import pytest

from tmdbfusion import TMDBClient
from tmdbfusion.testing import FakeTMDB


@pytest.mark.parametrize("limit", [0, 2])
def test_record_limit_keeps_only_the_latest_requests(limit: int) -> None:
    with FakeTMDB(record_limit=limit) as fake, TMDBClient(**fake.client_kwargs()) as client:
        for movie_id in (1, 2, 3, 4):
            client.movies.details(movie_id)
        assert [r.path for r in fake.requests] == [f"/3/movie/{i}" for i in (1, 2, 3, 4)][
            4 - limit :
        ]


def test_without_a_record_limit_every_request_is_kept() -> None:
    with FakeTMDB() as fake, TMDBClient(**fake.client_kwargs()) as client:
        for movie_id in range(1, 6):
            client.movies.details(movie_id)
        assert len(fake.requests) == 5


@pytest.mark.parametrize("bad", [-1, 1.5, True, "10"])
def test_a_bad_record_limit_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="record_limit"):
        FakeTMDB(record_limit=bad)  # type: ignore[arg-type]
