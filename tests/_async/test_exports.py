"""``client.exports``: TMDB's daily ID exports, over real sockets.

Against FakeTMDB (which serves the files on its own port, ``exports_base_url=fake.url``)
and, for a server that stalls or trickles, a ``tests/scripted_server.py`` ScriptedServer.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from tests.memory import MiB, traced_peak
from tests.scripted_server import Reply, Request, ScriptedServer
from tmdbfusion import AsyncTMDBClient
from tmdbfusion.errors import (
    DecodeError,
    ExportNotFoundError,
    NotFoundError,
    RequestTimeoutError,
)
from tmdbfusion.models import MovieExport, NamedExport, PersonExport, SeriesExport
from tmdbfusion.testing import FakeTMDB
from tmdbfusion.testing.exports import export_bytes

DAY = dt.date(2026, 3, 14)


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _files_in(folder: Path) -> list[Path]:
    return list(folder.iterdir())


async def _collect(rows: AsyncIterator[Any]) -> list[Any]:
    return [row async for row in rows]


@pytest.mark.parametrize(
    ("kind", "model"),
    [
        ("movie", MovieExport),
        ("tv_series", SeriesExport),
        ("person", PersonExport),
        ("keyword", NamedExport),
        ("production_company", NamedExport),
        ("adult_movie", MovieExport),
    ],
)
async def test_rows_are_typed_by_kind(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, kind: str, model: type[Any]
) -> None:
    fake_tmdb.exports.add(kind, DAY, rows=25)
    rows = await _collect(client.exports.iter(kind, DAY))
    expected = [
        msgspec.json.decode(line, type=model) for line in fake_tmdb.exports.rows(kind, DAY, 25)
    ]
    assert rows == expected
    assert all(type(row) is model for row in rows)
    assert fake_tmdb.last_request.path == f"/p/exports/{kind}_ids_03_14_2026.json.gz"


async def test_movie_row_fields(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.exports.add("adult_movie", "2026-03-14", rows=1)
    (row,) = await _collect(client.exports.iter("adult_movie", "2026-03-14"))
    assert isinstance(row, MovieExport)
    assert row.adult is True and row.original_title == f"Movie {row.id}"
    assert isinstance(row.popularity, float)


async def test_a_large_file_is_streamed_in_flat_memory(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    rows = 200_000
    fake_tmdb.exports.add("movie", DAY, rows=rows)
    fake_tmdb.exports.content("movie", DAY)  # generated (and cached) before measuring
    inflated = sum(len(line) + 1 for line in fake_tmdb.exports.rows("movie", DAY, rows))
    count = 0
    last_id = 0
    with traced_peak() as memory:
        async for movie in client.exports.iter("movie", DAY):
            count += 1
            assert movie.id > last_id
            last_id = movie.id
    assert count == rows
    assert inflated > 15 * MiB
    assert memory.peak < 8 * MiB, memory.peak
    assert memory.peak < inflated / 4


async def test_newest_file_is_today_once_published(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    today = _today()
    fake_tmdb.exports.add("keyword", today, rows=4)
    rows = await _collect(client.exports.iter("keyword"))
    assert len(rows) == 4
    assert fake_tmdb.last_request.path.endswith(today.strftime("_%m_%d_%Y.json.gz"))
    assert len(fake_tmdb.requests) == 1


async def test_newest_file_is_yesterday_before_today_is_published(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    today = _today()
    yesterday = today - dt.timedelta(days=1)
    fake_tmdb.exports.remove("keyword", today)
    fake_tmdb.exports.add("keyword", yesterday, rows=2)
    rows = await _collect(client.exports.iter("keyword"))
    assert len(rows) == 2
    paths = [request.path for request in fake_tmdb.requests]
    assert paths == [
        f"/p/exports/keyword_ids_{today:%m_%d_%Y}.json.gz",
        f"/p/exports/keyword_ids_{yesterday:%m_%d_%Y}.json.gz",
    ]
    assert [request.status for request in fake_tmdb.requests] == [404, 200]


async def test_a_missing_file_names_its_date_and_url(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ExportNotFoundError) as caught:
        await _collect(client.exports.iter("movie", "2020-02-29"))
    url = f"{fake_tmdb.url}/p/exports/movie_ids_02_29_2020.json.gz"
    assert isinstance(caught.value, NotFoundError)
    assert "2020-02-29" in str(caught.value) and url in str(caught.value)
    assert (caught.value.date, caught.value.url, caught.value.http_status) == (
        "2020-02-29",
        url,
        404,
    )


async def test_newest_missing_names_yesterday(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    today = _today()
    yesterday = today - dt.timedelta(days=1)
    fake_tmdb.exports.remove("person", today)
    fake_tmdb.exports.remove("person", yesterday)
    with pytest.raises(ExportNotFoundError, match=yesterday.isoformat()) as caught:
        await _collect(client.exports.iter("person"))
    assert caught.value.url.endswith(f"person_ids_{yesterday:%m_%d_%Y}.json.gz")


async def test_a_truncated_gzip_is_a_decode_error(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.exports.add("movie", DAY, rows=5_000, truncated=True)
    rows: list[MovieExport] = []
    with pytest.raises(DecodeError, match="truncated"):
        async for row in client.exports.iter("movie", DAY):
            rows.append(row)
    assert 0 < len(rows) < 5_000


async def test_requests_to_the_files_host_carry_no_credential(
    fake_tmdb: FakeTMDB, tmp_path: Path
) -> None:
    kinds = [{"api_key": fake_tmdb.api_key}, {"access_token": fake_tmdb.access_token}]
    for credentials in kinds:
        async with AsyncTMDBClient(
            **credentials,
            base_url=fake_tmdb.url,
            exports_base_url=fake_tmdb.url,
            rate_limit=None,
        ) as tmdb:
            await _collect(tmdb.exports.iter("collection"))
            await tmdb.exports.download("collection", tmp_path / "collections.json.gz")
            (tmp_path / "collections.json.gz").unlink()
    assert fake_tmdb.requests
    for request in fake_tmdb.requests:
        assert request.query == {}
        assert "Authorization" not in request.headers
        assert "api_key" not in request.path
        assert fake_tmdb.api_key not in str(request.headers)
        assert fake_tmdb.access_token not in str(request.headers)


async def test_download_resumes_a_partial_file_with_a_range(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, tmp_path: Path
) -> None:
    fake_tmdb.exports.add("person", DAY, rows=20_000)
    full = export_bytes("person", DAY, 20_000)
    target = tmp_path / "people.json.gz"
    half = len(full) // 2
    (tmp_path / "people.json.gz.part").write_bytes(full[:half])
    seen: list[tuple[int, int | None]] = []
    result = await client.exports.download(
        "person", target, DAY, progress=lambda done, total: seen.append((done, total))
    )
    assert result == target
    assert target.read_bytes() == full
    assert not (tmp_path / "people.json.gz.part").exists()
    assert not (tmp_path / "people.json.gz.part.url").exists()
    (request,) = fake_tmdb.requests
    assert request.headers.get("Range") == f"bytes={half}-"
    assert request.status == 206
    assert seen[0] == (half, len(full))
    assert seen[-1] == (len(full), len(full))


async def test_download_restarts_when_ranges_are_not_supported(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, tmp_path: Path
) -> None:
    fake_tmdb.exports.add("tv_series", DAY, rows=3_000)
    fake_tmdb.exports.ranges = False
    full = export_bytes("tv_series", DAY, 3_000)
    target = tmp_path / "tv.json.gz"
    (tmp_path / "tv.json.gz.part").write_bytes(b"garbage that is not the file")
    assert await client.exports.download("tv_series", str(target), DAY) == target
    assert target.read_bytes() == full
    assert fake_tmdb.last_request.status == 200


async def test_download_of_a_complete_part_and_a_fresh_download(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, tmp_path: Path
) -> None:
    fake_tmdb.exports.add("keyword", DAY, rows=500)
    full = export_bytes("keyword", DAY, 500)
    fresh = await client.exports.download("keyword", tmp_path / "a.gz", DAY)
    assert fresh.read_bytes() == full
    assert "Range" not in fake_tmdb.last_request.headers
    (tmp_path / "b.gz.part").write_bytes(full)
    done = await client.exports.download("keyword", tmp_path / "b.gz", DAY)
    assert done.read_bytes() == full
    assert fake_tmdb.last_request.status == 416


async def test_download_discards_a_part_of_another_file(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, tmp_path: Path
) -> None:
    other = DAY - dt.timedelta(days=1)
    fake_tmdb.exports.add("movie", DAY, rows=2_000)
    fake_tmdb.exports.add("movie", other, rows=2_000)
    target = tmp_path / "movies.gz"
    (tmp_path / "movies.gz.part").write_bytes(export_bytes("movie", other, 2_000)[:1000])
    (tmp_path / "movies.gz.part.url").write_text(client.exports.url("movie", other) + "\n")
    await client.exports.download("movie", target, DAY)
    assert target.read_bytes() == export_bytes("movie", DAY, 2_000)


@pytest.mark.parametrize(
    ("kind", "date", "error"),
    [
        ("movies", None, ValueError),
        ("", None, ValueError),
        (None, None, ValueError),
        ("movie", "14-03-2026", ValueError),
        ("movie", "2026-02-30", ValueError),
        ("movie", 20260314, TypeError),
        ("movie", dt.datetime(2026, 3, 14, 9), TypeError),
    ],
)
async def test_bad_kind_or_date_is_refused_before_any_request(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, tmp_path: Path, kind: Any, date: Any, error: Any
) -> None:
    with pytest.raises(error) as caught:
        client.exports.iter(kind, date)
    if kind != "movie":
        assert "tv_series" in str(caught.value) and "adult_person" in str(caught.value)
    with pytest.raises(error):
        await client.exports.download(kind, tmp_path / "x.gz", date)
    assert fake_tmdb.requests == []
    assert _files_in(tmp_path) == []


def _export_reply(
    body: bytes, pieces: int, pace: float, *, stall_after: int | None = None
) -> Reply:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nConnection: close\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    step = max(1, len(body) // pieces)
    parts = [body[i : i + step] for i in range(0, len(body), step)]
    if stall_after is not None:
        parts = [b"".join(parts[:stall_after]), b"".join(parts[stall_after:])]
    return Reply(head, stream=lambda: iter(parts), pace=pace, close=True)


async def test_idle_timeout_fires_when_the_body_stalls() -> None:
    body = export_bytes("movie", DAY, 20_000)

    def respond(request: Request) -> Reply:
        return _export_reply(body, 10, 5.0, stall_after=5)

    with ScriptedServer(respond) as server:
        async with AsyncTMDBClient(
            "k", base_url=server.url, exports_base_url=server.url, rate_limit=None, timeout=30
        ) as tmdb:
            started = time.monotonic()
            rows = 0
            with pytest.raises(RequestTimeoutError):
                async for _ in tmdb.exports.iter("movie", DAY, idle_timeout=0.5):
                    rows += 1
            elapsed = time.monotonic() - started
    assert 0 < rows < 20_000
    assert elapsed < 3


async def test_idle_timeout_bounds_the_wait_for_the_headers() -> None:
    def respond(request: Request) -> Reply:
        return Reply(b"", delay=5.0, close=True)

    with ScriptedServer(respond) as server:
        async with AsyncTMDBClient(
            "k", base_url=server.url, exports_base_url=server.url, rate_limit=None, timeout=0.5
        ) as tmdb:
            started = time.monotonic()
            with pytest.raises(RequestTimeoutError):
                await _collect(tmdb.exports.iter("movie", DAY))
            assert time.monotonic() - started < 3


async def test_a_slow_but_steady_download_outlasts_the_client_timeout(tmp_path: Path) -> None:
    body = export_bytes("keyword", DAY, 3_000)

    def respond(request: Request) -> Reply:
        return _export_reply(body, 12, 0.1)

    with ScriptedServer(respond) as server:
        async with AsyncTMDBClient(
            "k", base_url=server.url, exports_base_url=server.url, rate_limit=None, timeout=0.4
        ) as tmdb:
            started = time.monotonic()
            rows = await _collect(tmdb.exports.iter("keyword", DAY))
            assert time.monotonic() - started > 0.8
            assert len(rows) == 3_000
            saved = await tmdb.exports.download("keyword", tmp_path / "k.gz", DAY)
            assert saved.read_bytes() == body
        heads = [request.head.decode() for request in server.requests]
    for head in heads:
        assert "api_key" not in head and "authorization" not in head.lower()
