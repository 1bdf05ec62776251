"""Without the ``socks`` extra, a SOCKS proxy is refused when the client is created.

Each test runs a fresh interpreter in which the SOCKS package of one client is blocked
(``sys.modules[name] = None`` makes its import fail, as if it were not installed) before
tmdbfusion is imported. There, a ``socks5://`` or ``socks5h://`` proxy, given as
``proxy=`` or found in ``ALL_PROXY``, is refused with an error that is both a
``ValueError`` and an ``ImportError`` and names ``tmdbfusion[socks]``; an ``http://``
proxy still carries requests.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.proxy_servers import HTTPProxy
from tests.scripted_server import Reply, Request, ScriptedServer, response

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "s3cret-proxy-pw"
# The package each client's SOCKS support comes from.
SOCKS_PACKAGE = {"async": "aiohttp_socks", "sync": "socks"}

CHILD = r"""
import json, os, sys

flavour, blocked, origin_url, proxy_url, password = sys.argv[1:]
sys.modules[blocked] = None  # as if the extra were not installed

from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion._extras import MissingExtraError

Client = AsyncTMDBClient if flavour == "async" else TMDBClient


def refusal(**kwargs):
    try:
        Client(access_token="tok", base_url="https://api.themoviedb.org", **kwargs)
    except Exception as exc:
        return {
            "type": f"{type(exc).__module__}.{type(exc).__qualname__}",
            "value_error": isinstance(exc, ValueError),
            "import_error": isinstance(exc, ImportError),
            "missing_extra": isinstance(exc, MissingExtraError),
            "message": str(exc),
            "password_shown": password in str(exc) or password in repr(exc),
        }
    return None


def through_http_proxy():
    options = dict(
        access_token="tok", base_url=origin_url, proxy=proxy_url, max_retries=0,
        rate_limit=None, timeout=5.0,
    )
    if flavour == "async":
        import asyncio

        async def fetch():
            async with AsyncTMDBClient(**options) as client:
                return await client.request("GET", "/3/movie/550")

        return asyncio.run(fetch())
    with TMDBClient(**options) as client:
        return client.request("GET", "/3/movie/550")


results = {
    "socks5": refusal(proxy="socks5://127.0.0.1:1080"),
    "socks5h with credentials": refusal(proxy=f"socks5h://user:{password}@127.0.0.1:1080"),
}
os.environ["ALL_PROXY"] = f"socks5://user:{password}@127.0.0.1:1080"
results["ALL_PROXY"] = refusal()
del os.environ["ALL_PROXY"]
results["http proxy"] = through_http_proxy()
results["still blocked"] = sys.modules.get(blocked, "gone") is None
print(json.dumps(results))
"""


def _movie(request: Request) -> Reply:
    return Reply(response(b'{"id": 550}'))


def _run_child(flavour: str, origin_url: str, proxy_url: str) -> dict[str, Any]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.lower().endswith("_proxy") and not name.startswith("TMDB_")
    }
    arguments = [flavour, SOCKS_PACKAGE[flavour], origin_url, proxy_url, PASSWORD]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ResourceWarning" not in done.stderr and "Unclosed" not in done.stderr, done.stderr
    results: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return results


@pytest.mark.parametrize("flavour", ["async", "sync"])
def test_without_the_extra_socks_is_refused_and_an_http_proxy_still_works(flavour: str) -> None:
    with ScriptedServer(_movie) as origin, HTTPProxy() as proxy:
        results = _run_child(flavour, origin.url, proxy.url)
    for case in ("socks5", "socks5h with credentials", "ALL_PROXY"):
        refusal = results[case]
        assert refusal is not None, f"{flavour}: {case} was accepted without the extra"
        assert refusal["type"] == "tmdbfusion._extras.MissingExtraError", refusal
        assert refusal["value_error"] and refusal["import_error"], refusal
        assert "tmdbfusion[socks]" in refusal["message"], refusal
        assert not refusal["password_shown"], refusal
    assert results["http proxy"] == {"id": 550}
    assert [(seen.method, seen.target) for seen in proxy.seen] == [
        ("GET", f"{origin.url}/3/movie/550")
    ]
    assert len(origin.requests) == 1
    assert results["still blocked"]


def test_the_socks_extra_brings_both_clients_socks_support() -> None:
    """The extra the refusal names is declared, with what each client needs."""
    config = configparser.RawConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    socks = config.get("options.extras_require", "socks").split()
    names = [re.split(r"[<>=!~\[]", requirement)[0].lower() for requirement in socks]
    assert "aiohttp-socks" in names
    assert any(r.replace(" ", "").lower().startswith("requests[socks]") for r in socks) or (
        "pysocks" in names
    )
