"""``SQLiteCache``: the response cache in one SQLite file, shared by threads and processes.

Why this is ours rather than a dependency: the hard part (storage, locking between
processes, crash safety) is the standard library's ``sqlite3`` and SQLite itself, which
are as well kept as libraries get. What is left is one table of ``(key, value,
expires_at)`` and a handful of statements, less than a wrapper library's API would be.

How it stays safe under concurrency: each thread gets its own connection (SQLite
connections are not meant to be shared by threads at once); the file is in WAL mode, so
readers never wait for the writer and the writer never waits for readers; writers take
turns, waiting up to ``busy_timeout`` seconds for one another instead of failing with
"database is locked". A write runs on its own (autocommit) or in a transaction that
takes the write lock first (``BEGIN IMMEDIATE``), never after reading in the same
transaction: upgrading a read snapshot to a write is the one case in which SQLite fails
at once instead of waiting. Lifetimes use the wall clock, which all the processes share.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sqlite3
import threading
import time
import weakref
from types import TracebackType
from typing import Self

from .._checks.values import check_number, check_optional_count

_TABLE = "tmdbfusion_cache"
# A rowid table, not WITHOUT ROWID: the latter keeps whole rows in its b-tree's cells,
# and SQLite reads a cell's overflow pages in full at every comparison of a lookup (7
# times over for a 290 KB value: ~350 us instead of ~45 us). expires_at comes before
# the value so that reading it never walks the value's overflow pages.
_CREATE_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {_TABLE} ("
    "key TEXT PRIMARY KEY, expires_at REAL NOT NULL, value BLOB NOT NULL)"
)
# Lets the purge and the trim find the rows that expire first without reading the others.
_CREATE_INDEX = f"CREATE INDEX IF NOT EXISTS {_TABLE}_expires_at ON {_TABLE} (expires_at)"
# Values up to this size come back with the lookup. Larger ones are read with the blob
# API, straight into the bytes returned: through a query SQLite would first copy them
# into a buffer of its own, and two large allocations per read make glibc's malloc give
# the memory back and fault it in again each time (measured: ~250 us instead of ~45 us at 290 KB).
_INLINE_MAX = 64 * 1024
_SELECT = (
    f"SELECT CASE WHEN length(value) <= {_INLINE_MAX} THEN value END"
    f" FROM {_TABLE} WHERE key = ? AND expires_at > ?"
)
_SELECT_ROWID = f"SELECT rowid FROM {_TABLE} WHERE key = ? AND expires_at > ?"
_UPSERT = f"INSERT OR REPLACE INTO {_TABLE} (key, value, expires_at) VALUES (?, ?, ?)"
_DELETE = f"DELETE FROM {_TABLE} WHERE key = ?"
_PURGE = f"DELETE FROM {_TABLE} WHERE expires_at <= ?"
_OLDEST_FIRST = f"SELECT key, length(key) + length(value) FROM {_TABLE} ORDER BY expires_at"

# One set in this many (counted per SQLiteCache object) also deletes the expired rows.
_PURGE_EVERY = 500
# With max_bytes, the size check runs after this many sets, or sooner once this share
# of max_bytes has been written since the last check.
_TRIM_CHECK_EVERY = 100
_TRIM_CHECK_SHARE = 32
# A trim brings the pages in use down to this share of max_bytes, so that it does not
# run again on the next check.
_TRIM_TO = 0.9

# Connections a forked child inherited from its parent: never used or closed in the
# child (SQLite forbids carrying a connection across fork()), and kept referenced so
# that garbage collection does not close them either.
_INHERITED: list[sqlite3.Connection] = []


class SQLiteCache:
    """Keeps the cache in the SQLite file at ``path`` (created when missing).

    Any number of threads, processes and clients (``TMDBClient`` and
    ``AsyncTMDBClient``: it implements both ``SyncCacheBackend`` and
    ``AsyncCacheBackend``) may use the same file at once. The async methods run the
    SQLite work in a worker thread (``asyncio.to_thread``), so a slow disk or a writer
    waiting its turn never blocks the event loop.

    - ``busy_timeout``: how long a write waits for another process's write to finish
      before raising ``sqlite3.OperationalError`` (which the client treats as a miss).
    - ``max_bytes``: when set, roughly bounds the space the data takes in the file.
      After every 100th write through this object, or sooner once ``max_bytes / 32``
      bytes have been written through it, it compares the pages in use (rows, the
      expiry index and SQLite's slack in half-full pages) with ``max_bytes``; when
      over, it deletes the rows that expire first until the pages would fit in 90%
      of it. So the data
      can exceed ``max_bytes`` by about ``max_bytes / 32`` per writing object plus
      one value before it is trimmed, and with many small rows the slack counts
      against the bound. A value larger than ``max_bytes`` is not stored. The file
      itself does not shrink: freed pages are reused by later writes (``VACUUM``
      returns them to the disk), and the ``-wal`` file beside it comes on top.

    Expired rows are never returned; each object deletes them from the file after
    every 500th write through it (one indexed ``DELETE``), and ``clear()`` deletes
    everything.

    Connections are opened lazily, one per thread (those of threads that have ended
    are closed as new ones open), and ``close()`` (``aclose()`` from async code)
    closes them all; using the cache after ``close()`` simply opens new ones (call
    ``close()`` again when done). Call ``close()`` only when no other thread is in the
    middle of using the cache: a call cut off that way raises
    ``sqlite3.ProgrammingError``. It also works as a context manager that closes it on
    exit. After ``fork()``, the child opens its own connections and leaves those of
    the parent alone. SQLite errors propagate to the caller.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = 30.0,
        max_bytes: int | None = None,
    ) -> None:
        checked_path = os.fspath(path)
        if not isinstance(checked_path, str):
            raise TypeError(f"path must be a str or os.PathLike[str], not {type(path).__name__}")
        if checked_path in ("", ":memory:"):
            raise ValueError(
                f"path must name a file, got {checked_path!r} (a private database per "
                "connection); use MemoryCache for a cache in memory"
            )
        self._path = checked_path
        self._busy_timeout = check_number(
            "busy_timeout", busy_timeout, unit=" of seconds", zero=True
        )
        self._max_bytes = check_optional_count("max_bytes", max_bytes)
        self._local = threading.local()
        self._lock = threading.Lock()
        # Every connection this process opened and has not closed, with its thread.
        self._connections: list[tuple[weakref.ref[threading.Thread], sqlite3.Connection]] = []
        # Bumped by close(): a thread's connection from an older generation is closed.
        self._generation = 0
        self._pid = os.getpid()
        self._writes = itertools.count(1)
        # Approximate (updated without a lock): they only decide when to check the size.
        self._sets_since_check = 0
        self._bytes_since_check = 0

    @property
    def path(self) -> str:
        return self._path

    @property
    def busy_timeout(self) -> float:
        return self._busy_timeout

    @property
    def max_bytes(self) -> int | None:
        return self._max_bytes

    def __repr__(self) -> str:
        return f"SQLiteCache({self._path!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- connections ---------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        state: tuple[int, int, sqlite3.Connection] | None = getattr(self._local, "state", None)
        if state is not None and state[0] == self._generation and state[1] == os.getpid():
            return state[2]
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        pid = os.getpid()
        if pid != self._pid:
            # A forked child: the lock may have been held by a thread that the child
            # does not have, and the connections are the parent's.
            self._lock = threading.Lock()
            _INHERITED.extend(connection for _, connection in self._connections)
            self._connections = []
            self._pid = pid
        connection = self._open()
        with self._lock:
            self._close_for_dead_threads()
            self._connections.append((weakref.ref(threading.current_thread()), connection))
            self._local.state = (self._generation, pid, connection)
        return connection

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self._path,
            timeout=self._busy_timeout,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            connection.execute(f"PRAGMA busy_timeout = {round(self._busy_timeout * 1000)}")
            self._switch_to_wal(connection)
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute(_CREATE_TABLE)
            connection.execute(_CREATE_INDEX)
        except BaseException:
            connection.close()
            raise
        return connection

    def _switch_to_wal(self, connection: sqlite3.Connection) -> None:
        """Put the file in WAL mode (a no-op once it is, which it stays).

        Switching upgrades a read lock to a write lock within one statement, and SQLite
        does not wait for the busy timeout there: when several processes open a new
        file at once, all but one fail with "database is locked". They retry here,
        backing off up to the busy timeout, by when the first one has switched it.
        """
        deadline = time.monotonic() + self._busy_timeout
        delay = 0.001
        while True:
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                busy = getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def _close_for_dead_threads(self) -> None:
        """Close the connections of threads that have ended (called under the lock)."""
        alive = []
        for thread_ref, connection in self._connections:
            thread = thread_ref()
            if thread is not None and thread.is_alive():
                alive.append((thread_ref, connection))
            else:
                connection.close()
        self._connections = alive

    def close(self) -> None:
        """Close every connection this cache opened, in all threads."""
        if self._pid != os.getpid():
            return  # a forked child that never used it: the connections are the parent's
        with self._lock:
            connections, self._connections = self._connections, []
            self._generation += 1
        for _, connection in connections:
            connection.close()

    async def aclose(self) -> None:
        """``close()`` in a worker thread: the last connection to close writes the WAL
        back into the file, which the event loop should not wait for."""
        await asyncio.to_thread(self.close)

    # --- SyncCacheBackend ----------------------------------------------------------

    def get(self, key: str) -> bytes | None:
        """The value stored under ``key``, or None when absent or past its lifetime."""
        connection = self._connection()
        row = connection.execute(_SELECT, (key, time.time())).fetchone()
        if row is None:
            return None
        value: bytes | None = row[0]  # None: too large to come inline
        return self._read_large(connection, key) if value is None else value

    def _read_large(self, connection: sqlite3.Connection, key: str) -> bytes | None:
        # One read transaction, so that the row whose rowid is found is the row read
        # (another process may replace it in between, and rowids get reused).
        connection.execute("BEGIN")
        try:
            row = connection.execute(_SELECT_ROWID, (key, time.time())).fetchone()
            if row is None:
                return None
            with connection.blobopen(_TABLE, "value", row[0], readonly=True) as blob:
                return blob.read()
        finally:
            if connection.in_transaction:
                connection.execute("COMMIT")

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds, replacing any other.

        A ``ttl`` that is not above 0, or a value larger than ``max_bytes``, stores
        nothing and deletes the key's previous value.
        """
        if not isinstance(value, bytes):
            raise TypeError(f"value must be bytes, not {type(value).__name__}")
        size = len(key) + len(value)
        max_bytes = self._max_bytes
        if not ttl > 0 or (max_bytes is not None and size > max_bytes):
            self.delete(key)
            return
        now = time.time()
        connection = self._connection()
        connection.execute(_UPSERT, (key, value, now + ttl))
        if next(self._writes) % _PURGE_EVERY == 0:
            connection.execute(_PURGE, (now,))
        if max_bytes is not None:
            self._sets_since_check += 1
            self._bytes_since_check += size
            if (
                self._sets_since_check >= _TRIM_CHECK_EVERY
                or self._bytes_since_check * _TRIM_CHECK_SHARE >= max_bytes
            ):
                self._sets_since_check = self._bytes_since_check = 0
                self._trim(connection, max_bytes)

    def delete(self, key: str) -> None:
        """Forget ``key``; no error when it is absent."""
        self._connection().execute(_DELETE, (key,))

    def clear(self) -> None:
        """Delete every entry (for every process using the file)."""
        self._connection().execute(f"DELETE FROM {_TABLE}")

    def _bytes_in_use(self, connection: sqlite3.Connection) -> int:
        page_size: int = connection.execute("PRAGMA page_size").fetchone()[0]
        pages: int = connection.execute("PRAGMA page_count").fetchone()[0]
        free: int = connection.execute("PRAGMA freelist_count").fetchone()[0]
        return (pages - free) * page_size

    def _trim(self, connection: sqlite3.Connection, max_bytes: int) -> None:
        if self._bytes_in_use(connection) <= max_bytes:
            return
        # IMMEDIATE takes the write lock first (waiting its turn like any write), so
        # the rows read are still the rows deleted, and no other process trims too.
        connection.execute("BEGIN IMMEDIATE")
        try:
            excess = self._bytes_in_use(connection) - int(max_bytes * _TRIM_TO)
            doomed: list[tuple[str]] = []
            cursor = connection.execute(_OLDEST_FIRST)
            try:
                for key, size in cursor:
                    if excess <= 0:
                        break
                    doomed.append((key,))
                    excess -= size
            finally:
                cursor.close()
            connection.executemany(_DELETE, doomed)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    # --- AsyncCacheBackend ---------------------------------------------------------

    async def aget(self, key: str) -> bytes | None:
        """``get()`` in a worker thread, so the event loop never waits on SQLite."""
        return await asyncio.to_thread(self.get, key)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        """``set()`` in a worker thread, so the event loop never waits on SQLite."""
        await asyncio.to_thread(self.set, key, value, ttl)

    async def adelete(self, key: str) -> None:
        """``delete()`` in a worker thread, so the event loop never waits on SQLite."""
        await asyncio.to_thread(self.delete, key)
