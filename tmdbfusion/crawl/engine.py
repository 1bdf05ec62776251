"""``crawl()``: fetch every id of a list into a directory, resumably."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, AsyncIterable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from .._bulk import FetchResult
from ..errors import AuthenticationError
from .checkpoint import Checkpoint, load_checkpoint
from .errors import CrawlUsageError
from .journal import FAILURES, RESULTS, Journal
from .lock import locked
from .manifest import Manifest, iter_ids, load_manifest, save_ids
from .operations import resolve_operation
from .progress import Progress, default_progress
from .records import failure_line, result_line
from .sources import IdSource, parse_source, read_source

if TYPE_CHECKING:
    from .._async.client import AsyncTMDBClient

Ids = str | IdSource | Iterable[int | str] | AsyncIterable[int | str]


@dataclass(frozen=True, slots=True)
class CrawlSummary:
    """What one run did: ``done`` ids fetched and written in this run (``failed`` of
    them went to ``failures.ndjson``), ``skipped`` ids done by earlier runs, of
    ``total`` in the directory's list."""

    done: int
    failed: int
    skipped: int
    total: int


@dataclass(slots=True)
class _Batch:
    results: list[bytes] = field(default_factory=list)
    failures: list[bytes] = field(default_factory=list)
    indexes: list[int] = field(default_factory=list)


async def crawl(
    client: AsyncTMDBClient,
    operation: str,
    ids: Ids,
    out_dir: str | Path,
    *,
    append: Iterable[str] = (),
    source: str | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
    checkpoint_interval: float = 1.0,
) -> CrawlSummary:
    """Fetch ``operation`` (``"movies.details"``) for every id into ``out_dir``.

    ``ids`` is a ``--ids`` value (a file's path, ``"-"`` for ``stdin``,
    ``"export:movie"``, ``"changes:movie:2026-11-01"``), an ``IdSource``, or an
    iterable or async iterable of ids (name it with ``source`` so a resumed run can
    check it is the same). The ids are read once, on the first run, and kept in
    ``out_dir/ids.txt``, duplicates dropped.

    Each item is fetched with ``client.fetch_many`` through ``with_raw_response``, with
    ``append_to_response=append``, and ends up as one line of ``results.ndjson``
    (``{"input": 550, "data": <TMDB's JSON as it came>}``) or of ``failures.ndjson``
    (``{"input": 551, "error": "NotFoundError", "message": "..."}``). Lines are
    fsynced in batches, then ``checkpoint.json`` records them, so after a crash, a
    ``kill -9`` or Ctrl-C, running the same crawl again loses nothing and writes
    nothing twice; a run over a finished directory sends nothing. Lines are committed
    every ``checkpoint_interval`` seconds (or 1,000 items), which bounds the work a
    crash costs. ``progress`` defaults to ``default_progress()`` (a bar on a terminal,
    else a log line a minute on the ``tmdbfusion.crawl`` logger).

    Raises ``CrawlUsageError`` (a ``ValueError``) for an operation that does not take
    an id, unknown ``append`` parts, a bad id source, or a directory holding another
    crawl, before any request; ``AuthenticationError`` as soon as TMDB refuses the
    credential (that item is not recorded); ``CrawlError`` for a damaged directory.
    """
    append = tuple(append)
    endpoint = resolve_operation(operation, append)
    if isinstance(ids, str):
        ids = parse_source(ids)
    label = ids.label if isinstance(ids, IdSource) else (source or "iterable")
    out = Path(out_dir)
    await asyncio.to_thread(out.mkdir, parents=True, exist_ok=True)
    with locked(out):
        wanted = Manifest(operation, append, label)
        manifest = load_manifest(out)
        if manifest is not None:
            manifest.check_same(wanted, out)
        else:
            for name in (RESULTS, FAILURES):
                path = out / name
                if path.exists() and path.stat().st_size:
                    raise CrawlUsageError(
                        f"{out} already holds {name} but no crawl.json: use an empty --out"
                    )
            collected = await _collect(ids, client, stdin)
            manifest = await asyncio.to_thread(save_ids, out, collected, wanted)
        checkpoint = await asyncio.to_thread(load_checkpoint, out)
        journal = await asyncio.to_thread(Journal, out, checkpoint)
        try:
            return await _run(
                client,
                endpoint,
                append,
                out,
                manifest,
                checkpoint,
                journal,
                progress,
                checkpoint_interval,
            )
        finally:
            journal.close()


