"""Every registered operation, on this client: the spec's (method, path) set, the request
each method sends, and every spec example decoded with no value lost."""

from __future__ import annotations

import json
import re
import typing
from operator import attrgetter
from typing import Any

import msgspec
import pytest

import tmdbfusion
from tests.endpoint_samples import sample_arguments
from tmdbfusion import AsyncTMDBClient, RawResponse
from tmdbfusion._checks.arguments import check_path_arguments
from tmdbfusion._endpoint import Endpoint
from tmdbfusion._urls import build_path
from tmdbfusion.testing import FakeTMDB

# TMDB's v3 spec and the sample arguments cover v3; v4 is tested in test_v4.py.
ENDPOINTS = tuple(e for e in tmdbfusion.ENDPOINTS if e.path.startswith("/3/"))
HTTP_METHODS = ("get", "post", "put", "delete", "patch")


def _spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def _example(operation: dict[str, Any]) -> Any:
    content = operation["responses"]["200"]["content"]["application/json"]
    value = next(iter(content["examples"].values()))["value"]
    return json.loads(value) if isinstance(value, str) else value


def _lost(expected: Any, actual: Any, where: str = "$") -> list[str]:
    """Every place where a value of ``expected`` is missing or different in ``actual``."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        lost: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                lost.append(f"{where}.{key}: missing")
            else:
                lost.extend(_lost(value, actual[key], f"{where}.{key}"))
        return lost
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: expected {len(expected)} items, got {actual!r}"[:200]]
        return [
            m
            for i, (e, a) in enumerate(zip(expected, actual, strict=True))
            for m in _lost(e, a, f"{where}[{i}]")
        ]
    if isinstance(expected, bool) or isinstance(actual, bool):
        return [] if expected is actual else [f"{where}: {expected!r} != {actual!r}"]
    return [] if expected == actual else [f"{where}: {expected!r} != {actual!r}"]


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)))


def _response_class(endpoint: Endpoint[Any]) -> type:
    cls = typing.get_origin(endpoint.response_type) or endpoint.response_type
    assert isinstance(cls, type)
    return cls


def test_registry_matches_the_spec(openapi_spec: dict[str, Any]) -> None:
    spec = _spec_operations(openapi_spec)
    registry = {(e.method, e.path): e for e in ENDPOINTS}
    assert len(registry) == len(ENDPOINTS), "an operation is registered twice"
    assert sorted(set(spec) - set(registry)) == [], "operations in the spec but not registered"
    assert sorted(set(registry) - set(spec)) == [], "registered operations not in the spec"
    for key, endpoint in registry.items():
        assert endpoint.operation_id == spec[key]["operationId"], key
    assert len(ENDPOINTS) == 152


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.operation_id)
async def test_each_operation_sends_its_request(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, endpoint: Endpoint[Any]
) -> None:
    method = attrgetter(endpoint.qualname)(client)
    args, kwargs = sample_arguments(method)
    result = await method(*args, **kwargs)

    sent = fake_tmdb.last_request
    assert sent.method == endpoint.method
    assert _template_regex(endpoint.path).fullmatch(sent.path), (sent.path, endpoint.path)
    assert sent.path == build_path(
        endpoint, check_path_arguments(endpoint, args[: len(endpoint.path_params)])
    )
    assert set(sent.query) - {"api_key"} <= set(endpoint.query), sent.query
    assert isinstance(result, _response_class(endpoint))

    # The same call through with_raw_response: TMDB's bytes as they came, the same
    # request, and parse() giving the same model.
    raw_method = attrgetter(endpoint.qualname)(client.with_raw_response)
    raw = await raw_method(*args, **kwargs)
    assert isinstance(raw, RawResponse)
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (sent.method, sent.path)
    assert fake_tmdb.last_request.query == sent.query
    assert 200 <= raw.status_code < 300  # FakeTMDB answers some writes 201, as TMDB does
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.json() == msgspec.json.decode(raw.content)
    parsed = raw.parse()
    assert parsed == result
    assert raw.parse() is parsed  # decoded once

    # And through with_options: per-call settings on the same connections.
    tuned = client.with_options(timeout=3.5, max_retries=0)
    assert tuned._transport is client._transport
    tuned_method = attrgetter(endpoint.qualname)(tuned)
    assert await tuned_method(*args, **kwargs) == result
    assert (fake_tmdb.last_request.method, fake_tmdb.last_request.path) == (sent.method, sent.path)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.operation_id)
async def test_each_spec_example_decodes_without_loss(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    openapi_spec: dict[str, Any],
    endpoint: Endpoint[Any],
) -> None:
    operation = _spec_operations(openapi_spec)[(endpoint.method, endpoint.path)]
    example = _example(operation)
    method = attrgetter(endpoint.qualname)(client)
    args, kwargs = sample_arguments(method)
    path = build_path(endpoint, check_path_arguments(endpoint, args[: len(endpoint.path_params)]))
    fake_tmdb.set_response(endpoint.method, path, json.dumps(example))

    result = await method(*args, **kwargs)

    assert fake_tmdb.last_request.path == path
    assert isinstance(result, _response_class(endpoint))
    assert _lost(example, msgspec.to_builtins(result)) == []


PAGED = tuple(e for e in ENDPOINTS if e.paged)


@pytest.mark.parametrize("endpoint", PAGED, ids=lambda e: e.operation_id)
async def test_each_paged_operation_paginates_once(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, endpoint: Endpoint[Any]
) -> None:
    assert "page" in endpoint.query, "a paged operation must accept page="
    method = attrgetter(endpoint.qualname)(client)
    args, kwargs = sample_arguments(method)
    pager = client.paginate(method, *args, **kwargs)

    numbers = [page.page async for page in pager]
    again = [page.page async for page in pager]

    assert numbers == again == list(range(1, fake_tmdb.data.total_pages + 1))
    assert [r.query.get("page") for r in fake_tmdb.requests] == ["1", "2", "3"]
