"""A nightly sync of TMDB's movies into SQLite: the daily export first, then changes.

The first run loads every id of the newest daily ID export and fetches each movie's
details; every run after fetches only what TMDB's change feed lists since the day the
previous run started (so consecutive runs overlap a little, never leave a gap). A
movie that answers 404 has been deleted (or made adult) and leaves the table.

Run it from cron, e.g. at 09:00 UTC (the exports are published around 07:00-08:00)::

    TMDB_ACCESS_TOKEN=... python examples/cron_sync.py movies.sqlite3
    0 9 * * *  cd /srv/tmdb && python examples/cron_sync.py movies.sqlite3 >> sync.log

``--full`` reloads from the export (now and then, to catch deletions the change feed
missed).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from tmdbfusion import AsyncTMDBClient, NotFoundError, to_json
from tmdbfusion.models import MovieDetails

BATCH = 500
log = logging.getLogger("cron_sync")

SCHEMA = """
CREATE TABLE IF NOT EXISTS movies (
    id INTEGER PRIMARY KEY,
    title TEXT,
    release_date TEXT,
    popularity REAL,
    details BLOB NOT NULL,  -- TMDB's details as JSON (tmdbfusion.to_json)
    synced_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,   -- the UTC date the run started: the next run's `since`
    mode TEXT NOT NULL,      -- 'full' (from the export) or 'changes'
    fetched INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    finished_at TEXT
);
"""


@dataclass
class RunSummary:
    mode: str
    since: dt.date | None
    fetched: int = 0
    deleted: int = 0
    failed: int = 0


def open_db(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    return db


def last_started(db: sqlite3.Connection) -> dt.date | None:
    """When the last finished run started (None: never)."""
    row = db.execute(
        "SELECT started FROM runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return dt.date.fromisoformat(row[0]) if row else None


async def export_ids(tmdb: AsyncTMDBClient) -> AsyncIterator[int]:
    async for row in tmdb.exports.iter("movie"):  # the newest file, streamed
        if not row.video:  # the export also lists video extras
            yield row.id


async def batches(ids: AsyncIterator[int], size: int) -> AsyncIterator[list[int]]:
    batch: list[int] = []
    async for movie_id in ids:
        batch.append(movie_id)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def store(db: sqlite3.Connection, movie: MovieDetails, now: str) -> None:
    db.execute(
        "INSERT INTO movies (id, title, release_date, popularity, details, synced_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
        " release_date = excluded.release_date, popularity = excluded.popularity,"
        " details = excluded.details, synced_at = excluded.synced_at",
        (movie.id, movie.title, movie.release_date, movie.popularity, to_json(movie), now),
    )


async def sync(tmdb: AsyncTMDBClient, db: sqlite3.Connection, *, full: bool = False) -> RunSummary:
    started = dt.datetime.now(dt.UTC).date()
    since = None if full else last_started(db)
    summary = RunSummary("full" if since is None else "changes", since)
    run_id = db.execute(
        "INSERT INTO runs (started, mode, fetched, deleted, failed) VALUES (?, ?, 0, 0, 0)",
        (started.isoformat(), summary.mode),
    ).lastrowid
    db.commit()
    ids = export_ids(tmdb) if since is None else tmdb.changes.iter_ids("movie", since=since)
    log.info("%s run: ids from %s", summary.mode, "the export" if since is None else since)
    async for batch in batches(ids, BATCH):
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        async for movie_id, movie, error in tmdb.fetch_many(tmdb.movies.details, batch):
            if movie is not None:
                store(db, movie, now)
                summary.fetched += 1
            elif isinstance(error, NotFoundError):
                db.execute("DELETE FROM movies WHERE id = ?", (movie_id,))
                summary.deleted += 1
            else:
                log.warning("movie %s: %s", movie_id, error)
                summary.failed += 1
        db.commit()  # a batch at a time: a crash costs at most one batch
    db.execute(
        "UPDATE runs SET fetched = ?, deleted = ?, failed = ?, finished_at = ? WHERE id = ?",
        (
            summary.fetched,
            summary.deleted,
            summary.failed,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            run_id,
        ),
    )
    db.commit()
    return summary


async def run(path: str, *, full: bool = False, **client_options: Any) -> RunSummary:
    db = open_db(path)
    try:
        # Bulk work: just under TMDB's ~50 requests a second.
        async with AsyncTMDBClient(rate_limit=49, **client_options) as tmdb:
            return await sync(tmdb, db, full=full)
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("database", help="the SQLite file holding the movies and the runs")
    parser.add_argument("--full", action="store_true", help="reload every id of the export")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    began = time.monotonic()
    summary = asyncio.run(run(args.database, full=args.full))
    print(
        f"{summary.mode} sync (since {summary.since or 'the beginning'}): "
        f"{summary.fetched} fetched, {summary.deleted} deleted, {summary.failed} failed "
        f"in {time.monotonic() - began:.1f} s"
    )
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