async def _collect(
    ids: IdSource | Iterable[int | str] | AsyncIterable[int | str],
    client: AsyncTMDBClient,
    stdin: TextIO | None,
) -> list[int | str]:
    seen: dict[int | str, None] = {}
    if isinstance(ids, IdSource):
        async for item in read_source(ids, client, stdin):
            seen[item] = None
    elif isinstance(ids, AsyncIterable):
        async for item in ids:
            seen[item] = None
    else:
        for item in ids:
            seen[item] = None
    return list(seen)


async def _run(
    client: AsyncTMDBClient,
    endpoint: Any,
    append: tuple[str, ...],
    out: Path,
    manifest: Manifest,
    checkpoint: Checkpoint,
    journal: Journal,
    progress: Progress | None,
    interval: float,
) -> CrawlSummary:
    skipped, failed_before = checkpoint.count, checkpoint.failed
    if skipped >= manifest.total:
        return CrawlSummary(0, 0, skipped, manifest.total)
    method = attrgetter(endpoint.qualname)(client.with_raw_response)
    kwargs: dict[str, Any] = {"append_to_response": list(append)} if append else {}

    async def fetch(entry: tuple[int, int | str]) -> bytes:
        raw = await method(entry[1], **kwargs)
        content: bytes = raw.content
        return content

    broken: list[BaseException] = []

    def commit(batch: _Batch) -> None:
        # After a failed commit (a full disk) nothing more is written: the files may
        # hold lines the checkpoint does not cover, which the next run cuts away.
        if broken:
            return
        try:
            sizes = journal.write(batch.results, batch.failures)
            checkpoint.results_size, checkpoint.failures_size = sizes
            checkpoint.mark(batch.indexes)
            checkpoint.succeeded += len(batch.results)
            checkpoint.failed += len(batch.failures)
            checkpoint.save(out)
        except BaseException as exc:
            broken.append(exc)
            raise

    pending = (entry for entry in iter_ids(out) if not checkpoint.is_done(entry[0]))
    shown = progress if progress is not None else default_progress()
    shown.start(manifest.total, skipped, failed_before)
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tmdbfusion-crawl")
    batch = _Batch()
    previous: Future[None] | None = None
    last = time.monotonic()
    auth_error: AuthenticationError | None = None
    try:
        # fetch_many's iterator is an async generator: close it to cancel calls in flight.
        results = cast(
            AsyncGenerator[FetchResult[tuple[int, int | str], bytes], None],
            client.fetch_many(fetch, pending, ordered=False),
        )
        async with contextlib.aclosing(results):
            async for result in results:
                index, item = result.input
                if isinstance(result.error, AuthenticationError):
                    auth_error = result.error
                    break
                error = result.error
                if error is None:
                    assert result.value is not None
                    try:
                        batch.results.append(result_line(item, result.value))
                    except ValueError as exc:
                        error = exc
                if error is not None:
                    batch.failures.append(failure_line(item, error))
                batch.indexes.append(index)
                shown.advance(error is None)
                now = time.monotonic()
                if now - last >= interval or len(batch.indexes) >= 1000:
                    last = now
                    if previous is not None:
                        await asyncio.wrap_future(previous)
                    previous = writer.submit(commit, batch)
                    batch = _Batch()
    finally:
        # Also on cancellation (Ctrl-C): what was fetched is written and checkpointed,
        # after any commit still running (one worker: commits run in order).
        if batch.indexes:
            writer.submit(commit, batch)
        writer.shutdown(wait=True)
        shown.close()
        pending.close()
    if broken:
        raise broken[0]
    if auth_error is not None:
        raise auth_error
    return CrawlSummary(
        checkpoint.count - skipped, checkpoint.failed - failed_before, skipped, manifest.total
    )
