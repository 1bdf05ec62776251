"""client.collections, client.companies and client.networks through FakeTMDB."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import Images, MovieListItem, ProductionCompany
from tmdbfusion.models.collections import CollectionDetails, CollectionPart
from tmdbfusion.models.companies import AlternativeName, AlternativeNames, CompanyDetails, Logos
from tmdbfusion.models.networks import NetworkDetails
from tmdbfusion.models.title_parts import Translations
from tmdbfusion.testing import FakeTMDB

LOGO_OWNERS = [("companies", "company"), ("networks", "network")]


def sent(fake_tmdb: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """Method, path and query (without the api_key every request carries) of the last call."""
    request = fake_tmdb.last_request
    query = dict(request.query)
    assert query.pop("api_key") == fake_tmdb.api_key
    return request.method, request.path, query


async def test_collection_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    collection = await client.collections.details(10, language="de-DE")

    assert sent(fake_tmdb) == ("GET", "/3/collection/10", {"language": "de-DE"})
    assert isinstance(collection, CollectionDetails)
    assert collection.id == 10
    assert collection.parts and all(isinstance(p, CollectionPart) for p in collection.parts)
    # Parts are movies: they pass for MovieListItem wherever one is expected.
    assert all(isinstance(p, MovieListItem) for p in collection.parts)


async def test_collection_parts_keep_name_and_title(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/collection/10",
        {
            "id": 10,
            "name": "Saga",
            "parts": [
                {"id": 11, "media_type": "movie", "name": "One", "original_name": "Uno"},
                {"id": 12, "title": "Two", "vote_average": 8},
            ],
        },
    )
    collection = await client.collections.details(10)
    first, second = collection.parts
    assert (first.name, first.original_name, first.title) == ("One", "Uno", None)
    assert (second.title, second.vote_average) == ("Two", 8.0)


async def test_collection_images(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    images = await client.collections.images(
        10, include_image_language=["en", "null"], language="en"
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/collection/10/images",
        {"include_image_language": "en,null", "language": "en"},
    )
    assert isinstance(images, Images)
    assert any(poster.file_path for poster in images.posters)


async def test_collection_translations(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    translations = await client.collections.translations(10)

    assert sent(fake_tmdb) == ("GET", "/3/collection/10/translations", {})
    assert isinstance(translations, Translations)
    assert translations.translations
    assert any(t.data is not None for t in translations.translations)


async def test_company_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    company = await client.companies.details(1)

    assert sent(fake_tmdb) == ("GET", "/3/company/1", {})
    assert isinstance(company, CompanyDetails)
    assert company.id == 1
    # A single country code here, not a list as on movies.
    assert isinstance(company.origin_country, str | None)


async def test_company_parent_can_be_null_or_a_company(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/company/2",
        {"id": 2, "name": "Child", "origin_country": "", "parent_company": None},
    )
    fake_tmdb.set_response(
        "GET",
        "/3/company/3",
        {"id": 3, "parent_company": {"id": 2, "name": "Parent", "logo_path": None}},
    )
    orphan = await client.companies.details(2)
    child = await client.companies.details(3)
    assert orphan.parent_company is None
    assert child.parent_company == ProductionCompany(id=2, name="Parent")


@pytest.mark.parametrize(
    ("resource", "prefix"), [("companies", "company"), ("networks", "network")]
)
async def test_alternative_names(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, resource: str, prefix: str
) -> None:
    names = await getattr(client, resource).alternative_names(49)

    assert sent(fake_tmdb) == ("GET", f"/3/{prefix}/49/alternative_names", {})
    assert isinstance(names, AlternativeNames)
    assert names.results and all(isinstance(n, AlternativeName) for n in names.results)
    assert any(name.name for name in names.results)


@pytest.mark.parametrize(
    ("resource", "prefix"), [("companies", "company"), ("networks", "network")]
)
async def test_logos(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, resource: str, prefix: str
) -> None:
    logos = await getattr(client, resource).images(49)

    assert sent(fake_tmdb) == ("GET", f"/3/{prefix}/49/images", {})
    assert isinstance(logos, Logos)
    assert any(logo.file_path for logo in logos.logos)


async def test_logo_keeps_its_string_id_and_file_type(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    body: dict[str, Any] = {
        "id": 49,
        "logos": [
            {
                "aspect_ratio": 2.4,
                "file_path": "/a.png",
                "height": 174,
                "id": "5a7a67a40e0a26020a000091",
                "file_type": ".svg",
                "vote_average": 5,
                "vote_count": 3,
                "width": 422,
            }
        ],
    }
    fake_tmdb.set_response("GET", "/3/network/49/images", body)
    logos = await client.networks.images(49)
    expected = {"iso_639_1": None, "iso_3166_1": None, **body["logos"][0]}
    assert msgspec.to_builtins(logos)["logos"][0] == expected


async def test_network_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    network = await client.networks.details(49)

    assert sent(fake_tmdb) == ("GET", "/3/network/49", {})
    assert isinstance(network, NetworkDetails)
    assert network.id == 49


@pytest.mark.parametrize(
    "call",
    [
        lambda c, bad: c.collections.details(bad),
        lambda c, bad: c.collections.images(bad),
        lambda c, bad: c.collections.translations(bad),
        lambda c, bad: c.companies.details(bad),
        lambda c, bad: c.companies.alternative_names(bad),
        lambda c, bad: c.companies.images(bad),
        lambda c, bad: c.networks.details(bad),
        lambda c, bad: c.networks.alternative_names(bad),
        lambda c, bad: c.networks.images(bad),
    ],
)
@pytest.mark.parametrize("bad", [0, -1, True, "10", 2.0])
async def test_bad_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, call: Any, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="_id"):
        await call(client, bad)
    assert fake_tmdb.requests == []
