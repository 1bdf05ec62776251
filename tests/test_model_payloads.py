"""Models keep what TMDB really sends: payloads shaped like TMDB-FACTS.md describes.

Each payload goes through ``tmdbfusion._decoding.decode``, the decoder the clients use;
the null-list and mixed-media cases also go through a real client against FakeTMDB.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from typing import Any

import msgspec
import pytest
from msgspec import inspect as mi

import tmdbfusion.models as models
from tmdbfusion import DecodeError, TMDBClient
from tmdbfusion._decoding import decode
from tmdbfusion._registry import collections as collection_ops
from tmdbfusion.models import (
    AccountList,
    AccountStates,
    CollectionAppend,
    CollectionDetails,
    CompanyDetails,
    CreditDetails,
    EpisodeListItem,
    GuestSession,
    Image,
    Images,
    ListCreated,
    ListDetails,
    Logos,
    MovieDetails,
    MovieListItem,
    NetworkDetails,
    Page,
    PersonDetails,
    PersonListItem,
    PersonTaggedImages,
    RatedMovie,
    RequestToken,
    Review,
    TVDetails,
    TVEpisodeGroupDetails,
    TVListItem,
    TVSeasonAccountStates,
    TVSeasonDetails,
    UnknownMedia,
    Videos,
    WatchProviderList,
    WatchProviders,
)
from tmdbfusion.models._base import TMDBModel, appendable_parts
from tmdbfusion.models.media import MediaListItem
from tmdbfusion.models.v4 import V4ListDetails
from tmdbfusion.testing import FakeTMDB


def _decode(payload: Any, type_: Any) -> Any:
    return decode(msgspec.json.encode(payload), type_, operation="test")


def _all_models() -> list[type[msgspec.Struct]]:
    """Every Struct class defined in a module of ``tmdbfusion.models``, v4 included."""
    found: dict[str, type[msgspec.Struct]] = {}
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"tmdbfusion.models.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, msgspec.Struct)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


ALL_MODELS = _all_models()


def _minimal(info: mi.Type) -> Any:
    """Some valid JSON value for a field type (for required fields)."""
    if isinstance(info, mi.UnionType):
        return _minimal(next(t for t in info.types if not isinstance(t, mi.NoneType)))
    if isinstance(info, mi.IntType):
        return 1
    if isinstance(info, mi.FloatType):
        return 1.0
    if isinstance(info, mi.BoolType):
        return True
    if isinstance(info, mi.LiteralType):
        return info.values[0]
    if isinstance(info, mi.StructType):
        return _required_payload(info)
    if isinstance(info, mi.ListType):
        return []
    if isinstance(info, mi.DictType):
        return {}
    return "x"


def _required_payload(info: mi.StructType) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    if info.tag_field is not None:
        payload[info.tag_field] = info.tag
    for field in info.fields:
        if field.required:
            payload[field.encode_name] = _minimal(field.type)
    return payload


def _list_fields(model: type[msgspec.Struct]) -> list[str]:
    """Fields declared ``list[X] = []``: msgspec reports a ``list`` default factory."""
    return [
        field.encode_name
        for field in msgspec.structs.fields(model)
        if field.default_factory is list
    ]


LIST_FIELDS = [
    pytest.param(model, name, id=f"{model.__name__}.{name}")
    for model in ALL_MODELS
    for name in _list_fields(model)
]


# 1. Lists that arrive as null ------------------------------------------------------


def test_null_genres_and_companies_decode_as_empty_lists() -> None:
    movie = _decode(
        {
            "id": 550,
            "title": "Fight Club",
            "genres": None,
            "production_companies": None,
            "production_countries": None,
            "spoken_languages": None,
            "origin_country": None,
        },
        MovieDetails,
    )
    assert movie.title == "Fight Club"
    assert movie.genres == []
    assert movie.production_companies == []
    assert movie.production_countries == []
    assert movie.spoken_languages == []
    assert movie.origin_country == []
    assert msgspec.to_builtins(movie)["genres"] == []


def test_there_are_list_fields_to_check() -> None:
    # Guards the parametrised test below against finding nothing.
    assert len(LIST_FIELDS) > 80
    assert {"V4ListDetails.results", "MovieDetails.genres", "Page.results"} <= {
        p.id for p in LIST_FIELDS
    }


@pytest.mark.parametrize(("model", "name"), LIST_FIELDS)
def test_every_list_field_of_every_model_takes_null(model: type[msgspec.Struct], name: str) -> None:
    payload = _required_payload(mi.type_info(model))  # type: ignore[arg-type]
    payload[name] = None
    decoded = _decode(payload, model)
    attribute = next(f.name for f in msgspec.structs.fields(model) if f.encode_name == name)
    value = getattr(decoded, attribute)
    assert value == [] and type(value) is list


def test_null_lists_inside_lists_and_pages() -> None:
    page = _decode(
        {
            "page": 1,
            "results": [
                {"id": 1, "media_type": "movie", "genre_ids": None},
                {"id": 2, "media_type": "tv", "origin_country": None},
            ],
        },
        Page[MediaListItem],
    )
    movie, series = page.results
    assert isinstance(movie, MovieListItem) and movie.genre_ids == []
    assert isinstance(series, TVListItem) and series.origin_country == []
    empty = _decode({"page": 1, "results": None}, Page[MovieListItem])
    assert empty.results == []


def test_an_explicit_none_default_list_keeps_its_none() -> None:
    # ``list[X] | None`` is the opt-out: such a field stays None.
    from tmdbfusion.models.v4 import ItemResult

    result = _decode(
        {"media_type": "movie", "media_id": 1, "success": True, "error": None}, ItemResult
    )
    assert result.error is None


def test_a_payload_without_nulls_takes_the_strict_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # Null lists are repaired only after the strict decode refused the document: a
    # normal answer is decoded once, with no conversion.
    calls: list[object] = []
    convert = msgspec.convert
    monkeypatch.setattr(msgspec, "convert", lambda *a, **k: calls.append(a) or convert(*a, **k))
    movie = _decode({"id": 1, "genres": [{"id": 18, "name": "Drama"}]}, MovieDetails)
    assert [g.id for g in movie.genres] == [18] and calls == []
    assert _decode({"id": 1, "genres": None}, MovieDetails).genres == []
    assert len(calls) == 1


def test_null_lists_through_the_client(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/movie/550",
        {
            "id": 550,
            "title": "Fight Club",
            "genres": None,
            "production_companies": None,
            "spoken_languages": [{"iso_639_1": "en", "name": "English"}],
        },
    )
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        movie = client.movies.details(550)
    assert movie.title == "Fight Club"
    assert movie.genres == [] and movie.production_companies == []
    assert movie.spoken_languages[0].iso_639_1 == "en"


# 2. Mixed-media items whose media_type is missing, null or not a string ------------

ODD_ITEMS: list[dict[str, Any]] = [
    {"id": 10, "name": "no tag at all"},
    {"id": 11, "media_type": None, "name": "null tag"},
    {"id": 12, "media_type": 5, "name": "int tag"},
    {"id": 13, "media_type": ["movie"], "name": "list tag"},
    {"id": "x14", "media_type": "podcast", "name": "unknown tag"},
    {"id": 1.5, "media_type": {"kind": "movie"}},
]


def _mixed_page() -> dict[str, Any]:
    return {
        "page": 1,
        "total_pages": 1,
        "total_results": 9,
        "results": [
            {"id": 1, "media_type": "movie", "title": "A movie", "genre_ids": None},
            *ODD_ITEMS,
            {"id": 2, "media_type": "tv", "name": "A series"},
            {
                "id": 3,
                "media_type": "person",
                "name": "A person",
                "known_for": [
                    {"id": 4, "title": "tagless"},
                    {"id": 5, "media_type": "movie", "title": "Known"},
                ],
            },
        ],
    }


def _check_mixed(results: list[Any]) -> None:
    movie, *odd, series, person = results
    assert isinstance(movie, MovieListItem) and movie.title == "A movie"
    assert isinstance(series, TVListItem) and series.name == "A series"
    assert isinstance(person, PersonListItem) and person.name == "A person"
    for item, sent in zip(odd, ODD_ITEMS, strict=True):
        assert isinstance(item, UnknownMedia)
        assert item.data == sent
        tag = sent.get("media_type")
        assert item.original_media_type == (tag if isinstance(tag, str) else None)
        assert item.id == (sent["id"] if isinstance(sent["id"], int | str) else None)
    tagless, known = person.known_for
    assert isinstance(tagless, UnknownMedia) and tagless.data == {"id": 4, "title": "tagless"}
    assert isinstance(known, MovieListItem) and known.title == "Known"
    builtins = msgspec.to_builtins(results)
    assert builtins[1]["data"] == ODD_ITEMS[0]
    assert builtins[1]["media_type"] == "unknown"


def test_odd_media_types_become_unknown_media() -> None:
    page = _decode(_mixed_page(), Page[MediaListItem])
    _check_mixed(page.results)


def test_odd_media_types_through_the_client(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response("GET", "/3/search/multi", _mixed_page())
    fake_tmdb.set_response("GET", "/3/trending/all/day", _mixed_page())
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        _check_mixed(client.search.multi(query="a").results)
        _check_mixed(client.trending.all("day").results)


def test_v3_list_items_and_v4_list_results_get_the_same_treatment() -> None:
    items = [{"id": 1, "media_type": "movie", "title": "M"}, {"id": 2, "name": "tagless"}]
    v3 = _decode({"id": "abc", "items": items}, ListDetails)
    assert isinstance(v3.items[0], MovieListItem)
    assert isinstance(v3.items[1], UnknownMedia) and v3.items[1].data == items[1]
    v4 = _decode({"id": 7, "results": items, "comments": {"movie:1": "good"}}, V4ListDetails)
    assert isinstance(v4.results[0], MovieListItem)
    assert isinstance(v4.results[1], UnknownMedia) and v4.results[1].id == 2
    assert v4.comment_for(v4.results[0]) == "good"
    assert v4.comment_for(v4.results[1]) is None


def test_tagged_image_media_without_a_tag_is_kept() -> None:
    images = _decode(
        {
            "id": 287,
            "page": 1,
            "results": [
                {"id": "a", "media_type": "movie", "media": {"id": 1, "media_type": "movie"}},
                {"id": "b", "media_type": "episode", "media": {"id": 2, "name": "E"}},
                {"id": "c", "media_type": "tv", "media": None},
            ],
        },
        PersonTaggedImages,
    )
    movie, episode, nothing = images.results
    assert isinstance(movie.media, MovieListItem)
    # A media without a tag of its own takes the image's: "episode" is an episode.
    assert episode.media_type == "episode"
    assert isinstance(episode.media, EpisodeListItem)
    assert (episode.media.id, episode.media.name) == (2, "E")
    assert nothing.media is None
    person = _decode(
        {"results": [{"id": "e", "media_type": "person", "media": {"id": 4, "name": "P"}}]},
        PersonTaggedImages,
    )
    media = person.results[0].media
    assert isinstance(media, UnknownMedia) and media.data == {"id": 4, "name": "P"}
    tv_episode = _decode(
        {"results": [{"id": "d", "media": {"id": 3, "media_type": "tv_episode"}}]},
        PersonTaggedImages,
    )
    assert isinstance(tv_episode.results[0].media, EpisodeListItem)


def test_unknown_items_cost_one_conversion_not_one_per_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    convert = msgspec.convert

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return convert(*args, **kwargs)

    monkeypatch.setattr(msgspec, "convert", counting)
    results = [{"id": n, "media_type": f"kind{n}"} for n in range(200)]
    page = _decode({"page": 1, "results": results}, Page[MediaListItem])
    assert len(page.results) == 200
    assert all(isinstance(item, UnknownMedia) for item in page.results)
    assert page.results[199].original_media_type == "kind199"
    assert len(calls) == 1


def test_a_real_mismatch_on_a_mixed_page_still_fails_with_its_path() -> None:
    page = {
        "page": 1,
        "results": [{"id": 1, "title": "tagless"}, {"id": "bad", "media_type": "movie"}],
    }
    with pytest.raises(DecodeError, match=r"\$\.results\[1\]\.id"):
        _decode(page, Page[MediaListItem])
    with pytest.raises(DecodeError, match=r"\$\.results\[0\]\.id"):
        _decode({"results": [{"id": "bad", "media_type": "tv"}]}, Page[MediaListItem])


def test_a_plain_list_needs_no_media_type() -> None:
    page = _decode({"results": [{"id": 1}, {"id": 2, "media_type": "movie"}]}, Page[MovieListItem])
    assert [item.id for item in page.results] == [1, 2]


# 3. Keyword-only construction on every model ---------------------------------------


@pytest.mark.parametrize(
    "model",
    [m for m in ALL_MODELS if msgspec.structs.fields(m)],
    ids=lambda m: m.__name__,
)
def test_no_model_takes_positional_arguments(model: type[msgspec.Struct]) -> None:
    with pytest.raises(TypeError):
        model(1)
    first = msgspec.structs.fields(model)[0]
    with pytest.raises(TypeError):
        model(_minimal(first.type))


def test_every_model_derives_from_the_base() -> None:
    assert len(ALL_MODELS) > 100
    assert all(issubclass(model, TMDBModel) for model in ALL_MODELS)


def test_keyword_construction_still_works() -> None:
    item = MovieListItem(id=550, title="x")
    assert (item.id, item.title, item.genre_ids) == (550, "x", [])


# 4. Images carry iso_3166_1 ---------------------------------------------------------


def test_images_keep_their_country() -> None:
    record = {
        "aspect_ratio": 0.667,
        "file_path": "/p.jpg",
        "height": 3000,
        "width": 2000,
        "iso_639_1": "en",
        "iso_3166_1": "US",
        "vote_average": 5,
        "vote_count": 1,
    }
    images = _decode({"id": 1, "posters": [record], "backdrops": [record]}, Images)
    assert images.posters[0].iso_3166_1 == "US"
    assert images.backdrops[0].iso_3166_1 == "US"
    assert _decode(record, Image).iso_3166_1 == "US"
    logos = _decode({"id": 1, "logos": [{**record, "id": "l", "file_type": ".svg"}]}, Logos)
    assert logos.logos[0].iso_3166_1 == "US"
    tagged = _decode({"results": [{**record, "id": "t"}]}, PersonTaggedImages)
    assert tagged.results[0].iso_3166_1 == "US"


# 5. append_to_response on collection details ----------------------------------------


def test_collection_details_take_images_and_translations() -> None:
    assert set(typing.get_args(CollectionAppend)) == {"images", "translations"}
    assert collection_ops.DETAILS.appendable == frozenset(typing.get_args(CollectionAppend))
    assert appendable_parts(CollectionDetails) == {"images", "translations"}


def test_collection_appended_parts_decode_typed(fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        "/3/collection/10",
        {
            "id": 10,
            "name": "Star Wars Collection",
            "parts": [{"id": 11, "title": "Star Wars"}],
            "images": {"id": 10, "posters": [{"file_path": "/p.jpg", "iso_3166_1": "US"}]},
            "translations": {
                "id": 10,
                "translations": [
                    {"iso_639_1": "de", "iso_3166_1": "DE", "data": {"title": "Krieg"}}
                ],
            },
        },
    )
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        details = client.collections.details(10, append_to_response=["images", "translations"])
    assert details.name == "Star Wars Collection"
    assert isinstance(details.images, Images)
    assert details.images.posters[0].file_path == "/p.jpg"
    assert isinstance(details.translations, models.Translations)
    data = details.translations.translations[0].data
    assert data is not None and data.title == "Krieg"
    request = fake_tmdb.requests[-1]
    assert request.query["append_to_response"] == "images,translations"


def test_fake_tmdb_answers_collection_appends_typed() -> None:
    with FakeTMDB() as fake, TMDBClient(**fake.client_kwargs()) as client:
        details = client.collections.details(10, append_to_response=["images", "translations"])
        plain = client.collections.details(10)
    assert details.id == 10
    assert isinstance(details.images, Images) and details.images.posters
    assert isinstance(details.translations, models.Translations)
    assert details.translations.translations
    assert not hasattr(plain, "images") and not hasattr(plain, "translations")
    assert "images" not in msgspec.to_builtins(plain)


def test_collection_details_refuse_other_parts(fake_tmdb: FakeTMDB) -> None:
    with (
        TMDBClient(**fake_tmdb.client_kwargs()) as client,
        pytest.raises(ValueError, match="unknown append_to_response part"),
    ):
        client.collections.details(10, append_to_response=["credits"])  # type: ignore[list-item]


# 6. The shapes TMDB-FACTS.md lists -------------------------------------------------


def test_nullable_fields_decode_as_none() -> None:
    movie = _decode(
        {
            "id": 1,
            "poster_path": None,
            "backdrop_path": None,
            "imdb_id": None,
            "runtime": None,
            "belongs_to_collection": None,
            "original_language": None,
        },
        MovieDetails,
    )
    assert (movie.poster_path, movie.backdrop_path, movie.imdb_id) == (None, None, None)
    assert movie.runtime is None and movie.belongs_to_collection is None
    person = _decode(
        {"id": 2, "profile_path": None, "deathday": None, "imdb_id": None}, PersonDetails
    )
    assert (person.profile_path, person.deathday, person.imdb_id) == (None, None, None)
    series = _decode(
        {
            "id": 3,
            "next_episode_to_air": None,
            "networks": [{"id": 1, "logo_path": None}],
            "production_companies": [{"id": 2, "logo_path": None, "origin_country": ""}],
            "seasons": [{"id": 4, "season_number": None}],
            "spoken_languages": [{"iso_639_1": None, "name": None}],
        },
        TVDetails,
    )
    assert series.next_episode_to_air is None
    assert series.networks[0].logo_path is None
    assert series.production_companies[0].logo_path is None
    assert series.seasons[0].season_number is None
    assert series.spoken_languages[0].iso_639_1 is None
    season = _decode({"id": 5, "season_number": None, "episodes": None}, TVSeasonDetails)
    assert season.season_number is None and season.episodes == []


def test_runtime_zero_and_empty_dates() -> None:
    movie = _decode({"id": 1, "runtime": 0, "release_date": ""}, MovieDetails)
    assert movie.runtime == 0 and movie.release_date == ""
    series = _decode({"id": 1, "first_air_date": "", "name": "S"}, TVListItem)
    assert series.first_air_date == ""
    person = _decode({"id": 1, "birthday": "", "deathday": "1999"}, PersonDetails)
    assert person.birthday == "" and person.deathday == "1999"


def test_three_timestamp_formats_are_kept_as_sent() -> None:
    token = _decode(
        {"success": True, "request_token": "t", "expires_at": "2026-05-24 17:19:42 UTC"},
        RequestToken,
    )
    assert token.expires_at == "2026-05-24 17:19:42 UTC"
    guest = _decode(
        {"guest_session_id": "g", "expires_at": "2026-05-24 17:19:42 UTC"}, GuestSession
    )
    assert guest.expires_at == "2026-05-24 17:19:42 UTC"
    review = _decode({"id": "r1", "created_at": "2017-02-13T22:23:01.268Z"}, Review)
    assert review.created_at == "2017-02-13T22:23:01.268Z"
    videos = _decode(
        {
            "id": 1,
            "results": [
                {"id": "v1", "published_at": "2019-10-22T16:00:01.000Z"},
                {"id": "v2", "published_at": "2024-12-03 17:00:00 UTC"},
            ],
        },
        Videos,
    )
    assert [v.published_at for v in videos.results] == [
        "2019-10-22T16:00:01.000Z",
        "2024-12-03 17:00:00 UTC",
    ]


def test_numbers_arrive_as_ints_strings_and_big_ints() -> None:
    movie = _decode(
        {
            "id": 1,
            "vote_average": 10,
            "popularity": 0,
            "budget": 356_000_000,
            "revenue": 2_799_439_100,
        },
        MovieDetails,
    )
    assert movie.vote_average == 10.0 and isinstance(movie.vote_average, float)
    assert movie.popularity == 0.0 and isinstance(movie.popularity, float)
    assert movie.revenue == 2_799_439_100 and movie.budget == 356_000_000
    old = _decode({"id": 1, "popularity": "1.5", "vote_average": "7"}, MovieListItem)
    assert old.popularity == 1.5 and old.vote_average == 7.0
    rated = _decode({"id": 1, "rating": 8.5, "vote_average": 7}, RatedMovie)
    assert rated.rating == 8.5


def test_rated_is_false_or_a_value() -> None:
    assert _decode({"id": 1, "rated": False}, AccountStates).rated is False
    rated = _decode({"id": 1, "rated": {"value": 9.0}}, AccountStates).rated
    assert not isinstance(rated, bool) and rated is not None and rated.value == 9.0
    states = _decode(
        {"id": 1, "results": [{"id": 2, "rated": False}, {"id": 3, "rated": {"value": 8}}]},
        TVSeasonAccountStates,
    )
    first, second = states.results
    assert first.rated is False
    assert not isinstance(second.rated, bool) and second.rated is not None
    assert second.rated.value == 8.0


def test_origin_country_is_a_string_or_a_list_by_endpoint() -> None:
    company = _decode({"id": 1, "origin_country": "US"}, CompanyDetails)
    network = _decode({"id": 2, "origin_country": "GB"}, NetworkDetails)
    assert (company.origin_country, network.origin_country) == ("US", "GB")
    movie = _decode({"id": 3, "origin_country": ["US", "DE"]}, MovieDetails)
    series = _decode({"id": 4, "origin_country": ["GB"]}, TVDetails)
    assert (movie.origin_country, series.origin_country) == (["US", "DE"], ["GB"])


def test_list_ids_are_strings_or_ints_by_endpoint() -> None:
    assert _decode({"id": "5e3f", "items": []}, ListDetails).id == "5e3f"
    assert _decode({"id": 8, "name": "mine"}, AccountList).id == 8
    assert _decode({"success": True, "status_code": 1, "list_id": 9}, ListCreated).list_id == 9


def test_credit_review_video_and_episode_group_ids_are_strings() -> None:
    credit = _decode({"id": "52fe4250c3a36847f80149f3", "media": None}, CreditDetails)
    assert credit.id == "52fe4250c3a36847f80149f3"
    assert _decode({"id": "58aa82f09251416f92006a3a"}, Review).id == "58aa82f09251416f92006a3a"
    video = _decode({"id": 1, "results": [{"id": "533ec654c3a36854480003eb"}]}, Videos)
    assert video.results[0].id == "533ec654c3a36854480003eb"
    group = _decode({"id": "5acf93e60e0a26346d0000ce", "groups": None}, TVEpisodeGroupDetails)
    assert group.id == "5acf93e60e0a26346d0000ce" and group.groups == []


def test_missing_known_for_department_and_empty_images() -> None:
    person = _decode({"id": 1, "media_type": "person", "name": "P"}, PersonListItem)
    assert person.known_for_department is None and person.known_for == []
    assert _decode({}, Images) == Images()
    movie = _decode({"id": 1, "images": {}}, MovieDetails)
    assert movie.images == Images()


def test_country_maps_stay_maps() -> None:
    providers = _decode(
        {
            "id": 1,
            "results": {
                "US": {"link": "l", "flatrate": [{"provider_id": 8}], "buy": None},
                "ZZ": {"rent": [{"provider_id": 2}]},
            },
        },
        WatchProviders,
    )
    assert providers.results["US"].flatrate[0].provider_id == 8
    assert providers.results["US"].buy == []
    assert providers.results["ZZ"].rent[0].provider_id == 2
    listed = _decode(
        {"results": [{"provider_id": 8, "display_priorities": {"US": 1, "XX": 4}}]},
        WatchProviderList,
    )
    assert listed.results[0].display_priorities == {"US": 1, "XX": 4}


def test_v3_list_details_keep_items_under_items() -> None:
    details = _decode({"id": "1", "items": [{"id": 1, "media_type": "movie"}]}, ListDetails)
    assert details.results is details.items and isinstance(details.items[0], MovieListItem)
