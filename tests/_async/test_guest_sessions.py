"""client.guest_sessions: what a guest session rated, through FakeTMDB."""

from __future__ import annotations

from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import MovieListItem
from tmdbfusion.models.account import RatedMovie, RatedTV, RatedTVEpisode
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB

GUEST = "guest-5e55-10n"


def sent_query(fake_tmdb: FakeTMDB) -> dict[str, str]:
    query = dict(fake_tmdb.last_request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return query


@pytest.mark.parametrize(
    ("method", "suffix", "item_type"),
    [
        ("rated_movies", "rated/movies", RatedMovie),
        ("rated_tv", "rated/tv", RatedTV),
        ("rated_tv_episodes", "rated/tv/episodes", RatedTVEpisode),
    ],
)
async def test_rated(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, method: str, suffix: str, item_type: type[Any]
) -> None:
    page = await getattr(client.guest_sessions, method)(
        GUEST, language="fr-FR", page=2, sort_by="created_at.asc"
    )

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", f"/3/guest_session/{GUEST}/{suffix}")
    assert sent_query(fake_tmdb) == {"language": "fr-FR", "page": "2", "sort_by": "created_at.asc"}
    assert page.page == 2
    assert page.results
    assert all(type(item) is item_type for item in page.results)
    assert any(isinstance(item.rating, float) for item in page.results)


async def test_rated_items_decode_as_list_items(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        f"/3/guest_session/{GUEST}/rated/tv",
        {
            "page": 1,
            "results": [{"id": 1399, "name": "Series", "origin_country": ["US"], "rating": 8.5}],
            "total_pages": 1,
            "total_results": 1,
        },
    )
    page = await client.guest_sessions.rated_tv(GUEST)

    assert sent_query(fake_tmdb) == {}
    item = page.results[0]
    assert isinstance(item, TVListItem)
    assert not isinstance(item, MovieListItem)
    assert (item.id, item.name, item.origin_country, item.rating) == (1399, "Series", ["US"], 8.5)


@pytest.mark.parametrize("guest_session_id", ["", "  ", "a/b", 42, None])
async def test_bad_guest_session_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, guest_session_id: object
) -> None:
    with pytest.raises((TypeError, ValueError), match="guest_session_id"):
        await client.guest_sessions.rated_movies(guest_session_id)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


async def test_bad_sort_by_is_refused(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match="sort_by must be one of"):
        await client.guest_sessions.rated_tv_episodes(GUEST, sort_by="rating.desc")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
