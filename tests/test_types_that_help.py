"""Types that help: appended parts read without checks, image URLs of missing paths,
fully typed pages, the ``Literal`` aliases, ``AnyOf`` and serialising models -- at run
time against FakeTMDB, and under ``mypy --strict`` with files that must pass and files
that must fail."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import msgspec
import pytest

import tmdbfusion
from tmdbfusion import AnyOf, PartNotAppendedError, TMDBClient, to_builtins, to_json
from tmdbfusion.images import ImageURLBuilder
from tmdbfusion.models import MovieDetails
from tmdbfusion.testing import FakeTMDB

ROOT = Path(__file__).resolve().parent.parent


def test_a_part_asked_for_reads_as_itself(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        movie = client.movies.details(550, append_to_response=["credits", "watch/providers"])
    assert movie.credits.cast and movie.credits.cast[0].name
    assert isinstance(movie.watch_providers.results, dict)
    assert hasattr(movie, "credits") and not hasattr(movie, "videos")


def test_a_part_not_asked_for_says_how_to_get_it(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        movie = client.movies.details(550)
    with pytest.raises(PartNotAppendedError) as info:
        _ = movie.credits.cast
    message = str(info.value)
    assert message.startswith("MovieDetails.credits was not asked for")
    assert "append_to_response=['credits']" in message
    assert (info.value.model, info.value.part) == ("MovieDetails", "credits")
    with pytest.raises(AttributeError, match=r"append_to_response=\['watch/providers'\]"):
        _ = movie.watch_providers
    assert getattr(movie, "videos", None) is None


def test_parts_not_asked_for_stay_out_of_json_and_builtins() -> None:
    movie = msgspec.json.decode(b'{"id": 550, "credits": {"id": 550}}', type=MovieDetails)
    encoded = json.loads(to_json(movie))
    assert encoded["credits"]["id"] == 550 and "videos" not in encoded
    assert "videos" not in to_builtins(movie)
    assert to_builtins(movie)["credits"]["id"] == 550
    assert repr(movie).startswith("MovieDetails(id=550")


def test_models_serialise_for_json_dumps_a_web_response_and_a_table(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        page = client.movies.popular()
        movie = client.movies.details(550, append_to_response=["watch/providers"])
    rows = to_builtins(page.results)
    assert isinstance(rows, list) and rows[0]["id"] == page.results[0].id
    assert json.loads(json.dumps(to_builtins(movie)))["id"] == 550
    body = to_json(movie)
    assert isinstance(body, bytes)
    # TMDB's own names come back, so the bytes decode into the model again.
    assert b'"watch/providers"' in body
    assert msgspec.json.decode(body, type=MovieDetails) == movie
    assert json.loads(to_json([movie, movie]))[1]["id"] == 550


def test_an_image_url_of_no_path_is_none(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        images = ImageURLBuilder(client.configuration.details())
    assert images.url(None, "w500") is None
    assert images.url("/abc.jpg", "w500") == images.base_url + "w500/abc.jpg"
    with pytest.raises(ValueError, match="unknown image size 'w1'"):
        images.url(None, "w1")  # the size is checked even without a path
    with pytest.raises(ValueError, match="or None"):
        images.url("abc.jpg")


def test_any_of_is_sent_as_tmdbs_or(fake_tmdb: FakeTMDB) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs()) as client:
        client.discover.movie(with_genres=AnyOf(28, 12), without_genres=[99, 10402])
        with pytest.raises(ValueError, match=r"with_genres\[1\] must be a positive int"):
            client.discover.movie(with_genres=AnyOf(28, 0))
        with pytest.raises(ValueError, match="must not be an empty list"):
            client.discover.tv(with_genres=AnyOf())
    sent = fake_tmdb.requests[0].query
    assert (sent["with_genres"], sent["without_genres"]) == ("28|12", "99,10402")
    assert len(fake_tmdb.requests) == 1
    assert AnyOf(1, 2) == AnyOf(1, 2) and repr(AnyOf(1, 2)) == "AnyOf(1, 2)"


def test_the_literal_aliases_are_exported_from_tmdbfusion_types() -> None:
    import typing

    from tmdbfusion import types

    assert "credits" in typing.get_args(types.MovieAppend)
    assert "watch/providers" in typing.get_args(types.TVAppend)
    assert typing.get_args(types.TimeWindow) == ("day", "week")
    assert types.AnyOf is tmdbfusion.AnyOf
    missing = [name for name in types.__all__ if not hasattr(types, name)]
    assert missing == []


# mypy --strict over small programs: each passing one must pass, each failing one must
# fail with the error named beside it.
PREAMBLE = """\
from typing import assert_type
import msgspec
from tmdbfusion import AnyOf, AsyncTMDBClient, TMDBClient, to_builtins, to_json
from tmdbfusion.images import ImageURLBuilder
from tmdbfusion.models import Credits, MovieListItem
from tmdbfusion.types import MovieAppend
"""

PASSING = {
    "appended_part": """
        def cast_names(client: TMDBClient) -> list[str]:
            movie = client.movies.details(550, append_to_response=["credits"])
            assert_type(movie.credits, Credits)
            return [member.name or "" for member in movie.credits.cast]
    """,
    "alias_list": """
        PARTS: list[MovieAppend] = ["credits", "images"]

        def details(client: TMDBClient) -> None:
            client.movies.details(550, append_to_response=PARTS)
    """,
    "poster_url": """
        def poster(client: TMDBClient, images: ImageURLBuilder) -> str | None:
            movie = client.movies.details(550)
            assert_type(images.url(movie.poster_path, "w342"), str | None)
            assert_type(images.url("/abc.jpg", "w342"), str)
            return images.url(movie.poster_path, "w342")
    """,
    "page_fields": """
        async def totals(client: AsyncTMDBClient) -> int:
            total = 0
            async for page in client.paginate(client.movies.popular):
                total = page.total_results + page.total_pages + page.page
                assert_type(page.results[0], MovieListItem)
            return total
    """,
    "serialise": """
        def body(client: TMDBClient) -> bytes:
            movie = client.movies.details(550)
            assert_type(to_json(movie), bytes)
            to_builtins(movie)
            client.discover.movie(with_genres=AnyOf(28, 12))
            return msgspec.json.encode(movie)
    """,
}

FAILING = {
    "inferred_list_of_str": (
        """
        PARTS = ["credits"]

        def details(client: TMDBClient) -> None:
            client.movies.details(550, append_to_response=PARTS)
        """,
        'Argument "append_to_response"',
    ),
    "unknown_part": (
        """
        def details(client: TMDBClient) -> None:
            client.movies.details(550, append_to_response=["credit"])
        """,
        "List item 0 has incompatible type",
    ),
    "url_of_optional_path_as_str": (
        """
        def poster(client: TMDBClient, images: ImageURLBuilder) -> str:
            return images.url(client.movies.details(550).poster_path)
        """,
        "Incompatible return value type",
    ),
    "any_of_strings": (
        """
        def details(client: TMDBClient) -> None:
            client.discover.movie(with_genres=AnyOf("28"))
        """,
        'Argument 1 to "AnyOf" has incompatible type "str"',
    ),
}


def _mypy(folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("typing")
    for name, body in PASSING.items():
        (folder / f"pass_{name}.py").write_text(PREAMBLE + textwrap.dedent(body))
    for name, (body, _) in FAILING.items():
        (folder / f"fail_{name}.py").write_text(PREAMBLE + textwrap.dedent(body))
    return _mypy(folder)


@pytest.mark.parametrize("name", PASSING)
def test_mypy_accepts(mypy_output: str, name: str) -> None:
    errors = [line for line in mypy_output.splitlines() if f"pass_{name}.py" in line]
    assert errors == []


@pytest.mark.parametrize("name", FAILING)
def test_mypy_refuses(mypy_output: str, name: str) -> None:
    errors = [line for line in mypy_output.splitlines() if f"fail_{name}.py" in line]
    expected = FAILING[name][1]
    assert any(expected in line for line in errors), mypy_output


def test_mypy_checked_every_file_and_only_the_failing_ones_failed(mypy_output: str) -> None:
    checked = len(PASSING) + len(FAILING)
    assert f"in {len(FAILING)} files (checked {checked} source files)" in mypy_output, mypy_output
