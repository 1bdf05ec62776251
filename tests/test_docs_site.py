"""The documentation site, built and looked at in a real browser.

Builds the site with ``mkdocs build --strict`` (broken links, anchors and API
references fail it), serves it on 127.0.0.1 and drives Debian's chromium headless with
playwright (no browser download): the concept page shows the demo's table, the search
finds ``append_to_response``, the API reference lists ``AsyncTMDBClient``, and no page
loads anything from another host.

Skips without /usr/bin/chromium, mkdocs or playwright, unless
``TMDBFUSION_REQUIRE_BROWSER`` is set (to anything but ``0``): then it fails (CI sets it).
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BUILD_TIMEOUT = 120.0
# Playwright timeouts, in milliseconds.
WAIT_MS = 15_000
DEMO_ROWS = (
    "sync client, loop",
    "async client, loop",
    "async client, asyncio.gather (defaults)",
    "max_connections=50",
)


def _unavailable(reason: str) -> None:
    """Skip, or fail when CI requires the browser test to run."""
    if os.environ.get("TMDBFUSION_REQUIRE_BROWSER", "") not in ("", "0"):
        pytest.fail(f"TMDBFUSION_REQUIRE_BROWSER is set, but {reason}")
    pytest.skip(reason)


def _check_tools() -> None:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    for module in ("mkdocs", "material", "mkdocstrings", "playwright"):
        if importlib.util.find_spec(module) is None:
            _unavailable(f"{module} is not installed (pip install -e '.[test]')")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _check_tools()
    out = tmp_path_factory.mktemp("site")
    # cwd=ROOT: pymdownx.snippets resolves its base_path (".") from there.
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stderr[-5000:]}"
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(site_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any, site_url: str) -> Iterator[Any]:
    """A fresh page that records every request to another host than the site's."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    site_host = urlsplit(site_url).netloc
    foreign: list[str] = []

    def note(request: Any) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != site_host:
            foreign.append(request.url)

    page.on("request", note)
    try:
        yield page
        assert not foreign, f"the site loaded resources from elsewhere: {foreign}"
    finally:
        context.close()


def test_concept_page_shows_the_demo_table(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/concepts/sync-vs-async/")
    assert "Sync vs Async" in page.locator("h1").first.inner_text()
    table = page.locator("table", has_text="sync client, loop").first
    table.wait_for(state="visible")
    rows = table.locator("tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    for label in DEMO_ROWS:
        assert any(label in text for text in texts), (label, texts)
    # Each demo row has a measured time and its floor, in seconds.
    assert all(text.count(" s") >= 2 for text in texts), texts


def test_search_finds_append_to_response(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/")
    # Playwright's default viewport (1280 x 720) shows material's search box in the header.
    query = page.locator("input[data-md-component='search-query']")
    query.click()
    # Typed key by key: material searches on keyboard events, which fill() does not send.
    query.press_sequentially("append_to_response", delay=10)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(state="visible")
    hrefs = [results.nth(i).get_attribute("href") for i in range(min(results.count(), 5))]
    assert hrefs and all(hrefs), hrefs
    # The first result's page mentions it.
    page.goto(urljoin(page.url, hrefs[0]))
    assert "append_to_response" in page.locator("article").first.inner_text()


def test_api_reference_lists_both_clients(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/reference/api/")
    for client in ("AsyncTMDBClient", "TMDBClient"):
        heading = page.locator(f"[id='tmdbfusion.{client}']")
        heading.wait_for(state="visible")
        assert client in heading.inner_text()
    # Members rendered from the docstrings, with their signatures.
    assert page.locator("[id='tmdbfusion.AsyncTMDBClient.fetch_many']").count() == 1
    assert page.locator("[id='tmdbfusion.AsyncTMDBClient.paginate']").count() == 1
