"""TMDB's daily ID exports, the part both clients share: kinds, dates, URLs, and the
incremental gunzip + JSON-lines decoder. The I/O lives in ``_async/exports.py`` (and
its generated sync twin), the transports' ``stream`` and ``_partfile``.

A file is ``{exports_base_url}/p/exports/{kind}_ids_{MM}_{DD}_{YYYY}.json.gz``: a gzip
of JSON lines, published each day at about 07:00-08:00 UTC and kept about 3 months.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple, TypeAlias
from urllib.parse import urlsplit

import msgspec

from ._checks.values import check_day
from ._decoding import decoder_for
from .errors import DecodeError, ExportNotFoundError
from .models.exports import ExportRow, MovieExport, NamedExport, PersonExport, SeriesExport

MovieKind: TypeAlias = Literal["movie", "adult_movie"]
SeriesKind: TypeAlias = Literal["tv_series", "adult_tv_series"]
PersonKind: TypeAlias = Literal["person", "adult_person"]
NamedKind: TypeAlias = Literal["collection", "tv_network", "keyword", "production_company"]
ExportKind: TypeAlias = MovieKind | SeriesKind | PersonKind | NamedKind
ExportDate: TypeAlias = "dt.date | str | None"

ROW_TYPES: Mapping[str, type[ExportRow]] = {
    "movie": MovieExport,
    "tv_series": SeriesExport,
    "person": PersonExport,
    "collection": NamedExport,
    "tv_network": NamedExport,
    "keyword": NamedExport,
    "production_company": NamedExport,
    "adult_movie": MovieExport,
    "adult_tv_series": SeriesExport,
    "adult_person": PersonExport,
}
EXPORT_KINDS: tuple[str, ...] = tuple(ROW_TYPES)

# The headers sent to the files host: no credential ever goes there, and the bytes are
# wanted as stored (the file is a .gz; we inflate it ourselves).
BASE_HEADERS: Mapping[str, str] = {
    "Accept": "*/*",
    "Accept-Encoding": "identity",
    "User-Agent": "tmdbfusion/0.1",
}

# Inflated bytes taken from zlib at a time: a gzip bomb never inflates past this.
_INFLATE_STEP = 2**20


def check_kind(kind: object) -> str:
    if not isinstance(kind, str) or kind not in ROW_TYPES:
        raise ValueError(f"kind must be one of {', '.join(EXPORT_KINDS)}; got {kind!r}")
    return kind


def check_date(date: object) -> dt.date | None:
    """``None``, a ``datetime.date`` or ``"YYYY-MM-DD"``, as a date (None stays None)."""
    if date is None:
        return None
    if isinstance(date, dt.datetime):
        raise TypeError(
            "date must be a datetime.date or 'YYYY-MM-DD', not a datetime: pass "
            "value.date() (exports are named by their UTC day)"
        )
    return check_day("date", date)


def utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def candidate_dates(date: dt.date | None) -> tuple[dt.date, ...]:
    """The dates to try in turn: the one asked for, or today's (UTC) then yesterday's."""
    if date is not None:
        return (date,)
    today = utc_today()
    return (today, today - dt.timedelta(days=1))


class ExportFile(NamedTuple):
    kind: str
    date: dt.date
    url: str

    @classmethod
    def at(cls, base_url: str, kind: str, date: dt.date) -> ExportFile:
        name = f"{kind}_ids_{date.month:02d}_{date.day:02d}_{date.year:04d}.json.gz"
        return cls(kind, date, f"{base_url}/p/exports/{name}")

    def headers(self, offset: int = 0) -> dict[str, str]:
        headers = dict(BASE_HEADERS)
        if offset > 0:
            headers["Range"] = f"bytes={offset}-"
        return headers

    def not_found(self, *, fallback_from: dt.date | None = None) -> ExportNotFoundError:
        also = (
            f" (and today's, {fallback_from.isoformat()}, is not published yet)"
            if fallback_from is not None
            else ""
        )
        return ExportNotFoundError(
            f"no {self.kind} export for {self.date.isoformat()}{also}: {self.url} answered "
            "HTTP 404. TMDB publishes each day's files at about 07:00-08:00 UTC and keeps "
            "them about 3 months.",
            kind=self.kind,
            date=self.date.isoformat(),
            url=self.url,
            path=urlsplit(self.url).path,
        )


def content_range(headers: Mapping[str, str]) -> tuple[int | None, int | None]:
    """(first byte, complete length) of a ``Content-Range: bytes a-b/n`` (or ``*/n``)."""
    value = headers.get("Content-Range", "")
    match = re.fullmatch(r"\s*bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)\s*", value)
    if match is None:
        return None, None
    start, total = match.groups()
    return (
        int(start) if start is not None else None,
        int(total) if total is not None and total != "*" else None,
    )


def content_length(headers: Mapping[str, str]) -> int | None:
    value = headers.get("Content-Length")
    return int(value) if value is not None and value.isdigit() else None


class ExportDecoder:
    """Gzipped JSON lines in, typed rows out, a chunk at a time.

    Lines split across chunks are carried over; several gzip members follow one another;
    at the end a gzip stream that did not finish (a truncated file) raises
    ``DecodeError``, as do corrupt data and a line that is not the row's JSON.
    """

    def __init__(self, kind: str, url: str) -> None:
        self._decoder: msgspec.json.Decoder[Any] = decoder_for(ROW_TYPES[kind])
        self._url = url
        self._inflater = zlib.decompressobj(wbits=31)
        self._pending = b""
        self._lines = 0
        self._received = 0

    def feed(self, chunk: bytes) -> list[ExportRow]:
        """The rows completed by ``chunk`` (often none, often thousands)."""
        self._received += len(chunk)
        rows: list[ExportRow] = []
        data = chunk
        while data:
            inflater = self._inflater
            if inflater.eof:
                # Another gzip member follows (gzip allows several in one file).
                data = inflater.unused_data + data
                inflater = self._inflater = zlib.decompressobj(wbits=31)
            try:
                text = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                raise self._error(f"corrupt gzip data: {exc}") from None
            rows.extend(self._lines_of(text))
            data = inflater.unconsumed_tail
            if inflater.eof:
                data = inflater.unused_data + data
                if data:
                    # Start the next member (or fail on trailing garbage) on the next turn.
                    self._inflater = zlib.decompressobj(wbits=31)
        return rows

    def finish(self) -> list[ExportRow]:
        """The last line (if it had no newline); ``DecodeError`` if the file was cut."""
        if not self._inflater.eof:
            raise self._error(
                f"the gzip stream ended early, after {self._received:,} bytes: "
                "a truncated or corrupt file (nothing after the last whole line was yielded)"
            )
        pending, self._pending = self._pending, b""
        return self._decode(pending) if pending.strip() else []

    def _lines_of(self, text: bytes) -> list[ExportRow]:
        if not text:
            return []
        cut = text.rfind(b"\n")
        if cut < 0:
            self._pending += text
            return []
        block = self._pending + text[: cut + 1] if self._pending else text[: cut + 1]
        self._pending = text[cut + 1 :]
        return self._decode(block)

    def _decode(self, block: bytes) -> list[ExportRow]:
        try:
            rows: list[ExportRow] = self._decoder.decode_lines(block)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise self._error(f"a line after line {self._lines:,} is not valid: {exc}") from None
        self._lines += len(rows)
        return rows

    def _error(self, problem: str) -> DecodeError:
        return DecodeError(f"export {self._url}: {problem}", method="GET", path=self._url)
