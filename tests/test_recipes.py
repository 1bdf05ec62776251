"""The recipes of examples/ (shown on docs/recipes/*.md), run against FakeTMDB.

Each program is imported (or run as a script) with its credentials and base URLs
pointing at the session's FakeTMDB; nothing reaches TMDB, Discord or a real Redis.
Every program also passes ``mypy --strict``, ``ruff check`` and ``ruff format``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.testing import FakeTMDB

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PROGRAMS = sorted(EXAMPLES.glob("*.py"))
RECIPE_PAGES = {
    "discord_bot.py": "discord-bot.md",
    "fastapi_service.py": "fastapi.md",
    "cron_sync.py": "cron-sync.md",
    "scraper.py": "scraper.md",
    "notebook.py": "notebook.md",
}


def load(name: str) -> ModuleType:
    """Import examples/<name>.py as a module (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"recipe_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake(fake_tmdb: FakeTMDB, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTMDB]:
    """The session's FakeTMDB, reset, and the environment pointing at it."""
    for name in list(os.environ):
        if name.startswith("TMDB_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("TMDB_API_KEY", fake_tmdb.api_key)
    monkeypatch.setenv("TMDB_BASE_URL", fake_tmdb.url)
    monkeypatch.setenv("TMDB_EXPORTS_BASE_URL", fake_tmdb.url)
    yield fake_tmdb


def script_environment(fake: FakeTMDB) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TMDB_")}
    environment.update(
        TMDB_API_KEY=fake.api_key,
        TMDB_BASE_URL=fake.url,
        TMDB_EXPORTS_BASE_URL=fake.url,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return environment


def paths(fake: FakeTMDB, prefix: str = "") -> list[str]:
    return [r.path for r in fake.requests if r.path.startswith(prefix)]


# -- every program: typed, linted, documented ------------------------------------------


def test_every_program_has_a_page_and_a_test() -> None:
    assert sorted(p.name for p in PROGRAMS) == sorted(RECIPE_PAGES)
    for program, page in RECIPE_PAGES.items():
        text = (ROOT / "docs" / "recipes" / page).read_text(encoding="utf-8")
        assert f'--8<-- "examples/{program}"' in text, f"{page} does not include {program}"


def test_mypy_strict() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", *map(str, PROGRAMS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("command", [["check"], ["format", "--check", "--diff"]])
def test_ruff(command: list[str]) -> None:
    targets = [str(EXAMPLES), str(Path(__file__)), str(ROOT / "tests" / "test_snippets.py")]
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *command, *targets],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- discord_bot.py ----------------------------------------------------------------------


async def test_discord_bot_commands(fake: FakeTMDB) -> None:
    bot = load("discord_bot")
    async with bot.make_client(**fake.client_kwargs()) as tmdb:
        reply = await bot.movie_reply(tmdb, "fight club")
        assert reply.title and reply.url.startswith("https://www.themoviedb.org/movie/")
        assert reply.thumbnail is None or reply.thumbnail.startswith("https://image.tmdb.org/")
        assert [name for name, _ in reply.fields][:1] == ["Rating"]
        assert any(name == "Starring" for name, _ in reply.fields)
        details = [r for r in fake.requests if r.path.startswith("/3/movie/")]
        assert details[-1].query["append_to_response"] == "credits"

        trending = await bot.trending_reply(tmdb, "week")
        assert trending.title == "Trending movies this week"
        assert trending.description.startswith("1. ")
        assert fake.last_request.path == "/3/trending/movie/week"

        # The cache: asking again costs TMDB nothing.
        sent = len(fake.requests)
        await asyncio.gather(*(bot.movie_reply(tmdb, "fight club") for _ in range(20)))
        assert len(fake.requests) == sent

        embed = bot.to_embed(reply)
        assert embed.title == reply.title and len(embed.fields) == len(reply.fields)


async def test_discord_bot_answers_when_tmdb_fails(fake: FakeTMDB) -> None:
    bot = load("discord_bot")
    async with bot.make_client(**fake.client_kwargs()) as tmdb:
        assert (await bot.movie_reply(tmdb, "  ")).title == "Which movie?"
        fake.set_response("GET", "/3/search/movie", {"page": 1, "results": []})
        assert (await bot.movie_reply(tmdb, "nothing")).title == "No match"
        fake.faults.fail_first = 100
        fake.faults.fail_status = 500
        tmdb_failing = tmdb.with_options(max_retries=0, cache=False)
        assert (await bot.trending_reply(tmdb_failing)).title == "TMDB is not answering"


async def test_discord_bot_tree_registers_commands_offline(fake: FakeTMDB) -> None:
    bot = load("discord_bot")
    async with bot.make_client(**fake.client_kwargs()) as tmdb:
        client = bot.build_bot(tmdb)  # never started: it opens no connection
        commands = {c.name: c for c in client.tree.get_commands()}
        assert sorted(commands) == ["movie", "trending"]
        assert [p.name for p in commands["movie"].parameters] == ["title"]
        trending = commands["trending"].parameters[0]
        assert trending.name == "window" and not trending.required
        assert sorted(choice.value for choice in trending.choices) == ["day", "week"]
    assert not any(r.path.startswith("/api") for r in fake.requests)


async def test_discord_bot_shares_the_rate_limit_through_redis(fake: FakeTMDB) -> None:
    from tests.redis_server import RedisServer, find_redis_server

    if find_redis_server() is None:
        pytest.skip("redis-server is not installed")
    import redis.asyncio

    from tmdbfusion.ratelimit.redis_limiter import AsyncRedisRateLimiter

    bot = load("discord_bot")
    with RedisServer() as server:
        connection = redis.asyncio.Redis.from_url(server.url)
        try:
            async with bot.make_client(connection, processes=2, **fake.client_kwargs()) as tmdb:
                assert isinstance(tmdb._settings.rate_limiter, AsyncRedisRateLimiter)
                assert (await bot.trending_reply(tmdb)).description.startswith("1. ")
                assert await connection.exists("tmdb:ratelimit")
        finally:
            await connection.aclose()


# -- fastapi_service.py --------------------------------------------------------------------


def test_fastapi_service(fake: FakeTMDB) -> None:
    from fastapi.testclient import TestClient

    service = load("fastapi_service")
    fake.not_found.add("/3/movie/404")
    with TestClient(service.app) as http:
        answer = http.get("/movies/550")
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/json"
        body = answer.json()
        assert body["id"] == 550 and isinstance(body["title"], str)
        assert isinstance(body["credits"]["cast"], list)  # the appended part
        assert "images" not in body  # parts not asked for are left out
        assert fake.last_request.query["append_to_response"] == "credits"

        found = http.get("/search", params={"q": "fight club", "page": 2})
        assert found.status_code == 200, found.text
        page = found.json()
        assert page["page"] == 2 and len(page["results"]) == 3
        assert all(isinstance(item["id"], int) for item in page["results"])
        assert fake.last_request.query["query"] == "fight club"

        missing = http.get("/movies/404")
        assert missing.status_code == 404
        assert missing.json() == {"detail": "TMDB has no movie 404"}

        assert http.get("/movies/0").status_code == 422  # refused before TMDB
        assert http.get("/search").status_code == 422

        fake.faults.fail_first = 10
        fake.faults.fail_status = 503
        fake.not_found.add("/3/movie/551")  # never reached: 503s first
        unavailable = http.get("/movies/552", params={})
        assert unavailable.status_code == 503
        assert unavailable.headers["retry-after"] == "30"


# -- cron_sync.py --------------------------------------------------------------------------


def test_cron_sync_runs_incrementally(
    fake: FakeTMDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cron = load("cron_sync")
    today = dt.datetime.now(dt.UTC).date()
    fake.exports.add("movie", today, rows=40)
    exported = [json.loads(line) for line in fake.exports.rows("movie", today, 40)]
    wanted = {row["id"] for row in exported if not row["video"]}
    gone = sorted(wanted)[3]
    fake.not_found.add(f"/3/movie/{gone}")
    database = tmp_path / "movies.sqlite3"

    assert cron.main([str(database)]) == 0
    first = list(fake.requests)
    assert any(r.path.startswith("/p/exports/movie_ids_") for r in first)
    assert not any(r.path.startswith("/3/movie/changes") for r in first)
    fetched_first = {r.path for r in first if r.path.startswith("/3/movie/")}
    assert fetched_first == {f"/3/movie/{i}" for i in wanted}
    with sqlite3.connect(database) as db:
        stored = {row[0] for row in db.execute("SELECT id FROM movies")}
        assert stored == wanted - {gone}
        assert db.execute("SELECT mode, fetched, deleted FROM runs").fetchall() == [
            ("full", len(wanted) - 1, 1)
        ]

    fake.requests.clear()
    assert cron.main([str(database)]) == 0
    second = list(fake.requests)
    assert not any(r.path.startswith("/p/exports/") for r in second)  # no export again
    windows = [r for r in second if r.path == "/3/movie/changes"]
    assert windows and all(r.query["start_date"] == today.isoformat() for r in windows)
    changed = {f"/3/movie/{i}" for i in _changed_since(fake, today)}  # the change feed
    fetched_second = {r.path for r in second if r.path.startswith("/3/movie/")} - {
        "/3/movie/changes"
    }
    assert fetched_second == changed  # only what changed, each once
    assert len(fetched_second) == len([r for r in second if r.path in changed])
    with sqlite3.connect(database) as db:
        runs = db.execute("SELECT mode, started, finished_at IS NOT NULL FROM runs").fetchall()
        assert runs == [("full", today.isoformat(), 1), ("changes", today.isoformat(), 1)]
        stored_now = {row[0] for row in db.execute("SELECT id FROM movies")}
        assert stored_now == stored | {int(p.rsplit("/", 1)[1]) for p in changed}
    out = capsys.readouterr().out
    assert "full sync" in out and f"changes sync (since {today})" in out


def _changed_since(fake: FakeTMDB, since: dt.date) -> set[int]:
    async def read() -> set[int]:
        async with AsyncTMDBClient(**fake.client_kwargs()) as tmdb:
            return {i async for i in tmdb.changes.iter_ids("movie", since=since)}

    return asyncio.run(read())


# -- scraper.py ------------------------------------------------------------------------------

SCRAPE_IDS = list(range(1000, 1200))


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def _requested_ids(fake: FakeTMDB) -> list[int]:
    return [
        int(r.path.rsplit("/", 1)[1])
        for r in fake.requests
        if r.path.startswith("/3/movie/") and r.path.rsplit("/", 1)[1].isdigit()
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs SIGINT")
def test_scraper_interrupted_then_resumed(fake: FakeTMDB, tmp_path: Path) -> None:
    fake.faults.latency = 0.02
    missing = set(SCRAPE_IDS[5::40])
    for movie_id in missing:
        fake.not_found.add(f"/3/movie/{movie_id}")
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"{n}\n" for n in SCRAPE_IDS))
    out = tmp_path / "out"
    command = [sys.executable, str(EXAMPLES / "scraper.py"), str(out), "--ids", str(ids)]
    command += ["--max-connections", "2", "--rate-limit", "1000"]
    environment = script_environment(fake)

    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while len(_requested_ids(fake)) < 40 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the scraper finished before it could be interrupted"
        process.send_signal(signal.SIGINT)  # Ctrl-C
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert "run the same command again to resume" in stderr
    kept = _lines(out / "results.ndjson") + _lines(out / "failures.ndjson")
    done_first = {line["input"] for line in kept}
    assert 0 < len(done_first) < len(SCRAPE_IDS)

    fake.requests.clear()
    fake.faults.latency = 0.0
    resumed = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    assert "by earlier runs" in resumed.stdout
    requested_again = _requested_ids(fake)
    assert not set(requested_again) & done_first  # nothing finished is fetched again
    assert len(requested_again) == len(set(requested_again))

    results = _lines(out / "results.ndjson")
    failures = _lines(out / "failures.ndjson")
    written = [line["input"] for line in results + failures]
    assert sorted(written) == SCRAPE_IDS  # nothing lost, nothing twice
    assert {line["input"] for line in failures} == missing
    assert all(line["data"]["id"] == line["input"] for line in results)
    assert all("credits" in line["data"] and "keywords" in line["data"] for line in results)

    fake.requests.clear()  # a finished crawl: running it again sends nothing
    again = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert fake.requests == []


async def test_scraper_from_discover(fake: FakeTMDB, tmp_path: Path) -> None:
    scraper = load("scraper")
    out = tmp_path / "out"
    summary = await scraper.scrape(out, year=1999, **fake.client_kwargs())
    discovered = [r for r in fake.requests if r.path == "/3/discover/movie"]
    assert sorted(r.query["page"] for r in discovered) == ["1", "2", "3"]
    assert all(r.query["primary_release_year"] == "1999" for r in discovered)
    assert summary.total == summary.done > 0 and summary.skipped == 0
    assert len(_lines(out / "results.ndjson")) == summary.done

    fake.requests.clear()  # resumed over a finished directory: no request at all
    again = await scraper.scrape(out, year=1999, **fake.client_kwargs())
    assert (again.done, again.skipped) == (0, summary.total)
    assert fake.requests == []
    assert scraper.best_rated(out)


# -- notebook.py -----------------------------------------------------------------------------


def test_notebook_runs_as_a_script(fake: FakeTMDB, tmp_path: Path) -> None:
    source = (EXAMPLES / "notebook.py").read_text(encoding="utf-8")
    cells = [line for line in source.splitlines() if line.startswith("# %%")]
    assert len([c for c in cells if "[markdown]" not in c]) >= 4
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "notebook.py")],
        cwd=tmp_path,
        env=script_environment(fake),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "9 results on 3 pages"
    assert any(line.startswith("Cast: ") for line in lines)
    header = next(line for line in lines if line.startswith("id "))
    assert header.split() == ["id", "title", "release_date", "vote_average", "popularity"]
    details = [r for r in fake.requests if r.path.startswith("/3/movie/")]
    assert details[0].query["append_to_response"] == "credits,keywords"
