"""Where a crawl's ids come from: ``--ids`` values, parsed before anything is sent."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from .._exports import EXPORT_KINDS
from .errors import CrawlUsageError

if TYPE_CHECKING:
    from .._async.client import AsyncTMDBClient

CHANGE_KINDS = ("movie", "tv", "person")
_INTEGER = re.compile(r"-?\d+")


@dataclass(frozen=True, slots=True)
class IdSource:
    """A parsed ``--ids`` value.

    ``kind`` is ``"file"`` (``path``), ``"stdin"``, ``"export"`` (``export_kind`` and an
    optional ``date``) or ``"changes"`` (``export_kind`` and ``date``, the ``since``).
    ``label`` is how the crawl's state records it, to refuse resuming from another one.
    """

    kind: str
    label: str
    path: str | None = None
    export_kind: str | None = None
    date: dt.date | None = None


def parse_source(spec: str) -> IdSource:
    """``ids.txt``, ``-``, ``export:movie[:YYYY-MM-DD]`` or ``changes:movie:YYYY-MM-DD``;
    ``CrawlUsageError`` for anything else."""
    if spec == "-":
        return IdSource("stdin", "-")
    prefix, _, rest = spec.partition(":")
    if prefix == "export" and rest:
        kind, _, day = rest.partition(":")
        if kind not in EXPORT_KINDS:
            raise CrawlUsageError(
                f"--ids export:KIND takes one of {', '.join(EXPORT_KINDS)}; got {kind!r}"
            )
        date = _date(day, spec) if day else None
        return IdSource("export", spec, export_kind=kind, date=date)
    if prefix == "changes":
        kind, _, day = rest.partition(":")
        if kind not in CHANGE_KINDS or not day:
            raise CrawlUsageError(
                f"--ids takes changes:KIND:YYYY-MM-DD with KIND one of "
                f"{', '.join(CHANGE_KINDS)}; got {spec!r}"
            )
        date = _date(day, spec)
        if date > dt.datetime.now(dt.UTC).date():
            raise CrawlUsageError(f"--ids {spec}: the date is in the future")
        return IdSource("changes", spec, export_kind=kind, date=date)
    if not spec or not os.path.isfile(spec):
        raise CrawlUsageError(
            f"--ids {spec!r}: no such file; give a file of ids (one a line), '-' for "
            "stdin, export:movie or changes:movie:2026-11-01"
        )
    return IdSource("file", "file:" + os.path.abspath(spec), path=spec)


def _date(text: str, spec: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CrawlUsageError(f"--ids {spec}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_lines(lines: Iterable[str]) -> Iterator[int | str]:
    """The ids of a text file: integers as ``int``, anything else as stripped text;
    blank lines and ``#`` comments skipped."""
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text:
            yield int(text) if _INTEGER.fullmatch(text) else text


async def read_source(
    source: IdSource, client: AsyncTMDBClient, stdin: TextIO | None = None
) -> AsyncIterator[int | str]:
    """The ids ``source`` gives, in its order (``client`` for exports and changes)."""
    if source.kind == "stdin":
        for item in parse_lines(stdin if stdin is not None else sys.stdin):
            yield item
    elif source.kind == "file":
        assert source.path is not None
        for item in await asyncio.to_thread(_read_file, source.path):
            yield item
    elif source.kind == "export":
        assert source.export_kind is not None
        async for row in client.exports.iter(source.export_kind, source.date):
            yield row.id
    else:
        assert source.export_kind is not None and source.date is not None
        async for changed in client.changes.iter_ids(source.export_kind, since=source.date):
            yield changed


def _read_file(path: str) -> list[int | str]:
    with open(path, encoding="utf-8") as file:
        return list(parse_lines(file))
