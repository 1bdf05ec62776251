"""``client.exports``: TMDB's daily ID exports, streamed as typed rows or downloaded."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, overload

from .._checks.values import check_number
from .._error_mapping import error_from_response
from .._exports import (
    EXPORT_KINDS,
    ExportDate,
    ExportDecoder,
    ExportFile,
    MovieKind,
    NamedKind,
    PersonKind,
    SeriesKind,
    candidate_dates,
    check_date,
    check_kind,
    content_length,
    content_range,
)
from .._partfile import AsyncPartFile
from .._transport.protocol import AsyncStreamResponse
from ..errors import TransportError
from ..models.exports import ExportRow, MovieExport, NamedExport, PersonExport, SeriesExport

if TYPE_CHECKING:
    import datetime as dt

    from ._base_client import AsyncAPIClient

# How much of an error answer's body is read for its message.
_ERROR_BODY_LIMIT = 2**16
_PARTIAL_CONTENT = 206
_RANGE_NOT_SATISFIABLE = 416


class AsyncExports:
    """TMDB's daily ID exports: every id of a kind, one file a day.

    ``kind`` is one of ``movie``, ``tv_series``, ``person``, ``collection``,
    ``tv_network``, ``keyword``, ``production_company``, ``adult_movie``,
    ``adult_tv_series`` and ``adult_person``. ``date`` is a ``datetime.date`` or
    ``"YYYY-MM-DD"``; ``None`` means the newest file published: today's (UTC) if TMDB
    has put it up (at about 07:00-08:00 UTC), else yesterday's.

    The files come from ``exports_base_url`` (``TMDB_EXPORTS_BASE_URL``, by default
    ``https://files.tmdb.org``) with no credential. Neither the client's ``timeout``
    nor ``max_response_bytes`` applies: a download may take minutes. ``idle_timeout``
    (by default the client's ``timeout``) bounds the wait for the answer and for each
    piece of the body instead, and raises ``RequestTimeoutError``. Nothing here is
    retried or rate limited (the files host is not the API).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    kinds = EXPORT_KINDS

    def url(self, kind: str, date: dt.date | str) -> str:
        """The URL of ``kind``'s file for ``date``."""
        day = check_date(date)
        if day is None:
            raise TypeError("url() needs a date")
        return ExportFile.at(self._client._settings.exports_base_url, check_kind(kind), day).url

    @overload
    def iter(
        self, kind: MovieKind, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[MovieExport]: ...
    @overload
    def iter(
        self, kind: SeriesKind, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[SeriesExport]: ...
    @overload
    def iter(
        self, kind: PersonKind, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[PersonExport]: ...
    @overload
    def iter(
        self, kind: NamedKind, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[NamedExport]: ...
    @overload
    def iter(
        self, kind: str, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[ExportRow]: ...

    def iter(
        self, kind: str, date: ExportDate = None, *, idle_timeout: float | None = None
    ) -> AsyncGenerator[ExportRow]:
        """The rows of ``kind``'s file for ``date``, as they arrive: ``MovieExport``,
        ``SeriesExport``, ``PersonExport`` or ``NamedExport`` by kind.

        ``async for movie in client.exports.iter("movie"): ...`` The file is streamed
        and inflated a piece at a time, so memory stays flat however large it is.
        A missing file raises ``ExportNotFoundError`` (a ``NotFoundError``) naming the
        date and URL; a truncated or corrupt one ``DecodeError``. ``kind`` and ``date``
        are checked here, before any request. Stopping early? Close the generator
        (``contextlib.aclosing(...)``, or its ``aclose()``) to release its connection at
        once.
        """
        checked_kind = check_kind(kind)
        day = check_date(date)
        wait = self._idle_timeout(idle_timeout)
        return self._rows(checked_kind, day, wait)

    async def _rows(self, kind: str, day: dt.date | None, wait: float) -> AsyncGenerator[ExportRow]:
        async with self._open(kind, day, 0, wait) as (response, export):
            decoder = ExportDecoder(kind, export.url)
            async for chunk in response.chunks():
                for row in decoder.feed(chunk):
                    yield row
            for row in decoder.finish():
                yield row

    async def download(
        self,
        kind: str,
        path: str | os.PathLike[str],
        date: ExportDate = None,
        *,
        progress: Callable[[int, int | None], object] | None = None,
        idle_timeout: float | None = None,
    ) -> Path:
        """Save ``kind``'s file for ``date`` (still gzipped) at ``path``; its ``Path``.

        The bytes go to ``path + ".part"`` first, renamed onto ``path`` once complete,
        so ``path`` never holds half a file. Run again after an interruption and it
        resumes: the part is continued with an HTTP ``Range`` request (restarted when
        the server does not support ranges, or when the part came from another day's
        file). ``progress(bytes_done, bytes_total)`` is called as bytes arrive
        (``bytes_total`` is ``None`` when the server does not say). An incomplete body
        raises ``TransportError`` and keeps the part for the next run.
        """
        checked_kind = check_kind(kind)
        day = check_date(date)
        if not isinstance(path, str | os.PathLike):
            raise TypeError(f"path must be a str or os.PathLike, got {type(path).__name__}")
        target = Path(path)
        wait = self._idle_timeout(idle_timeout)
        async with AsyncPartFile(target) as part:
            # Whose part it is shows once the date is resolved (below): checked there.
            offset = await part.size(None)
            for _ in range(2):
                async with self._open(checked_kind, day, offset, wait) as (response, export):
                    if offset and await part.size(export.url) != offset:
                        offset = 0  # resolved to another day's file than the part's
                        continue
                    done = await self._receive(response, export, part, offset, progress)
                    if done is None:
                        offset = 0  # the server's range did not fit the part: restart
                        continue
                    return done
        raise TransportError(f"could not resume {target}: the server's ranges do not fit")

    async def _receive(
        self,
        response: AsyncStreamResponse,
        export: ExportFile,
        part: AsyncPartFile,
        offset: int,
        progress: Callable[[int, int | None], object] | None,
    ) -> Path | None:
        """Write the body into the part; the final path, or None to start again."""
        status, headers = response.status, response.headers
        if status == _RANGE_NOT_SATISFIABLE:
            _, total = content_range(headers)
            if offset and total == offset:
                return await part.finish()  # the part was complete already
            return None
        if status == _PARTIAL_CONTENT:
            start, total = content_range(headers)
            if start != offset:
                return None
        else:
            offset, total = 0, content_length(headers)  # a range ignored: start afresh
        await part.open(export.url, offset=offset)
        done = offset
        if progress is not None:
            progress(done, total)
        async for chunk in response.chunks():
            await part.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        if total is not None and done != total:
            raise TransportError(
                f"GET {export.url}: the body ended after {done:,} of {total:,} bytes; "
                f"the part is kept and the next download resumes it"
            )
        return await part.finish()

    @contextlib.asynccontextmanager
    async def _open(
        self, kind: str, day: dt.date | None, offset: int, wait: float
    ) -> AsyncIterator[tuple[AsyncStreamResponse, ExportFile]]:
        """The answer for ``kind``'s file of ``day`` (or the newest one, for None),
        with a 2xx status (or 416, for a Range); else the error it means."""
        base_url = self._client._settings.exports_base_url
        transport = self._client._transport
        dates = candidate_dates(day)
        for index, candidate in enumerate(dates):
            export = ExportFile.at(base_url, kind, candidate)
            async with transport.stream(
                export.url, headers=export.headers(offset), idle_timeout=wait
            ) as response:
                status = response.status
                if 200 <= status < 300 or (offset and status == _RANGE_NOT_SATISFIABLE):
                    yield response, export
                    return
                body = await _error_body(response)
                if status != 404:
                    raise error_from_response(
                        status, response.headers, body, method="GET", path=export.url
                    )
                if index + 1 == len(dates):
                    raise export.not_found(fallback_from=dates[0] if index else None)

    def _idle_timeout(self, idle_timeout: float | None) -> float:
        if idle_timeout is None:
            return self._client._settings.timeout
        return check_number("idle_timeout", idle_timeout, unit=" of seconds")


async def _error_body(response: AsyncStreamResponse) -> bytes:
    """The start of an error answer's body, for its message."""
    pieces: list[bytes] = []
    size = 0
    async for chunk in response.chunks():
        pieces.append(chunk)
        size += len(chunk)
        if size >= _ERROR_BODY_LIMIT:
            break
    return b"".join(pieces)[:_ERROR_BODY_LIMIT]
