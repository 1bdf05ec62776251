"""Model behaviour that needs no server."""

from __future__ import annotations

import msgspec

from tmdbfusion._decoding import decode
from tmdbfusion.models import MovieDetails, MovieListItem, Page


def test_repeated_codes_are_held_once() -> None:
    # Built at run time so the two payloads do not share string constants.
    payload = msgspec.json.encode(
        {
            "id": 1,
            "original_language": "".join(["e", "n"]),
            "status": "Released",
            "origin_country": ["US"],
            "spoken_languages": [{"iso_639_1": "en", "name": "English"}],
        }
    )
    first = decode(payload, MovieDetails, endpoint="x")
    second = decode(bytes(payload), MovieDetails, endpoint="x")
    assert first.original_language == "en"
    assert first.original_language is second.original_language
    assert first.origin_country[0] is second.origin_country[0]
    assert first.spoken_languages[0].iso_639_1 is second.spoken_languages[0].iso_639_1
    assert msgspec.to_builtins(first)["origin_country"] == ["US"]


def test_list_items_accept_a_missing_tag_and_keep_nulls() -> None:
    page = decode(
        b'{"page":1,"results":[{"id":5,"original_language":null,"vote_average":7}]}',
        Page[MovieListItem],
        endpoint="x",
    )
    (item,) = page.results
    assert item.original_language is None
    assert item.vote_average == 7.0
