"""One declaration per operation: the resource methods of both clients are generated
from the registry's declarations and stay in step with them, and a new declaration is
all it takes to get a working, checked method."""

from __future__ import annotations

import inspect
import subprocess
import sys
import types
from operator import attrgetter
from pathlib import Path
from typing import Any

import msgspec
import pytest

import tmdbfusion
from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion._checks import kinds as k
from tmdbfusion._endpoint import Endpoint
from tmdbfusion._registry._params import LANGUAGE, PAGE, Resource, path, query
from tmdbfusion._typing import Parsed
from tmdbfusion.models import MovieListItem, Page
from tmdbfusion.models.discover import MovieSortBy
from tmdbfusion.testing import FakeTMDB

ROOT = Path(__file__).resolve().parent.parent
USER_TOKEN = ("user", "user_or_client")


def test_generated_resources_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_resources.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("client_class", [AsyncTMDBClient, TMDBClient])
@pytest.mark.parametrize("endpoint", tmdbfusion.ENDPOINTS, ids=lambda e: e.qualname)
def test_every_method_signature_is_its_declaration(
    client_class: type[Any], endpoint: Endpoint[Any]
) -> None:
    client = client_class("signature-check")
    method = attrgetter(endpoint.qualname)(client)
    parameters = list(inspect.signature(method).parameters.values())
    expected = [p.name for p in endpoint.params]
    if endpoint.token in USER_TOKEN:
        expected.append("user_access_token")
    assert [p.name for p in parameters] == expected
    for declared, actual in zip(endpoint.params, parameters, strict=False):
        positional = declared.where == "path"
        assert (actual.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD) is positional
        assert (actual.kind is inspect.Parameter.KEYWORD_ONLY) is not positional
        if positional or (declared.required and declared.default == "None"):
            assert actual.default is inspect.Parameter.empty, actual
        else:
            assert repr(actual.default) == declared.default, actual
    assert (method.__doc__ or "").strip().startswith(endpoint.doc.split("\n")[0])
    if isinstance(client, TMDBClient):
        client.close()


def test_sessions_rule_is_listed_where_session_ids_are_taken() -> None:
    # Every operation with both session ids says how many of them it needs.
    for endpoint in tmdbfusion.ENDPOINTS:
        names = {p.name for p in endpoint.params}
        if {"session_id", "guest_session_id"} <= names:
            assert any(type(rule).__name__ == "Sessions" for rule in endpoint.rules), endpoint


def _hypothetical_family() -> types.ModuleType:
    """A family module as a contributor writes it: one declaration, nothing else."""
    family = types.ModuleType("tmdbfusion._registry.hypothetical")
    family.RESOURCE = Resource(  # type: ignore[attr-defined]
        "hypothetical", "Hypothetical", doc="``client.hypothetical``: a test's resource."
    )
    family.MovieSortBy = MovieSortBy  # type: ignore[attr-defined]
    family.LOOKALIKES = Endpoint(  # type: ignore[attr-defined]
        "movie-lookalikes",
        "GET",
        "/3/movie/{movie_id}/lookalikes",
        "hypothetical",
        "lookalikes",
        Page[MovieListItem],
        paged=True,
        params=(
            path("movie_id", k.ID),
            LANGUAGE,
            PAGE,
            query("sort_by", k.choice(MovieSortBy)),
            query("min_votes", k.int_range(0, 1000), wire="vote_count.gte"),
        ),
        doc="Movies that look like this one.",
    )
    return family


def _load_generated(family: types.ModuleType) -> types.ModuleType:
    sys.path.insert(0, str(ROOT))
    try:
        import build_resources
    finally:
        sys.path.remove(str(ROOT))
    target, source = build_resources.module_source(family, build_resources.ModelNames())
    assert target == ROOT / "tmdbfusion" / "_async" / "resources" / "hypothetical.py"
    assert "    async def lookalikes(\n        self,\n        movie_id: int,\n" in source
    assert "        sort_by: MovieSortBy | None = None,\n" in source
    assert "        min_votes: int | None = None,\n" in source
    module = types.ModuleType("tmdbfusion._async.resources.hypothetical")
    module.__package__ = "tmdbfusion._async.resources"
    sys.modules[family.__name__] = family
    try:
        exec(compile(source, str(target), "exec"), module.__dict__)
    finally:
        del sys.modules[family.__name__]
    return module


async def test_a_new_declaration_becomes_a_working_checked_method(fake_tmdb: FakeTMDB) -> None:
    family = _hypothetical_family()
    module = _load_generated(family)
    page = {"page": 2, "results": [], "total_pages": 3, "total_results": 41}
    fake_tmdb.set_response("GET", "/3/movie/550/lookalikes", page)
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), rate_limit=None) as client:
        resource = module.AsyncHypothetical(client, Parsed)
        result = await resource.lookalikes(550, page=2, sort_by="vote_count.desc", min_votes=10)
        with pytest.raises(ValueError, match="min_votes must be an int from 0 to 1000"):
            await resource.lookalikes(550, min_votes=1001)
        with pytest.raises(ValueError, match="sort_by must be one of"):
            await resource.lookalikes(550, sort_by="best")
    assert isinstance(result, Page) and result.total_results == 41
    [sent] = fake_tmdb.requests
    assert sent.path == "/3/movie/550/lookalikes"
    assert {k: v for k, v in sent.query.items() if k != "api_key"} == {
        "page": "2",
        "sort_by": "vote_count.desc",
        "vote_count.gte": "10",
    }
    assert msgspec.to_builtins(result)["page"] == 2
