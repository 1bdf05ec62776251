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
    first = decode(payload, MovieDetails, operation="x")
    second = decode(bytes(payload), MovieDetails, operation="x")
    assert first.original_language == "en"
    assert first.original_language is second.original_language
    assert first.origin_country[0] is second.origin_country[0]
    assert first.spoken_languages[0].iso_639_1 is second.spoken_languages[0].iso_639_1
    assert msgspec.to_builtins(first)["origin_country"] == ["US"]


def test_list_items_accept_a_missing_tag_and_keep_nulls() -> None:
    page = decode(
        b'{"page":1,"results":[{"id":5,"original_language":null,"vote_average":7}]}',
        Page[MovieListItem],
        operation="x",
    )
    (item,) = page.results
    assert item.original_language is None
    assert item.vote_average == 7.0


def test_every_public_model_is_exported_from_tmdbfusion_models() -> None:
    import importlib
    import pkgutil

    import tmdbfusion.models as models

    missing = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"tmdbfusion.models.{info.name}")
        for name, value in vars(module).items():
            defined_here = getattr(value, "__module__", None) == module.__name__
            if (
                defined_here
                and not name.startswith("_")
                and isinstance(value, type)
                and issubclass(value, msgspec.Struct)
                and (getattr(models, name, None) is not value or name not in models.__all__)
            ):
                missing.append(f"{info.name}.{name}")
    assert missing == []
