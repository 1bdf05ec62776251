"""``tmdbfusion.crawl`` and ``tmdbfusion crawl``, over real sockets against FakeTMDB."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.__main__ import main
from tmdbfusion.crawl import CrawlUsageError, LineProgress, LogProgress, crawl, default_progress
from tmdbfusion.testing import FakeTMDB


@pytest.fixture
def env(fake_tmdb: FakeTMDB, monkeypatch: pytest.MonkeyPatch) -> FakeTMDB:
    monkeypatch.delenv("TMDB_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("TMDB_API_KEY", fake_tmdb.api_key)
    monkeypatch.setenv("TMDB_BASE_URL", fake_tmdb.url)
    monkeypatch.setenv("TMDB_EXPORTS_BASE_URL", fake_tmdb.url)
    return fake_tmdb


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def detail_requests(fake: FakeTMDB) -> list[Any]:
    return [r for r in fake.requests if r.path.startswith("/3/movie/") and "changes" not in r.path]


def write_ids(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ids.txt"
    path.write_text(text)
    return path


def test_crawl_writes_results_and_failures(env: FakeTMDB, tmp_path: Path) -> None:
    odd = b'{ "id" :550,\t"title":  "Fight Club" ,"x":[1, 2 ,3]  }'
    env.set_response("GET", "/3/movie/550", odd)
    env.not_found.add("/3/movie/551")
    ids = write_ids(tmp_path, "# films\n550\n\n551\n552  # a comment\n550\n")
    out = tmp_path / "out"
    argv = ["crawl", "movies.details", "--ids", str(ids), "--append", "credits,images"]
    assert main([*argv, "--out", str(out)]) == 0

    # Lines come in the order items finish.
    raw = (out / "results.ndjson").read_bytes().splitlines()
    assert b'{"input": 550, "data": ' + odd + b"}" in raw
    results = {r["input"]: r for r in lines(out / "results.ndjson")}
    assert sorted(results) == [550, 552]
    assert results[552]["data"]["id"] == 552
    failures = lines(out / "failures.ndjson")
    assert [(f["input"], f["error"]) for f in failures] == [(551, "NotFoundError")]
    assert failures[0]["message"]
    sent = detail_requests(env)
    assert sorted(r.path for r in sent) == ["/3/movie/550", "/3/movie/551", "/3/movie/552"]
    assert {r.query["append_to_response"] for r in sent} == {"credits,images"}

    # Run again: nothing is sent, nothing written.
    before = {name: (out / name).read_bytes() for name in ("results.ndjson", "failures.ndjson")}
    env.requests.clear()
    assert main([*argv, "--out", str(out)]) == 0
    assert env.requests == []
    assert {n: (out / n).read_bytes() for n in before} == before


def test_body_with_line_breaks_stays_on_one_line(env: FakeTMDB, tmp_path: Path) -> None:
    env.set_response("GET", "/3/movie/7", b'{\n  "id": 7,\r\n  "title": "a\\nb"\n}\n')
    ids = write_ids(tmp_path, "7\n")
    assert main(["crawl", "movies.details", "--ids", str(ids), "--out", str(tmp_path)]) == 0
    [line] = (tmp_path / "results.ndjson").read_bytes().splitlines()
    assert json.loads(line) == {"input": 7, "data": {"id": 7, "title": "a\nb"}}


def test_ids_from_stdin(env: FakeTMDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("10\n11\n"))
    assert main(["crawl", "movies.details", "--ids", "-", "--out", str(tmp_path)]) == 0
    assert sorted(r["input"] for r in lines(tmp_path / "results.ndjson")) == [10, 11]
    assert sorted(r.path for r in detail_requests(env)) == ["/3/movie/10", "/3/movie/11"]


def test_ids_from_export(env: FakeTMDB, tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).date()
    env.exports.add("movie", today, rows=5)
    expected = sorted(json.loads(row)["id"] for row in env.exports.rows("movie", today, 5))
    assert main(["crawl", "movies.details", "--ids", "export:movie", "--out", str(tmp_path)]) == 0
    assert sorted(r["input"] for r in lines(tmp_path / "results.ndjson")) == expected
    assert not any("api_key" in r.query for r in env.requests if "exports" in r.path)


def test_ids_from_changes(env: FakeTMDB, tmp_path: Path) -> None:
    since = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=3)).isoformat()
    source = f"changes:movie:{since}"
    assert main(["crawl", "movies.details", "--ids", source, "--out", str(tmp_path)]) == 0
    feed = [r for r in env.requests if r.path == "/3/movie/changes"]
    assert feed and feed[0].query["start_date"] == since
    done = [r["input"] for r in lines(tmp_path / "results.ndjson")]
    assert done and len(done) == len(set(done))
    assert sorted(done) == sorted(int(r.path.rsplit("/", 1)[1]) for r in detail_requests(env))


@pytest.mark.parametrize(
    "args",
    [
        ["movies.popular", "--ids", "IDS"],
        ["trending.movies", "--ids", "IDS"],
        ["movies.nope", "--ids", "IDS"],
        ["movies.details", "--ids", "IDS", "--append", "nonsense"],
        ["movies.details", "--ids", "missing-file.txt"],
        ["movies.details", "--ids", "export:films"],
        ["movies.details", "--ids", "changes:movie"],
        ["movies.details", "--ids", "changes:film:2026-11-01"],
        ["movies.details", "--ids", "changes:movie:2026-13-01"],
        ["movies.details", "--ids", "changes:movie:2999-01-01"],
        ["movies.details", "--ids", "IDS", "--max-connections", "0"],
    ],
)
def test_bad_arguments_exit_2_before_sending(
    env: FakeTMDB, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    ids = str(write_ids(tmp_path, "550\n"))
    argv = ["crawl", *[ids if a == "IDS" else a for a in args], "--out", str(tmp_path / "o")]
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err
    assert env.requests == []
    assert not (tmp_path / "o" / "results.ndjson").exists()


def test_operation_error_names_an_example(env: FakeTMDB, tmp_path: Path, capsys: Any) -> None:
    assert main(["crawl", "search.movie", "--ids", "-", "--out", str(tmp_path)]) == 2
    assert "movies.details" in capsys.readouterr().err


def test_missing_out_is_a_usage_error(env: FakeTMDB) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["crawl", "movies.details", "--ids", "-"])
    assert raised.value.code == 2


def test_refuses_to_resume_another_crawl(env: FakeTMDB, tmp_path: Path) -> None:
    ids = str(write_ids(tmp_path, "550\n"))
    out = str(tmp_path / "o")
    assert main(["crawl", "movies.details", "--ids", ids, "--out", out]) == 0
    env.requests.clear()
    for other in (
        ["movies.details", "--ids", ids, "--append", "credits"],
        ["tv.details", "--ids", ids],
        ["movies.details", "--ids", "export:movie"],
    ):
        assert main(["crawl", *other, "--out", out]) == 2
    assert env.requests == []


def test_torn_last_line_is_repaired(env: FakeTMDB, tmp_path: Path) -> None:
    ids = write_ids(tmp_path, "1\n2\n3\n")
    argv = ["crawl", "movies.details", "--ids", str(ids), "--out", str(tmp_path / "o")]
    assert main(argv) == 0
    results = tmp_path / "o" / "results.ndjson"
    good = results.read_bytes()
    with results.open("ab") as file:
        file.write(b'{"input": 4, "data": {"id"')
    env.requests.clear()
    assert main(argv) == 0
    assert results.read_bytes() == good
    assert env.requests == []


def test_lines_after_the_checkpoint_are_written_once(env: FakeTMDB, tmp_path: Path) -> None:
    """A crash after lines were written but before the checkpoint covered them."""
    ids = write_ids(tmp_path, "1\n2\n3\n4\n")
    out = tmp_path / "o"
    argv = ["crawl", "movies.details", "--ids", str(ids), "--out", str(out)]
    assert main(argv) == 0
    checkpoint = json.loads((out / "checkpoint.json").read_bytes())
    lengths = [len(line) + 1 for line in (out / "results.ndjson").read_bytes().splitlines()]
    # Rewind the checkpoint to cover only the first two lines, as if killed after.
    first_two = lines(out / "results.ndjson")[:2]
    done = {json.loads(line) for line in (out / "ids.txt").read_text().splitlines()}
    order = [json.loads(line) for line in (out / "ids.txt").read_text().splitlines()]
    assert done == {1, 2, 3, 4}
    checkpoint.update(
        done_below=0,
        done=sorted(order.index(r["input"]) for r in first_two),
        results_size=sum(lengths[:2]),
        succeeded=2,
    )
    (out / "checkpoint.json").write_text(json.dumps(checkpoint))
    env.requests.clear()
    assert main(argv) == 0
    assert sorted(r["input"] for r in lines(out / "results.ndjson")) == [1, 2, 3, 4]
    assert len(detail_requests(env)) == 2


def test_authentication_failure_stops_with_4(
    env: FakeTMDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("TMDB_API_KEY", "wrong-key")
    ids = write_ids(tmp_path, "".join(f"{n}\n" for n in range(1, 200)))
    out = tmp_path / "o"
    assert main(["crawl", "movies.details", "--ids", str(ids), "--out", str(out)]) == 4
    assert len(env.requests) < 60
    assert "wrong-key" not in capsys.readouterr().err
    assert (out / "failures.ndjson").read_bytes() == b""
    # With the right key, the same command finishes the crawl.
    monkeypatch.setenv("TMDB_API_KEY", env.api_key)
    assert main(["crawl", "movies.details", "--ids", str(ids), "--out", str(out)]) == 0
    assert len(lines(out / "results.ndjson")) == 199


async def test_api_with_an_iterable(fake_tmdb: FakeTMDB, tmp_path: Path) -> None:
    fake_tmdb.not_found.add("/3/tv/2")
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs()) as client:
        summary = await crawl(
            client,
            "tv.details",
            [1, 2, 3, 1],
            tmp_path,
            append=["credits"],
            source="test",
            progress=LogProgress(),
        )
        assert (summary.done, summary.failed, summary.skipped, summary.total) == (3, 1, 0, 3)
        again = await crawl(client, "tv.details", [], tmp_path, append=["credits"], source="test")
        assert (again.done, again.skipped) == (0, 3)
        with pytest.raises(CrawlUsageError):
            await crawl(client, "tv.details", [], tmp_path, source="other")
    assert [f["input"] for f in lines(tmp_path / "failures.ndjson")] == [2]


def test_subprocess(fake_tmdb: FakeTMDB, tmp_path: Path) -> None:
    fake_tmdb.not_found.add("/3/movie/551")
    ids = write_ids(tmp_path, "550\n551\n")
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TMDB_")},
        "TMDB_API_KEY": fake_tmdb.api_key,
        "TMDB_BASE_URL": fake_tmdb.url,
        "TMDB_EXPORTS_BASE_URL": fake_tmdb.url,
    }
    out = tmp_path / "o"
    argv = [sys.executable, "-m", "tmdbfusion", "crawl", "movies.details", "--ids", str(ids)]
    done = subprocess.run(
        [*argv, "--append", "credits,images", "--out", str(out)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "1 failed" in done.stderr
    assert fake_tmdb.api_key not in done.stderr + done.stdout
    assert [r["input"] for r in lines(out / "results.ndjson")] == [550]
    assert [f["error"] for f in lines(out / "failures.ndjson")] == ["NotFoundError"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_display(caplog: pytest.LogCaptureFixture) -> None:
    assert isinstance(default_progress(io.StringIO()), LogProgress)
    stream = _Terminal()
    shown = default_progress(stream)
    assert not isinstance(shown, LogProgress)
    shown.start(10, 2, 1)
    shown.advance(False)
    shown.close()
    assert "errors" in stream.getvalue()
    plain = LineProgress(stream := _Terminal())
    plain.start(10, 0, 0)
    plain.advance(True)
    plain.close()
    assert "1/10 ids" in stream.getvalue() and "0 errors" in stream.getvalue()
    logged = LogProgress(interval=0)
    logged.start(4, 1, 0)
    with caplog.at_level("INFO", logger="tmdbfusion.crawl"):
        logged.advance(False)
    assert "2/4 ids" in caplog.text and "1 errors" in caplog.text


def test_redis_url_shares_the_rate_limit(
    env: FakeTMDB, tmp_path: Path, sync_clients: Any, redis_server: Any
) -> None:
    ids = write_ids(tmp_path, "".join(f"{i}\n" for i in range(1, 21)))
    key = "tmdbfusion:test-crawl"
    argv = ["crawl", "movies.details", "--ids", str(ids), "--out", str(tmp_path / "o")]
    argv += ["--redis-url", redis_server.url, "--redis-key", key, "--rate-limit", "200"]
    assert main(argv) == 0
    assert len(lines(tmp_path / "o" / "results.ndjson")) == 20
    # Every request took its slot from that Redis (the limiter's script, once each).
    stats = sync_clients().info("commandstats")
    scripts = sum(v["calls"] for k, v in stats.items() if k in ("cmdstat_evalsha", "cmdstat_eval"))
    assert scripts >= 20


def test_bad_redis_url_is_a_usage_error(
    env: FakeTMDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = str(write_ids(tmp_path, "550\n"))
    argv = ["crawl", "movies.details", "--ids", ids, "--out", str(tmp_path / "o")]
    assert main([*argv, "--redis-url", "localhost:6379"]) == 2
    assert "--redis-url must be redis://" in capsys.readouterr().err
    assert env.requests == []
