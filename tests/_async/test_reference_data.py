"""genres, certifications, changes, configuration and the watch-provider lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Genre, SpokenLanguage
from tmdbfusion.models.certifications import Certification, CertificationList
from tmdbfusion.models.changes import ChangedItem
from tmdbfusion.models.configuration import Country, CountryTimezones, Department
from tmdbfusion.models.genres import GenreList
from tmdbfusion.models.watch_providers_list import (
    WatchProviderList,
    WatchProviderListItem,
    WatchRegions,
)
from tmdbfusion.testing import FakeTMDB


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request as (method, path, query without the api key)."""
    request = fake.last_request
    query = {k: v for k, v in request.query.items() if k != "api_key"}
    return request.method, request.path, query


# -- genres ---------------------------------------------------------------------------


async def test_genres_movie_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    genres = await client.genres.movie_list(language="de")

    assert sent(fake_tmdb) == ("GET", "/3/genre/movie/list", {"language": "de"})
    assert isinstance(genres, GenreList)
    assert len(genres.genres) == fake_tmdb.data.list_size
    assert all(isinstance(g, Genre) for g in genres.genres)


async def test_genres_tv_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/genre/tv/list", {"genres": [{"id": 18, "name": "Drama"}]})

    genres = await client.genres.tv_list()

    assert sent(fake_tmdb) == ("GET", "/3/genre/tv/list", {})
    assert genres.genres == [Genre(id=18, name="Drama")]


# -- certifications -------------------------------------------------------------------


async def test_certifications_movie_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    certs = await client.certifications.movie_list()

    assert sent(fake_tmdb) == ("GET", "/3/certification/movie/list", {})
    assert isinstance(certs, CertificationList)
    assert set(certs.certifications) == {"US", "GB", "DE"}
    assert all(isinstance(c, Certification) for c in certs.certifications["US"])


async def test_certifications_tv_list_by_country(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    body = {
        "certifications": {
            "NZ": [{"certification": "G", "meaning": "Everyone", "order": 1}],
            "XK": [],
        }
    }
    fake_tmdb.set_response("GET", "/3/certification/tv/list", body)

    certs = await client.certifications.tv_list()

    assert sent(fake_tmdb) == ("GET", "/3/certification/tv/list", {})
    assert certs.certifications["NZ"][0] == Certification(
        certification="G", meaning="Everyone", order=1
    )
    assert certs.certifications["XK"] == []
    assert msgspec.to_builtins(certs) == body


# -- changes --------------------------------------------------------------------------


async def test_changes_movie_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changed = await client.changes.movie_list(
        start_date="2024-03-01", end_date="2024-03-15", page=2
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/movie/changes",
        {"start_date": "2024-03-01", "end_date": "2024-03-15", "page": "2"},
    )
    assert changed.page == 2
    assert changed.results and all(isinstance(c, ChangedItem) for c in changed.results)


async def test_changes_tv_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changed = await client.changes.tv_list(start_date=dt.date(2024, 2, 20))

    assert sent(fake_tmdb) == ("GET", "/3/tv/changes", {"start_date": "2024-02-20"})
    assert len(changed.results) == fake_tmdb.data.list_size


async def test_changes_people_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {
        "results": [{"id": 31, "adult": False}, {"id": 32, "adult": None}],
        "page": 1,
        "total_pages": 1,
        "total_results": 2,
    }
    fake_tmdb.set_response("GET", "/3/person/changes", body)

    changed = await client.changes.people_list(end_date=dt.datetime(2024, 2, 20, 13, 5))

    assert sent(fake_tmdb) == ("GET", "/3/person/changes", {"end_date": "2024-02-20"})
    assert changed.results == [ChangedItem(id=31, adult=False), ChangedItem(id=32)]


async def test_changes_paginate(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    ids = [c.id async for c in client.paginate(client.changes.movie_list).items()]

    assert [r.query["page"] for r in fake_tmdb.requests] == ["1", "2", "3"]
    assert len(ids) == 3 * fake_tmdb.data.list_size


@pytest.mark.parametrize("method", ["movie_list", "tv_list", "people_list"])
@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2024-03-01", "2024-03-16", "15 days; TMDB allows at most 14"),
        (dt.date(2024, 3, 2), dt.date(2024, 3, 1), "before start_date"),
        ("1 March 2024", None, "start_date must be a date in the form YYYY-MM-DD"),
        (None, "2024-3-1", "end_date must be a date in the form YYYY-MM-DD"),
        ("2023-02-29", None, "not a real date"),
        (1709251200, None, "start_date must be a date or"),
    ],
)
async def test_changes_refuse_bad_dates(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    method: str,
    start: Any,
    end: Any,
    message: str,
) -> None:
    call = getattr(client.changes, method)
    with pytest.raises((ValueError, TypeError), match=message):
        await call(start_date=start, end_date=end)
    assert fake_tmdb.requests == []


