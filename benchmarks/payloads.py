"""Realistic payloads, assembled at run time from the examples in TMDB's OpenAPI spec
(never copied into the repository). Without the spec, FakeTMDB's generated data."""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path(os.environ.get("TMDB_OPENAPI_SPEC", ROOT.parent / "shared" / "tmdb-openapi-v3.json"))

MOVIE_PARTS = {
    "account_states": "account_states",
    "alternative_titles": "alternative_titles",
    "changes": "changes",
    "credits": "credits",
    "external_ids": "external_ids",
    "images": "images",
    "keywords": "keywords",
    "lists": "lists",
    # The spec's recommendations example is empty; "similar" has the same shape.
    "recommendations": "similar",
    "release_dates": "release_dates",
    "reviews": "reviews",
    "similar": "similar",
    "translations": "translations",
    "videos": "videos",
    "watch/providers": "watch/providers",
}


@functools.cache
def _spec() -> dict[str, Any] | None:
    if not SPEC.is_file():
        return None
    with SPEC.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = json.load(handle)
    return spec


def _example(path: str) -> Any:
    spec = _spec()
    assert spec is not None
    content = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    value = next(iter(content["examples"].values()))["value"]
    # A copy: callers extend it, and the spec stays cached.
    return json.loads(value) if isinstance(value, str) else copy.deepcopy(value)


def source() -> str:
    return "TMDB's OpenAPI examples" if _spec() else "FakeTMDB's generated data"


@functools.cache
def movie_details_full() -> bytes:
    """Movie details with every ``append_to_response`` part."""
    if _spec() is None:
        return _generated_details()
    details = _example("/3/movie/{movie_id}")
    for part, endpoint in MOVIE_PARTS.items():
        details[part] = _example(f"/3/movie/{{movie_id}}/{endpoint}")
    return json.dumps(details).encode()


@functools.cache
def movie_details_plain() -> bytes:
    if _spec() is None:
        return _generated_details(appended=False)
    return json.dumps(_example("/3/movie/{movie_id}")).encode()


@functools.cache
def movie_details_with_credits() -> bytes:
    """Movie details with ``append_to_response=credits``: the cast and crew a bot shows."""
    if _spec() is None:
        from tmdbfusion.models import MovieDetails
        from tmdbfusion.testing.data import DataGenerator

        value = DataGenerator(list_size=20).payload(
            MovieDetails, seed="d", appended={"credits"}, entity_id=1
        )
        return json.dumps(value).encode()
    details = _example("/3/movie/{movie_id}")
    details["credits"] = _example("/3/movie/{movie_id}/credits")
    return json.dumps(details).encode()


@functools.cache
def page_of_20() -> bytes:
    if _spec() is None:
        from tmdbfusion.models import MovieListItem, Page
        from tmdbfusion.testing.data import DataGenerator

        value = DataGenerator(list_size=20).payload(Page[MovieListItem], seed="page")
        return json.dumps(value).encode()
    return json.dumps(_example("/3/movie/popular")).encode()


@functools.cache
def tv_season() -> bytes:
    if _spec() is None:
        from tmdbfusion.models.tv_seasons import TVSeasonDetails
        from tmdbfusion.testing.data import DataGenerator

        value = DataGenerator(list_size=10).payload(TVSeasonDetails, seed="season")
        return json.dumps(value).encode()
    return json.dumps(_example("/3/tv/{series_id}/season/{season_number}")).encode()


def _generated_details(*, appended: bool = True) -> bytes:
    from tmdbfusion.models import MovieDetails
    from tmdbfusion.models._base import appendable_parts
    from tmdbfusion.testing.data import DataGenerator

    parts = appendable_parts(MovieDetails) if appended else frozenset()
    value = DataGenerator(list_size=20).payload(MovieDetails, seed="d", appended=parts, entity_id=1)
    return json.dumps(value).encode()


def configuration_examples() -> dict[str, bytes]:
    """What a peer (tmdbapis) fetches when it starts, as TMDB would answer."""
    if _spec() is None:
        return {}
    paths = [
        "/3/configuration",
        "/3/configuration/countries",
        "/3/configuration/jobs",
        "/3/configuration/languages",
        "/3/configuration/primary_translations",
        "/3/configuration/timezones",
        "/3/genre/movie/list",
        "/3/genre/tv/list",
    ]
    return {path: json.dumps(_example(path)).encode() for path in paths}


# What the benchmark server can answer movie details with (``--payload``).
PAYLOADS: dict[str, Callable[[], bytes]] = {
    "full": movie_details_full,
    "plain": movie_details_plain,
    "credits": movie_details_with_credits,
}
