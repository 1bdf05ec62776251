"""client.people: every operation end to end, appended parts, mixed credits, refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import ExternalIds, Images, MovieListItem
from tmdbfusion.models.changes import Changes
from tmdbfusion.models.people import (
    EpisodeListItem,
    PersonCombinedCredits,
    PersonDetails,
    PersonListItem,
    PersonMovieCast,
    PersonMovieCredits,
    PersonTaggedImages,
    PersonTranslations,
    PersonTVCast,
    PersonTVCredits,
    PersonTVCrew,
)
from tmdbfusion.models.tv import TVListItem
from tmdbfusion.testing import FakeTMDB


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request as (method, path, query without the api key)."""
    request = fake.last_request
    query = {k: v for k, v in request.query.items() if k != "api_key"}
    return request.method, request.path, query


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    person = await client.people.details(31, language="fr-FR")

    assert sent(fake_tmdb) == ("GET", "/3/person/31", {"language": "fr-FR"})
    assert isinstance(person, PersonDetails)
    assert person.id == 31
    assert not hasattr(person, "movie_credits")
    assert "combined_credits" not in msgspec.to_builtins(person)


async def test_details_with_every_part(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    parts: list[Any] = [
        "changes",
        "combined_credits",
        "external_ids",
        "images",
        "movie_credits",
        "tagged_images",
        "translations",
        "tv_credits",
    ]
    person = await client.people.details(31, append_to_response=parts)

    assert sent(fake_tmdb) == ("GET", "/3/person/31", {"append_to_response": ",".join(parts)})
    assert isinstance(person.changes, Changes)
    assert isinstance(person.combined_credits, PersonCombinedCredits)
    assert isinstance(person.external_ids, ExternalIds)
    assert isinstance(person.images, Images)
    assert isinstance(person.movie_credits, PersonMovieCredits)
    assert isinstance(person.tagged_images, PersonTaggedImages)
    assert isinstance(person.translations, PersonTranslations)
    assert isinstance(person.tv_credits, PersonTVCredits)
    assert person.movie_credits.cast and person.tv_credits.crew


async def test_details_refuses_unknown_parts(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    # A movie part: TMDB would silently drop it for a person.
    with pytest.raises(ValueError, match="release_dates"):
        await client.people.details(31, append_to_response=["release_dates"])  # type: ignore[list-item]
    assert fake_tmdb.requests == []


async def test_changes(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changes = await client.people.changes(
        31, start_date="2024-01-01", end_date=dt.date(2024, 1, 10), page=2
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/person/31/changes",
        {"start_date": "2024-01-01", "end_date": "2024-01-10", "page": "2"},
    )
    assert isinstance(changes, Changes)
    assert changes.changes and changes.changes[0].items


async def test_changes_decodes_any_value(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {
        "changes": [
            {
                "key": "images",
                "items": [
                    {
                        "id": "a1",
                        "action": "added",
                        "time": "2024-01-02 10:00:00 UTC",
                        "value": {"profile": {"file_path": "/x.jpg"}},
                    }
                ],
            },
            {"key": "name", "items": [{"id": "b2", "action": "updated", "value": "New"}]},
        ]
    }
    fake_tmdb.set_response("GET", "/3/person/7/changes", body)

    changes = await client.people.changes(7)

    assert sent(fake_tmdb)[2] == {}
    assert changes.changes[0].items[0].value == {"profile": {"file_path": "/x.jpg"}}
    assert changes.changes[1].items[0].value == "New"
    assert msgspec.to_builtins(changes)["changes"][0]["items"][0]["time"] == (
        "2024-01-02 10:00:00 UTC"
    )


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2024-01-01", "2024-01-16", "at most 14"),
        ("2024-01-10", "2024-01-09", "before"),
        ("2024/01/01", None, "YYYY-MM-DD"),
        ("2024-02-30", None, "real date"),
        (None, 20240101, "date"),
    ],
)
async def test_changes_refuses_bad_dates(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, start: Any, end: Any, message: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        await client.people.changes(31, start_date=start, end_date=end)
    assert fake_tmdb.requests == []


async def test_combined_credits_mixes_movies_and_tv(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    body = {
        "id": 31,
        "cast": [
            {"id": 13, "media_type": "movie", "title": "A", "character": "Forrest", "order": 0},
            {"id": 1400, "media_type": "tv", "name": "B", "episode_count": 3, "character": "Self"},
        ],
        "crew": [{"id": 1401, "media_type": "tv", "name": "C", "job": "Producer"}],
    }
    fake_tmdb.set_response("GET", "/3/person/31/combined_credits", body)

    credits = await client.people.combined_credits(31, language="de-DE")

    assert sent(fake_tmdb) == ("GET", "/3/person/31/combined_credits", {"language": "de-DE"})
    assert isinstance(credits, PersonCombinedCredits)
    movie, show = credits.cast
    assert isinstance(movie, PersonMovieCast) and isinstance(movie, MovieListItem)
    assert (movie.title, movie.character, movie.order) == ("A", "Forrest", 0)
    assert isinstance(show, PersonTVCast) and isinstance(show, TVListItem)
    assert (show.name, show.episode_count) == ("B", 3)
    assert isinstance(credits.crew[0], PersonTVCrew)
    assert credits.crew[0].job == "Producer"


async def test_combined_credits_generated(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.people.combined_credits(31)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/combined_credits", {})
    assert credits.id == 31
    assert credits.cast and all(isinstance(c, MovieListItem | TVListItem) for c in credits.cast)


async def test_external_ids(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    ids = await client.people.external_ids(31)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/external_ids", {})
    assert isinstance(ids, ExternalIds)
    assert ids.id == 31


async def test_images(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    images = await client.people.images(31)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/images", {})
    assert isinstance(images, Images)
    assert images.id == 31
    assert len(images.profiles) == fake_tmdb.data.list_size


async def test_latest(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    person = await client.people.latest()

    assert sent(fake_tmdb) == ("GET", "/3/person/latest", {})
    assert isinstance(person, PersonDetails)
    assert person.id > 0


async def test_movie_credits(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.people.movie_credits(31, language="en-US")

    assert sent(fake_tmdb) == ("GET", "/3/person/31/movie_credits", {"language": "en-US"})
    assert isinstance(credits, PersonMovieCredits)
    assert credits.id == 31
    assert credits.cast and isinstance(credits.cast[0], MovieListItem)
    assert len(credits.crew) == fake_tmdb.data.list_size


async def test_tv_credits(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.people.tv_credits(31)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/tv_credits", {})
    assert isinstance(credits, PersonTVCredits)
    assert credits.id == 31
    assert credits.cast and isinstance(credits.cast[0], TVListItem)


async def test_tagged_images(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    images = await client.people.tagged_images(31, page=2)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/tagged_images", {"page": "2"})
    assert isinstance(images, PersonTaggedImages)
    assert (images.id, images.page) == (31, 2)
    assert len(images.results) == fake_tmdb.data.list_size


async def test_tagged_images_media_by_type(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {
        "id": 31,
        "page": 1,
        "total_pages": 1,
        "total_results": 2,
        "results": [
            {"id": "i1", "media_type": "movie", "media": {"id": 5, "media_type": "movie"}},
            {
                "id": "i2",
                "media_type": "episode",
                "media": {"id": 9, "media_type": "tv_episode", "show_id": 4, "season_number": 1},
            },
        ],
    }
    fake_tmdb.set_response("GET", "/3/person/31/tagged_images", body)

    images = await client.people.tagged_images(31)

    first, second = images.results
    assert isinstance(first.media, MovieListItem) and first.media.id == 5
    assert isinstance(second.media, EpisodeListItem)
    assert (second.media_type, second.media.show_id) == ("episode", 4)


async def test_tagged_images_paginate(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    pages = [page.page async for page in client.paginate(client.people.tagged_images, 31)]

    assert pages == [1, 2, 3]
    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]


async def test_translations(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    translations = await client.people.translations(31)

    assert sent(fake_tmdb) == ("GET", "/3/person/31/translations", {})
    assert isinstance(translations, PersonTranslations)
    assert translations.id == 31
    assert len(translations.translations) == fake_tmdb.data.list_size


async def test_popular(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    popular = await client.people.popular(language="en-US", page=3)

    assert sent(fake_tmdb) == ("GET", "/3/person/popular", {"language": "en-US", "page": "3"})
    assert popular.page == 3
    assert popular.results and all(isinstance(p, PersonListItem) for p in popular.results)
    assert all(isinstance(k, MovieListItem | TVListItem) for k in popular.results[0].known_for)


@pytest.mark.parametrize("bad", [0, -3, True, "31", None])
async def test_bad_person_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: Any
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await client.people.details(bad)
    with pytest.raises((ValueError, TypeError)):
        await client.people.combined_credits(bad)
    assert fake_tmdb.requests == []


async def test_bad_page_is_refused(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match="page"):
        await client.people.popular(page=501)
    assert fake_tmdb.requests == []
