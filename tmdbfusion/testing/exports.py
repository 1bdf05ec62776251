"""FakeTMDB's daily ID exports: generated files, served like files.tmdb.org.

``GET /p/exports/{kind}_ids_{MM}_{DD}_{YYYY}.json.gz`` answers with a gzip of JSON lines
(``Content-Type: application/gzip``, no credential asked for), in chunks, with ``Range``
support. By default every kind has a file of ``default_rows`` rows for today (UTC) and
yesterday; ``fake.exports.add(kind, date, rows=N)`` publishes any other, ``remove``
withdraws one (404), and ``add(..., truncated=True)`` serves a gzip cut in half.

Rows are deterministic (the same kind, date and count give the same bytes) and the
gzipped bytes are cached per (kind, date, rows, seed), so a 1.2-million-line file is
made once, in seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import re
import zlib
from dataclasses import dataclass

from aiohttp import web

EXPORT_KINDS = (
    "movie",
    "tv_series",
    "person",
    "collection",
    "tv_network",
    "keyword",
    "production_company",
    "adult_movie",
    "adult_tv_series",
    "adult_person",
)
PATH = re.compile(r"/p/exports/([a-z_]+)_ids_(\d{2})_(\d{2})_(\d{4})\.json\.gz")
_BATCH = 20_000
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


@dataclass(frozen=True)
class ExportSpec:
    rows: int
    truncated: bool = False


class FakeExports:
    """The export files a FakeTMDB serves; see the module's docstring.

    ``chunk_size`` is the size of each piece written, ``pace`` seconds between pieces
    (a slow download); ``ranges`` False makes Range requests answered 200 in full.
    """

    def __init__(self, *, default_rows: int = 3, seed: int = 0) -> None:
        self.default_rows = default_rows
        self.seed = seed
        self.chunk_size = 64 * 1024
        self.pace = 0.0
        self.ranges = True
        self._files: dict[tuple[str, dt.date], ExportSpec | None] = {}

    def add(
        self, kind: str, date: dt.date | str, *, rows: int = 3, truncated: bool = False
    ) -> None:
        """Publish ``kind``'s file for ``date`` with ``rows`` generated rows (cut in half
        when ``truncated``)."""
        self._files[(_kind(kind), _date(date))] = ExportSpec(rows, truncated)

    def remove(self, kind: str, date: dt.date | str) -> None:
        """Answer 404 for ``kind``'s file of ``date`` (e.g. today's, not published yet)."""
        self._files[(_kind(kind), _date(date))] = None

    def spec(self, kind: str, date: dt.date) -> ExportSpec | None:
        key = (kind, date)
        if key in self._files:
            return self._files[key]
        today = dt.datetime.now(dt.UTC).date()
        if kind in EXPORT_KINDS and date in (today, today - dt.timedelta(days=1)):
            return ExportSpec(self.default_rows)
        return None

    def content(self, kind: str, date: dt.date) -> bytes | None:
        """The file's bytes, or None when it is not published."""
        spec = self.spec(kind, date)
        if spec is None:
            return None
        data = export_bytes(kind, date, spec.rows, self.seed)
        return data[: len(data) // 2] if spec.truncated else data

    def rows(self, kind: str, date: dt.date | str, rows: int) -> list[bytes]:
        """The JSON lines of such a file, for tests to compare with."""
        return b"".join(_lines(kind, _date(date), 0, rows, self.seed)).splitlines()

    async def serve(self, request: web.Request, kind: str, date: dt.date) -> web.StreamResponse:
        data = self.content(kind, date)
        if data is None:
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        start, status = 0, 200
        headers = {"Content-Type": "application/gzip", "Accept-Ranges": "bytes"}
        wanted = request.headers.get("Range")
        if wanted is not None and self.ranges:
            match = _RANGE.fullmatch(wanted.strip())
            if match is not None:
                start = int(match.group(1))
                if start >= len(data):
                    headers["Content-Range"] = f"bytes */{len(data)}"
                    return web.Response(status=416, headers=headers)
                status = 206
                headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        if not self.ranges:
            headers["Accept-Ranges"] = "none"
        response = web.StreamResponse(status=status, headers=headers)
        response.content_length = len(data) - start
        await response.prepare(request)
        view = memoryview(data)
        step = max(1, self.chunk_size)
        try:
            for index in range(start, len(data), step):
                await response.write(view[index : index + step])
                if self.pace:
                    await asyncio.sleep(self.pace)
            await response.write_eof()
        except ConnectionResetError:
            pass  # the client went away mid-file
        return response


def _kind(kind: str) -> str:
    if kind not in EXPORT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(EXPORT_KINDS)}; got {kind!r}")
    return kind


def _date(date: dt.date | str) -> dt.date:
    return date if isinstance(date, dt.date) else dt.date.fromisoformat(date)


@functools.lru_cache(maxsize=16)
def export_bytes(kind: str, date: dt.date, rows: int, seed: int = 0) -> bytes:
    """The gzipped file (cached): generated and compressed a batch at a time."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    parts = []
    for first in range(0, rows, _BATCH):
        block = b"".join(_lines(kind, date, first, min(rows, first + _BATCH), seed))
        parts.append(compressor.compress(block))
    parts.append(compressor.flush())
    return b"".join(parts)


def _lines(kind: str, date: dt.date, first: int, last: int, seed: int) -> list[bytes]:
    """Rows ``first`` to ``last`` (exclusive): ids grow with gaps, as TMDB's do."""
    salt = date.toordinal() * 7 + seed
    adult = "true" if kind.startswith("adult_") else "false"
    base = kind.removeprefix("adult_")
    out: list[bytes] = []
    append = out.append
    for n in range(first, last):
        ident = 2 + n * 3 + (n * 7 + salt) % 3
        pop = ((n * 2654435761 + salt) % 100_000) / 1000
        if base == "movie":
            video = "true" if n % 50 == 0 else "false"
            line = (
                f'{{"adult":{adult},"id":{ident},"original_title":"Movie {ident}",'
                f'"popularity":{pop},"video":{video}}}\n'
            )
        elif base == "tv_series":
            line = f'{{"id":{ident},"original_name":"Series {ident}","popularity":{pop}}}\n'
        elif base == "person":
            line = f'{{"adult":{adult},"id":{ident},"name":"Person {ident}","popularity":{pop}}}\n'
        else:
            line = f'{{"id":{ident},"name":"{base.replace("_", " ").title()} {ident}"}}\n'
        append(line.encode())
    return out
