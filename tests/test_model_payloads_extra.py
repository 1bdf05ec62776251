"""More shapes TMDB-FACTS.md describes: tagged-image episodes, odd ``media_type`` on
combined credits and credit details, a literal ``"unknown"`` tag, null tags on
single-type pages, and numbers sent as strings.

Each payload goes through ``tmdbfusion._decoding.decode``, the decoder the clients use.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from tmdbfusion._decoding import decode
from tmdbfusion.errors import DecodeError
from tmdbfusion.models import (
    CreditDetails,
    CreditMovie,
    CreditTV,
    EpisodeListItem,
    FindResults,
    MovieDetails,
    MovieListItem,
    Page,
    PersonCombinedCredits,
    PersonDetails,
    PersonListItem,
    PersonMovieCast,
    PersonMovieCredits,
    PersonMovieCrew,
    PersonTaggedImages,
    PersonTVCast,
    PersonTVCrew,
    TVListItem,
    UnknownMedia,
)
from tmdbfusion.models.media import MediaListItem

SPEC = Path(__file__).resolve().parents[2] / "shared" / "tmdb-openapi-v3.json"


def _decode(payload: Any, type_: Any) -> Any:
    return decode(msgspec.json.encode(payload), type_, operation="test")


def _counting_convert(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    convert = msgspec.convert

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return convert(*args, **kwargs)

    monkeypatch.setattr(msgspec, "convert", counting)
    return calls


# 1. Tagged images: "episode" / "tv_episode" ------------------------------------------

EPISODE = {
    "air_date": "2011-04-17",
    "episode_number": 1,
    "id": 63056,
    "name": "Winter Is Coming",
    "overview": "Jon Arryn, the Hand of the King, is dead.",
    "production_code": "101",
    "runtime": 62,
    "season_number": 1,
    "show_id": 1399,
    "still_path": "/9hGF3WUkBf7cSjMg0cdMDHJkByd.jpg",
    "vote_average": 7.9,
    "vote_count": 312,
}


def _check_episode(media: Any) -> None:
    assert type(media) is EpisodeListItem
    assert (media.id, media.name, media.show_id) == (63056, "Winter Is Coming", 1399)
    assert (media.season_number, media.episode_number) == (1, 1)
    assert (media.air_date, media.runtime, media.production_code) == ("2011-04-17", 62, "101")
    assert media.still_path == "/9hGF3WUkBf7cSjMg0cdMDHJkByd.jpg"
    assert (media.vote_average, media.vote_count) == (7.9, 312)
    assert media.overview == "Jon Arryn, the Hand of the King, is dead."


def _image(ident: str, outer: Any, media: Any) -> dict[str, Any]:
    image = {"id": ident, "file_path": f"/{ident}.jpg", "image_type": "still", "media": media}
    if outer is not ...:
        image["media_type"] = outer
    return image


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ("episode", "tv_episode"),  # what TMDB sends (the spec's example)
        ("episode", "episode"),
        ("tv_episode", "tv_episode"),
        ("episode", ...),  # the media carries no tag: the image's is used
        ("tv_episode", ...),
        ("episode", None),
        (..., "episode"),
    ],
)
def test_tagged_image_episodes_decode_as_episodes(outer: Any, inner: Any) -> None:
    media = dict(EPISODE)
    if inner is not ...:
        media["media_type"] = inner
    images = _decode(
        {"id": 31, "page": 1, "results": [_image("a", outer, media)]}, PersonTaggedImages
    )
    (image,) = images.results
    assert image.media_type == (None if outer is ... else outer)
    assert image.file_path == "/a.jpg" and image.image_type == "still"
    _check_episode(image.media)
    # Re-encoded, the episode carries TMDB's own tag for it and decodes back as sent.
    again = msgspec.to_builtins(images)
    assert again["results"][0]["media"]["media_type"] == "tv_episode"
    assert _decode(again, PersonTaggedImages) == images


def test_tagged_images_mix_movies_series_and_episodes() -> None:
    images = _decode(
        {
            "id": 31,
            "page": 1,
            "total_pages": 1,
            "total_results": 5,
            "results": [
                _image("m", "movie", {"id": 857, "title": "Saving Private Ryan"}),
                _image("t", "tv", {"id": 1399, "name": "Game of Thrones", "media_type": None}),
                _image("e", "episode", dict(EPISODE)),
                _image("p", "person", {"id": 31, "name": "Tom Hanks"}),
                _image("n", "movie", {"id": 9, "media_type": "podcast"}),
            ],
        },
        PersonTaggedImages,
    )
    movie, series, episode, person, podcast = (image.media for image in images.results)
    assert type(movie) is MovieListItem and movie.title == "Saving Private Ryan"
    assert type(series) is TVListItem and series.name == "Game of Thrones"
    _check_episode(episode)
    # A tag no variant has, outside or inside, keeps the media whole (untouched).
    assert isinstance(person, UnknownMedia)
    assert person.data == {"id": 31, "name": "Tom Hanks"} and person.id == 31
    assert isinstance(podcast, UnknownMedia)
    assert podcast.original_media_type == "podcast"
    assert podcast.data == {"id": 9, "media_type": "podcast"}


def test_the_specs_tagged_images_example() -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    operation = spec["paths"]["/3/person/{person_id}/tagged_images"]["get"]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]
    raw = json.loads(example["Result"]["value"])
    images = _decode(raw, PersonTaggedImages)
    assert len(images.results) == len(raw["results"])
    for image, sent in zip(images.results, raw["results"], strict=True):
        assert image.media_type == sent["media_type"]
        assert image.media is not None and image.media.id == sent["media"]["id"]
        expected = EpisodeListItem if sent["media_type"] == "episode" else MovieListItem
        assert type(image.media) is expected
    assert any(type(image.media) is EpisodeListItem for image in images.results)


def test_find_takes_an_episode_tagged_episode() -> None:
    found = _decode({"tv_episode_results": [{**EPISODE, "media_type": "episode"}]}, FindResults)
    _check_episode(found.tv_episode_results[0])


# 2. Combined credits and credit details keep odd media -------------------------------

ODD_CREDITS: list[dict[str, Any]] = [
    {"id": 20, "name": "no tag", "credit_id": "c20"},
    {"id": 21, "media_type": None, "credit_id": "c21"},
    {"id": 22, "media_type": "podcast", "title": "A podcast", "character": "Host"},
    {"id": 23, "media_type": 7},
]


def test_combined_credits_keep_an_unknown_media_type() -> None:
    payload = {
        "id": 31,
        "cast": [
            {"id": 13, "media_type": "movie", "title": "Forrest Gump", "character": "Forrest"},
            *ODD_CREDITS,
            {"id": 1399, "media_type": "tv", "name": "GoT", "episode_count": 3},
        ],
        "crew": [
            {"id": 1, "media_type": "movie", "job": "Producer", "popularity": ""},
            {"id": 2, "media_type": "tv", "job": "Writer", "popularity": "2.5"},
            {"id": 3, "media_type": "audiobook", "job": "Narrator"},
        ],
    }
    credits = _decode(payload, PersonCombinedCredits)
    movie, *odd, series = credits.cast
    assert type(movie) is PersonMovieCast
    assert (movie.title, movie.character) == ("Forrest Gump", "Forrest")
    assert type(series) is PersonTVCast and series.episode_count == 3
    for item, sent in zip(odd, ODD_CREDITS, strict=True):
        assert isinstance(item, UnknownMedia)
        assert item.data == sent and item.id == sent["id"]
        tag = sent.get("media_type")
        assert item.original_media_type == (tag if isinstance(tag, str) else None)
    produced, written, narrated = credits.crew
    assert type(produced) is PersonMovieCrew and produced.job == "Producer"
    assert produced.popularity is None
    assert type(written) is PersonTVCrew and written.popularity == 2.5
    assert isinstance(narrated, UnknownMedia)
    assert narrated.data == {"id": 3, "media_type": "audiobook", "job": "Narrator"}
    # The same inside a person's details, appended.
    details = _decode({"id": 31, "combined_credits": payload}, PersonDetails)
    assert isinstance(details.combined_credits, PersonCombinedCredits)
    assert details.combined_credits == credits


def test_credit_details_keep_an_unknown_media() -> None:
    base = {"id": "6024a814c0ae36003d59cc3c", "credit_type": "cast", "job": "Actor"}
    unknown = _decode(
        {**base, "media_type": "podcast", "media": {"id": 5, "media_type": "podcast", "x": 1}},
        CreditDetails,
    )
    assert unknown.job == "Actor" and unknown.media_type == "podcast"
    assert isinstance(unknown.media, UnknownMedia)
    assert unknown.media.original_media_type == "podcast"
    assert unknown.media.data == {"id": 5, "media_type": "podcast", "x": 1}
    tagless = _decode({**base, "media": {"id": 6, "name": "?"}}, CreditDetails)
    assert isinstance(tagless.media, UnknownMedia)
    assert tagless.media.data == {"id": 6, "name": "?"}
    # A media without its own tag is decoded by the credit's media_type.
    series = _decode(
        {
            **base,
            "media_type": "tv",
            "media": {"id": 100088, "name": "The Last of Us", "character": "Joel", "seasons": []},
            "person": {"id": 1253360, "name": "Pedro Pascal", "media_type": None},
        },
        CreditDetails,
    )
    assert type(series.media) is CreditTV
    assert (series.media.name, series.media.character) == ("The Last of Us", "Joel")
    assert type(series.person) is PersonListItem and series.person.name == "Pedro Pascal"
    movie = _decode(
        {**base, "media_type": "movie", "media": {"id": 550, "media_type": None, "title": "FC"}},
        CreditDetails,
    )
    assert type(movie.media) is CreditMovie and movie.media.title == "FC"


# 3. A literal "unknown" tag keeps its data -------------------------------------------


def test_a_literal_unknown_tag_keeps_its_data(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = {"id": 5, "media_type": "unknown", "title": "Something", "popularity": 3.5}
    page = _decode(
        {"page": 1, "results": [{"id": 1, "media_type": "movie"}, sent]}, Page[MediaListItem]
    )
    movie, item = page.results
    assert type(movie) is MovieListItem
    assert isinstance(item, UnknownMedia)
    assert (item.original_media_type, item.id, item.data) == ("unknown", 5, sent)
    person = _decode({"id": 2, "media_type": "person", "known_for": [sent]}, PersonListItem)
    assert isinstance(person.known_for[0], UnknownMedia) and person.known_for[0].data == sent
    credits = _decode({"cast": [sent]}, PersonCombinedCredits)
    assert isinstance(credits.cast[0], UnknownMedia) and credits.cast[0].data == sent
    # Re-encoded, an UnknownMedia decodes straight back (strict path, no conversion),
    # and is not wrapped once more when another value sends the document the slow way.
    calls = _counting_convert(monkeypatch)
    again = msgspec.to_builtins(page)
    assert again["results"][1]["media_type"] == "unknown"
    assert _decode(again, Page[MediaListItem]) == page and calls == []
    again["total_pages"] = 1
    again["results"][0]["genre_ids"] = None
    assert _decode(again, Page[MediaListItem]).results[1] == item and len(calls) == 1


def test_unknown_media_needs_its_data() -> None:
    assert UnknownMedia(data={"id": 1}).data == {"id": 1}
    with pytest.raises(TypeError):
        UnknownMedia()  # type: ignore[call-arg]


# 4. A null media_type where only one type can come -----------------------------------


@pytest.mark.parametrize(
    ("page_type", "model", "item", "check"),
    [
        # The answers of trending.movies / .tv / .people and their search and list kin.
        (Page[MovieListItem], MovieListItem, {"id": 1, "title": "M"}, "title"),
        (Page[TVListItem], TVListItem, {"id": 2, "name": "T", "origin_country": ["US"]}, "name"),
        (Page[PersonListItem], PersonListItem, {"id": 3, "name": "P", "known_for": []}, "name"),
    ],
)
def test_a_null_tag_on_a_single_type_page_is_that_type(
    page_type: Any, model: type[Any], item: dict[str, Any], check: str
) -> None:
    results = [{**item, "media_type": None}, {**item, "media_type": 4}, item]
    page = _decode({"page": 1, "results": results, "total_pages": 1, "total_results": 3}, page_type)
    assert [type(entry) for entry in page.results] == [model, model, model]
    assert {getattr(entry, check) for entry in page.results} == {item[check]}
    assert page.total_results == 3


def test_a_null_tag_on_credits_and_details() -> None:
    credits = _decode(
        {"id": 31, "cast": [{"id": 13, "media_type": None, "title": "Forrest Gump"}]},
        PersonMovieCredits,
    )
    assert type(credits.cast[0]) is PersonMovieCast and credits.cast[0].title == "Forrest Gump"
    movie = _decode({"id": 550, "media_type": None, "title": "Fight Club"}, MovieListItem)
    assert movie.title == "Fight Club"


def test_another_types_tag_on_a_single_type_page_still_fails() -> None:
    with pytest.raises(DecodeError, match=r"\$\.results\[0\]\.media_type"):
        _decode({"results": [{"id": 1, "media_type": "tv"}]}, Page[MovieListItem])


# 5. Numbers sent as strings ------------------------------------------------------------


def test_popularity_and_vote_average_as_strings() -> None:
    page = _decode(
        {
            "page": 1,
            "results": [
                {"id": 1, "popularity": "", "vote_average": ""},
                {"id": 2, "popularity": "1.5", "vote_average": "7"},
                {"id": 3, "popularity": " 2.25 ", "vote_average": "  "},
                {"id": 4, "popularity": 3, "vote_average": 8.5, "genre_ids": None},
            ],
        },
        Page[MovieListItem],
    )
    numbers = [(item.popularity, item.vote_average) for item in page.results]
    # "" (or blanks) is a missing number: None, like an empty date.
    assert numbers == [(None, None), (1.5, 7.0), (2.25, None), (3.0, 8.5)]
    assert all(isinstance(p, float) for p, _ in numbers[1:])
    assert page.results[3].genre_ids == []


def test_string_numbers_everywhere_a_float_is() -> None:
    movie = _decode(
        {
            "id": 550,
            "popularity": "",
            "vote_average": "8.4",
            "credits": {"cast": [{"id": 1, "popularity": "12.5"}]},
            "images": {"posters": [{"file_path": "/p.jpg", "aspect_ratio": "0.667"}]},
        },
        MovieDetails,
    )
    assert (movie.popularity, movie.vote_average) == (None, 8.4)
    assert movie.credits.cast[0].popularity == 12.5
    assert movie.images.posters[0].aspect_ratio == 0.667
    mixed = _decode(
        {
            "results": [
                {"id": 1, "media_type": "tv", "popularity": ""},
                {"id": 2, "media_type": "person", "popularity": "0.6"},
                {"id": 3, "media_type": "podcast", "popularity": ""},
            ]
        },
        Page[MediaListItem],
    )
    series, person, podcast = mixed.results
    assert type(series) is TVListItem and series.popularity is None
    assert type(person) is PersonListItem and person.popularity == 0.6
    assert isinstance(podcast, UnknownMedia) and podcast.data["popularity"] == ""


def test_a_non_number_string_still_fails() -> None:
    with pytest.raises(DecodeError, match=r"\$\.results\[0\]\.popularity"):
        _decode({"results": [{"id": 1, "popularity": "high"}]}, Page[MovieListItem])


def test_string_numbers_cost_one_conversion(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_convert(monkeypatch)
    results = [{"id": n, "popularity": "" if n % 2 else f"{n}.5"} for n in range(100)]
    page = _decode({"results": results}, Page[MovieListItem])
    assert page.results[1].popularity is None and page.results[2].popularity == 2.5
    assert len(calls) == 1
    # A normal page never leaves the strict path.
    plain = _decode({"results": [{"id": 1, "popularity": 1.5}]}, Page[MovieListItem])
    assert plain.results[0].popularity == 1.5 and len(calls) == 1