async def test_changes_accept_exactly_14_days(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.changes.tv_list(start_date="2024-12-25", end_date="2025-01-08")

    assert sent(fake_tmdb)[2] == {"start_date": "2024-12-25", "end_date": "2025-01-08"}


# -- configuration --------------------------------------------------------------------


async def test_configuration_countries(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    countries = await client.configuration.countries(language="fr-FR")

    assert sent(fake_tmdb) == ("GET", "/3/configuration/countries", {"language": "fr-FR"})
    assert isinstance(countries, list)
    assert len(countries) == fake_tmdb.data.list_size
    assert all(isinstance(c, Country) for c in countries)


async def test_configuration_jobs(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = [{"department": "Writing", "jobs": ["Screenplay", "Novel"]}]
    fake_tmdb.set_response("GET", "/3/configuration/jobs", body)

    jobs = await client.configuration.jobs()

    assert sent(fake_tmdb) == ("GET", "/3/configuration/jobs", {})
    assert jobs == [Department(department="Writing", jobs=["Screenplay", "Novel"])]


async def test_configuration_languages(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    languages = await client.configuration.languages()

    assert sent(fake_tmdb) == ("GET", "/3/configuration/languages", {})
    assert len(languages) == fake_tmdb.data.list_size
    assert all(isinstance(lang, SpokenLanguage) for lang in languages)


async def test_configuration_primary_translations(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response("GET", "/3/configuration/primary_translations", ["en-US", "pt-BR"])

    tags = await client.configuration.primary_translations()

    assert sent(fake_tmdb) == ("GET", "/3/configuration/primary_translations", {})
    assert tags == ["en-US", "pt-BR"]


async def test_configuration_timezones(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    zones = await client.configuration.timezones()

    assert sent(fake_tmdb) == ("GET", "/3/configuration/timezones", {})
    assert len(zones) == fake_tmdb.data.list_size
    assert all(isinstance(z, CountryTimezones) for z in zones)
    assert all(len(z.zones) == fake_tmdb.data.list_size for z in zones)


# -- watch providers ------------------------------------------------------------------


async def test_watch_providers_regions(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    regions = await client.watch_providers.regions(language="en-US")

    assert sent(fake_tmdb) == ("GET", "/3/watch/providers/regions", {"language": "en-US"})
    assert isinstance(regions, WatchRegions)
    assert regions.results and all(isinstance(r, Country) for r in regions.results)


async def test_watch_providers_movie_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    providers = await client.watch_providers.movie_list(language="de-DE", watch_region="DE")

    assert sent(fake_tmdb) == (
        "GET",
        "/3/watch/providers/movie",
        {"language": "de-DE", "watch_region": "DE"},
    )
    assert isinstance(providers, WatchProviderList)
    assert providers.results and all(
        isinstance(p, WatchProviderListItem) for p in providers.results
    )
    assert set(providers.results[0].display_priorities) == {"US", "GB", "DE"}


async def test_watch_providers_tv_list(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    body = {
        "results": [
            {
                "provider_id": 8,
                "provider_name": "Netflix",
                "logo_path": "/n.jpg",
                "display_priority": 1,
                "display_priorities": {"CA": 2, "ZW": 40},
            }
        ]
    }
    fake_tmdb.set_response("GET", "/3/watch/providers/tv", body)

    providers = await client.watch_providers.tv_list()

    assert sent(fake_tmdb) == ("GET", "/3/watch/providers/tv", {})
    netflix = providers.results[0]
    assert (netflix.provider_id, netflix.provider_name) == (8, "Netflix")
    assert netflix.display_priorities == {"CA": 2, "ZW": 40}
