"""Which operations a crawl can run: GET operations whose only path parameter is the id."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from .errors import CrawlUsageError


def crawlable() -> dict[str, Endpoint[Any]]:
    """``"resource.method"`` -> endpoint, for every operation a crawl can run."""
    from .._registry import ENDPOINTS

    return {
        endpoint.qualname: endpoint
        for endpoint in ENDPOINTS
        if endpoint.method == "GET"
        and len(endpoint.path_params) == 1
        and endpoint.path_params[0].endswith("_id")
        and not endpoint.has_body
        # Not v4's user calls (no user token here), nor a GET that changes state.
        and endpoint.token == "client"
        and endpoint.retry
    }


def resolve_operation(name: str, append: list[str] | tuple[str, ...] = ()) -> Endpoint[Any]:
    """The endpoint called ``name`` (``"movies.details"``), checked with its ``append``
    parts; ``CrawlUsageError`` names an example when it cannot be crawled."""
    endpoints = crawlable()
    endpoint = endpoints.get(name)
    if endpoint is None:
        raise CrawlUsageError(
            f"cannot crawl {name!r}: give resource.method of an operation whose only path "
            "parameter is the id, e.g. movies.details, tv.details, people.details"
        )
    if append:
        if not endpoint.appendable:
            raise CrawlUsageError(f"{name} takes no append_to_response parts")
        unknown = sorted(set(append) - endpoint.appendable)
        if unknown:
            raise CrawlUsageError(
                f"{name} cannot append {', '.join(unknown)}; it can append "
                f"{', '.join(sorted(endpoint.appendable))}"
            )
    return endpoint
