"""The built-in cache backends of issue 9: ``MemoryCache`` and ``SQLiteCache``.

Both implement ``SyncCacheBackend`` and ``AsyncCacheBackend``; the shared behaviour is
tested on both, in both flavours. The concurrency tests use real threads, real
processes and real SQLite files: many threads sharing one ``MemoryCache``, many threads
sharing one ``SQLiteCache``, processes opening a new SQLite file at the same moment and
then writing and reading the same keys, and a forked child using its parent's cache.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tmdbfusion
from tmdbfusion.cache import sqlite as sqlite_module
from tmdbfusion.cache.backend import AsyncCacheBackend, SyncCacheBackend
from tmdbfusion.cache.memory import MemoryCache
from tmdbfusion.cache.sqlite import SQLiteCache

Backend = MemoryCache | SQLiteCache

VALUES = [
    b"",
    b"\x00\xff",
    bytes(range(256)) * 20,
    # Over SQLiteCache's 64 KiB inline limit: read back through the blob API.
    random.Random(9).randbytes(300_000),
]


@pytest.fixture(params=["memory", "sqlite"])
def cache(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "memory":
        yield MemoryCache()
        return
    backend = SQLiteCache(tmp_path / "cache.sqlite3")
    try:
        yield backend
    finally:
        backend.close()


def checked_value(key: str, writer: str, size: int, rnd: random.Random) -> bytes:
    """A value that says which key and writer it belongs to, behind a checksum."""
    body = f"{key}|{writer}|".encode() + rnd.randbytes(size)
    return hashlib.sha256(body).digest()[:16] + body


def verify(key: str, value: bytes) -> str:
    """Fails unless ``value`` is a ``checked_value`` for ``key``, intact; its writer."""
    digest, body = value[:16], value[16:]
    assert hashlib.sha256(body).digest()[:16] == digest, f"corrupt value under {key}"
    stored_key, writer, _ = body.split(b"|", 2)
    assert stored_key.decode() == key, f"{key} holds the value of {stored_key!r}"
    return writer.decode()


def bytes_in_use(path: Path) -> int:
    """The pages of the SQLite file holding data (not on the free list), in bytes."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        connection.close()
    return int((pages - free) * page_size)


def has_wal_file(path: Path) -> bool:
    return Path(f"{path}-wal").exists()


def row_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        count: int = connection.execute("SELECT count(*) FROM tmdbfusion_cache").fetchone()[0]
    finally:
        connection.close()
    return count


# --- both backends ----------------------------------------------------------------


def test_both_implement_both_protocols(cache: Backend) -> None:
    assert isinstance(cache, SyncCacheBackend)
    assert isinstance(cache, AsyncCacheBackend)


@pytest.mark.parametrize("value", VALUES, ids=["empty", "nul-ff", "5k", "300k"])
def test_round_trip_sync(cache: Backend, value: bytes) -> None:
    assert cache.get("k") is None
    cache.set("k", value, 60)
    got = cache.get("k")
    assert type(got) is bytes
    assert got == value


@pytest.mark.parametrize("value", VALUES, ids=["empty", "nul-ff", "5k", "300k"])
async def test_round_trip_async(cache: Backend, value: bytes) -> None:
    assert await cache.aget("k") is None
    await cache.aset("k", value, 60)
    got = await cache.aget("k")
    assert type(got) is bytes
    assert got == value


SHORT_TTL = 0.1


def test_entries_expire_sync(cache: Backend) -> None:
    cache.set("long", b"stays", 60)  # opens SQLiteCache's file, which can take a while
    written = time.monotonic()
    cache.set("short", b"soon gone", SHORT_TTL)
    value = cache.get("short")
    if time.monotonic() - written < SHORT_TTL:  # not so on a machine far too busy
        assert value == b"soon gone"
    time.sleep(SHORT_TTL + 0.02)
    assert cache.get("short") is None
    assert cache.get("long") == b"stays"


async def test_entries_expire_async(cache: Backend) -> None:
    await cache.aset("long", b"stays", 60)
    written = time.monotonic()
    await cache.aset("short", b"soon gone", SHORT_TTL)
    value = await cache.aget("short")
    if time.monotonic() - written < SHORT_TTL:
        assert value == b"soon gone"
    await asyncio.sleep(SHORT_TTL + 0.02)
    assert await cache.aget("short") is None
    assert await cache.aget("long") == b"stays"


def test_set_replaces(cache: Backend) -> None:
    small, large = b"small", bytes(200_000)
    cache.set("k", small, 60)
    cache.set("k", large, 60)
    assert cache.get("k") == large
    cache.set("k", small, 60)
    assert cache.get("k") == small
    # A shorter lifetime replaces a longer one too.
    cache.set("k", b"brief", 0.02)
    time.sleep(0.04)
    assert cache.get("k") is None


async def test_aset_replaces(cache: Backend) -> None:
    await cache.aset("k", b"one", 60)
    await cache.aset("k", b"two", 60)
    assert await cache.aget("k") == b"two"


def test_delete(cache: Backend) -> None:
    cache.delete("absent")
    cache.set("k", b"v", 60)
    cache.set("other", b"w", 60)
    cache.delete("k")
    assert cache.get("k") is None
    assert cache.get("other") == b"w"
    cache.delete("k")


async def test_adelete(cache: Backend) -> None:
    await cache.adelete("absent")
    await cache.aset("k", b"v", 60)
    await cache.adelete("k")
    assert await cache.aget("k") is None


@pytest.mark.parametrize("ttl", [0, -1.0, float("nan")])
def test_ttl_not_above_zero_stores_nothing_and_forgets(cache: Backend, ttl: float) -> None:
    cache.set("k", b"old", 60)
    cache.set("k", b"new", ttl)
    assert cache.get("k") is None


def test_value_must_be_bytes(cache: Backend) -> None:
    with pytest.raises(TypeError, match="value must be bytes"):
        cache.set("k", "text", 60)  # type: ignore[arg-type]
    assert cache.get("k") is None


def test_clear(cache: Backend) -> None:
    for index in range(5):
        cache.set(f"k{index}", b"v", 60)
    cache.clear()
    assert all(cache.get(f"k{index}") is None for index in range(5))
    cache.set("k0", b"again", 60)
    assert cache.get("k0") == b"again"


# --- MemoryCache ------------------------------------------------------------------


def test_memory_cache_defaults_and_repr() -> None:
    cache = MemoryCache()
    assert cache.max_entries == 10_000
    assert cache.max_bytes == 256 * 1024 * 1024
    assert cache.size_bytes == 0
    assert len(cache) == 0
    assert "max_entries=10000" in repr(cache)
    assert MemoryCache(5, max_bytes=None).max_bytes is None


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_entries": 0}, ValueError, "max_entries must be an int >= 1, got 0"),
        ({"max_entries": True}, TypeError, "max_entries must be an int >= 1, not bool True"),
        ({"max_entries": 10.0}, TypeError, "max_entries must be an int >= 1, not float 10.0"),
        ({"max_bytes": 0}, ValueError, "max_bytes must be an int >= 1 or None, got 0"),
        ({"max_bytes": False}, TypeError, "max_bytes must be an int >= 1 or None, not bool False"),
        ({"max_bytes": "1"}, TypeError, "max_bytes must be an int >= 1 or None, not str '1'"),
    ],
)
def test_memory_cache_refuses_bad_bounds(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        MemoryCache(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_memory_cache_evicts_least_recently_used_by_count() -> None:
    cache = MemoryCache(3, max_bytes=None)
    for key in "abc":
        cache.set(key, key.encode(), 60)
    assert cache.get("a") == b"a"  # a is now the most recently used; b the least
    cache.set("d", b"d", 60)
    assert len(cache) == 3
    assert cache.get("b") is None
    assert [cache.get(key) for key in "acd"] == [b"a", b"c", b"d"]
    cache.set("c", b"C", 60)  # rewriting counts as a use: a is now the least recent
    cache.set("e", b"e", 60)
    assert cache.get("a") is None
    assert [cache.get(key) for key in "cde"] == [b"C", b"d", b"e"]


def test_memory_cache_evicts_least_recently_used_by_bytes() -> None:
    cache = MemoryCache(100, max_bytes=100)
    for key in "abc":
        cache.set(key, bytes(29), 60)  # 1 + 29 = 30 bytes each
    assert cache.size_bytes == 90
    assert cache.get("a") is not None
    cache.set("d", bytes(29), 60)  # 120 > 100: b, the least recently used, goes
    assert cache.size_bytes == 90
    assert cache.get("b") is None
    cache.set("e", bytes(69), 60)  # 70 more: c and a go (d was used last)
    assert cache.size_bytes == 100
    assert [cache.get(key) is not None for key in "acde"] == [False, False, True, True]
    cache.set("d", b"", 60)  # replacing counts the new size only
    assert cache.size_bytes == 71


def test_memory_cache_does_not_store_a_value_larger_than_max_bytes() -> None:
    cache = MemoryCache(10, max_bytes=100)
    cache.set("small", bytes(10), 60)
    cache.set("k", b"fits", 60)
    cache.set("k", bytes(100), 60)  # 1 + 100 > 100
    assert cache.get("k") is None
    assert cache.get("small") == bytes(10)  # nothing was evicted for it
    assert cache.size_bytes == len("small") + 10
    assert len(cache) == 1
    cache.set("k", bytes(99), 60)  # exactly 100 is stored
    assert cache.get("k") == bytes(99)


def test_memory_cache_drops_an_expired_entry_when_looked_up() -> None:
    cache = MemoryCache()
    cache.set("k", b"value", 0.05)
    assert (len(cache), cache.size_bytes) == (1, 6)
    time.sleep(0.08)
    assert cache.get("k") is None
    assert (len(cache), cache.size_bytes) == (0, 0)


def test_memory_cache_from_many_threads() -> None:
    cache = MemoryCache(50, max_bytes=20_000)
    keys = [f"key{index}" for index in range(120)]
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(seed: int) -> None:
        rnd = random.Random(seed)
        start.wait()
        try:
            for _ in range(2_000):
                key = rnd.choice(keys)
                op = rnd.random()
                if op < 0.45:
                    cache.set(key, checked_value(key, str(seed), rnd.randrange(800), rnd), 60)
                elif op < 0.9:
                    value = cache.get(key)
                    if value is not None:
                        verify(key, value)
                elif op < 0.97:
                    cache.delete(key)
                else:
                    assert len(cache) <= 50
                    assert cache.size_bytes <= 20_000
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = {key: value for key in keys if (value := cache.get(key)) is not None}
    for key, value in stored.items():
        verify(key, value)
    assert 0 < len(cache) <= 50
    assert len(stored) == len(cache)
    assert cache.size_bytes == sum(len(key) + len(value) for key, value in stored.items())
    assert cache.size_bytes <= 20_000


# --- SQLiteCache ------------------------------------------------------------------


def test_sqlite_cache_file_is_in_wal_mode_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with SQLiteCache(path) as cache:
        assert repr(cache) == f"SQLiteCache({str(path)!r})"
        assert cache.path == str(path)
        cache.set("k", b"\x00kept\xff", 60)
        cache.set("gone", b"x", 0.05)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()
    time.sleep(0.08)
    with SQLiteCache(str(path)) as cache:
        assert cache.get("k") == b"\x00kept\xff"
        assert cache.get("gone") is None  # the expiry is stored, in wall-clock time


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((":memory:",), {}, ValueError, "use MemoryCache"),
        (("",), {}, ValueError, "path must name a file"),
        ((b"cache.db",), {}, TypeError, "path must be a str"),
        (("c.db",), {"busy_timeout": -1}, ValueError, "busy_timeout must be a finite"),
        (("c.db",), {"busy_timeout": True}, TypeError, "busy_timeout must be a finite number"),
        (("c.db",), {"max_bytes": 0}, ValueError, "max_bytes must be an int >= 1 or None"),
        (("c.db",), {"max_bytes": 1.5}, TypeError, "max_bytes must be an int >= 1 or None"),
    ],
)
def test_sqlite_cache_refuses_bad_arguments(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[object, ...],
    kwargs: dict[str, object],
    error: type[Exception],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error, match=message):
        SQLiteCache(*args, **kwargs)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_sqlite_cache_close_closes_every_connection(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = SQLiteCache(path)
    cache.set("main", b"from the main thread", 60)

    def use(index: int) -> None:
        cache.set(f"thread{index}", b"from a thread", 60)
        assert cache.get("main") == b"from the main thread"

    threads = [threading.Thread(target=use, args=(index,)) for index in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert has_wal_file(path)
    cache.close()
    # SQLite removes the -wal file when the last connection to the file closes.
    assert not has_wal_file(path)
    connection = sqlite3.connect(path)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        assert connection.execute("SELECT count(*) FROM tmdbfusion_cache").fetchone()[0] == 4
    finally:
        connection.close()
    # Used again after close(), it opens new connections; close() closes those too.
    assert cache.get("thread1") == b"from a thread"
    cache.close()
    assert not has_wal_file(path)


def open_files_under(prefix: Path) -> list[str]:
    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return [name for name in names if name.startswith(str(prefix))]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_sqlite_cache_closes_the_connections_of_ended_threads(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with SQLiteCache(path) as cache:
        for index in range(30):
            thread = threading.Thread(target=cache.set, args=(f"k{index}", b"v", 60))
            thread.start()
            thread.join()
        # A connection holds the file, its -wal and its -shm open; 30 would be 90 files.
        assert len(open_files_under(path)) <= 6
        assert cache.get("k29") == b"v"
    assert open_files_under(path) == []


def test_sqlite_cache_from_many_threads(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    keys = [f"key{index}" for index in range(30)]
    errors: list[BaseException] = []
    hits = [0] * 8
    start = threading.Barrier(8)
    with SQLiteCache(path) as cache:

        def work(seed: int) -> None:
            rnd = random.Random(seed)
            start.wait()
            try:
                for _ in range(500):
                    key = rnd.choice(keys)
                    op = rnd.random()
                    if op < 0.45:
                        size = rnd.choice((0, 200, 5_000, 80_000))
                        cache.set(key, checked_value(key, str(seed), size, rnd), 60)
                    elif op < 0.95:
                        value = cache.get(key)
                        if value is not None:
                            verify(key, value)
                            hits[seed] += 1
                    else:
                        cache.delete(key)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert all(count > 0 for count in hits)
        for key in keys:
            value = cache.get(key)
            if value is not None:
                verify(key, value)


PROCESS_SCRIPT = """
import hashlib, json, os, random, sys, time
from tmdbfusion.cache.sqlite import SQLiteCache

path, ready, go, name, operations = sys.argv[1:6]
rnd = random.Random(name)

def checked_value(key, size):
    body = f"{key}|{name}|".encode() + rnd.randbytes(size)
    return hashlib.sha256(body).digest()[:16] + body

def verify(key, value):
    digest, body = value[:16], value[16:]
    assert hashlib.sha256(body).digest()[:16] == digest, f"corrupt value under {key}"
    stored_key, writer, _ = body.split(b"|", 2)
    assert stored_key.decode() == key, f"{key} holds the value of {stored_key!r}"
    return writer.decode()

open(ready, "w").close()
deadline = time.monotonic() + 30
while not os.path.exists(go):
    if time.monotonic() > deadline:
        sys.exit("never told to start")
    time.sleep(0.0002)
# All the processes open the fresh file now, at the same moment: one of them turns it
# to WAL mode and creates the table while the others wait their turn.
stats = {"sets": 0, "hits": 0, "misses": 0, "foreign": 0}
with SQLiteCache(path) as cache:
    for _ in range(int(operations)):
        key = f"key{rnd.randrange(20)}"
        if rnd.random() < 0.5:
            cache.set(key, checked_value(key, rnd.choice((0, 300, 5000, 70000))), 60)
            stats["sets"] += 1
        else:
            value = cache.get(key)
            if value is None:
                stats["misses"] += 1
            else:
                stats["hits"] += 1
                stats["foreign"] += verify(key, value) != name
print(json.dumps(stats))
"""


def run_at_once(directory: Path, path: Path, names: list[str], operations: int) -> list[Any]:
    """Runs PROCESS_SCRIPT in one process per name, all starting at the same moment
    (each waits for a file that appears once all are ready); their stats, once all
    have exited successfully."""
    go = directory / "go"
    root = str(Path(tmdbfusion.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    ready = [directory / f"ready-{name}" for name in names]
    command = [sys.executable, "-c", PROCESS_SCRIPT, str(path)]
    processes = [
        subprocess.Popen(
            [*command, str(flag), str(go), name, str(operations)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for flag, name in zip(ready, names, strict=True)
    ]
    try:
        deadline = time.monotonic() + 30
        while not all(flag.exists() for flag in ready):
            assert all(process.poll() is None for process in processes), "a process died"
            assert time.monotonic() < deadline, "the processes never got ready"
            time.sleep(0.005)
        assert not path.exists()  # none has opened the file before the start
        go.touch()
        results = [process.communicate(timeout=60) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.communicate()
    for process, (_out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err  # "database is locked" in particular
        assert err == ""
    return [json.loads(out) for out, _ in results]


def test_sqlite_cache_from_two_processes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    stats = run_at_once(tmp_path, path, ["a", "b"], 1000)
    for one in stats:
        assert one["sets"] + one["hits"] + one["misses"] == 1000
        assert one["hits"] > 0
    assert sum(one["foreign"] for one in stats) > 0  # they read what the other wrote
    with SQLiteCache(path) as cache:
        for index in range(20):
            value = cache.get(f"key{index}")
            assert value is not None
            verify(f"key{index}", value)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


def test_sqlite_cache_new_file_opened_by_four_processes_at_once(tmp_path: Path) -> None:
    """Switching a new file to WAL mode is the one step where SQLite does not wait for
    the busy timeout; without SQLiteCache's own retry, about one round in three fails
    with "database is locked"."""
    for round_ in range(4):
        directory = tmp_path / f"round{round_}"
        directory.mkdir()
        stats = run_at_once(directory, directory / "new.sqlite3", ["a", "b", "c", "d"], 4)
        assert [sum(one.values()) - one["foreign"] for one in stats] == [4] * 4


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork()")
def test_sqlite_cache_in_a_forked_child(tmp_path: Path) -> None:
    cache = SQLiteCache(tmp_path / "cache.sqlite3")
    try:
        cache.set("parent", b"from the parent", 60)
        child = multiprocessing.get_context("fork").Process(target=_child_uses, args=(cache,))
        child.start()
        child.join(30)
        assert child.exitcode == 0
        assert cache.get("child") == b"from the child"
        cache.set("parent", b"still works", 60)
        assert cache.get("parent") == b"still works"
    finally:
        cache.close()


def _child_uses(cache: SQLiteCache) -> None:
    # Its connections are the parent's: the child must open its own.
    assert cache.get("parent") == b"from the parent"
    cache.set("child", b"from the child", 60)
    cache.close()


def test_sqlite_cache_purges_expired_rows_now_and_then(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with SQLiteCache(path) as cache:
        for index in range(10):
            cache.set(f"brief{index}", b"x" * 1000, 0.05)
        time.sleep(0.08)
        assert row_count(path) == 10  # expired, not yet deleted
        for index in range(sqlite_module._PURGE_EVERY):
            cache.set(f"long{index % 5}", b"y", 60)
        assert row_count(path) == 5


def test_sqlite_cache_max_bytes_trims_the_rows_that_expire_first(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    max_bytes = 300_000
    with SQLiteCache(path, max_bytes=max_bytes) as cache:
        assert cache.max_bytes == max_bytes
        for index in range(150):  # 1.5 MB in all, each living longer than the last
            cache.set(f"key{index}", bytes(10_000), 60 + index)
            assert bytes_in_use(path) <= max_bytes + 40_000
        assert cache.get("key0") is None
        assert cache.get("key149") == bytes(10_000)
        kept = [index for index in range(150) if cache.get(f"key{index}") is not None]
        assert kept == list(range(kept[0], 150))  # the latest-expiring ones
        assert len(kept) >= 15
        # A value larger than max_bytes is not stored, and forgets the key's old one.
        cache.set("key149", bytes(max_bytes), 60)
        assert cache.get("key149") is None


def test_sqlite_cache_in_a_with_block_closes(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with SQLiteCache(path, busy_timeout=1) as cache:
        assert cache.busy_timeout == 1.0
        cache.set("k", b"v", 60)
        assert has_wal_file(path)
    assert not has_wal_file(path)


async def test_sqlite_cache_async_methods_run_in_a_worker_thread(tmp_path: Path) -> None:
    calls: list[tuple[str, int]] = []

    class Recording(SQLiteCache):
        def get(self, key: str) -> bytes | None:
            calls.append(("get", threading.get_ident()))
            return super().get(key)

        def set(self, key: str, value: bytes, ttl: float) -> None:
            calls.append(("set", threading.get_ident()))
            super().set(key, value, ttl)

        def delete(self, key: str) -> None:
            calls.append(("delete", threading.get_ident()))
            super().delete(key)

    with Recording(tmp_path / "cache.sqlite3") as cache:
        await cache.aset("k", b"v", 60)
        assert await cache.aget("k") == b"v"
        await cache.adelete("k")
    assert [name for name, _ in calls] == ["set", "get", "delete"]
    loop_thread = threading.get_ident()
    assert all(ident != loop_thread for _, ident in calls)


async def test_sqlite_cache_waiting_for_a_writer_does_not_block_the_loop(
    tmp_path: Path,
) -> None:
    """Another connection holds the write lock; an ``aset`` waits for it (up to
    busy_timeout) while the loop keeps running, and completes once it is released."""
    path = tmp_path / "cache.sqlite3"
    big = random.Random(1).randbytes(300_000)
    with SQLiteCache(path, busy_timeout=10) as cache:
        await cache.aset("warm", b"creates the file", 60)
        blocker = sqlite3.connect(path, isolation_level=None)
        try:
            blocker.execute("BEGIN IMMEDIATE")
            task = asyncio.create_task(cache.aset("k", big, 60))
            started = time.monotonic()
            for _ in range(20):
                await asyncio.sleep(0.005)
            assert time.monotonic() - started < 5  # the loop was never held for long
            assert not task.done()  # the write is still waiting for the lock
            blocker.execute("COMMIT")
        finally:
            blocker.close()
        await asyncio.wait_for(task, 10)
        assert await cache.aget("k") == big


async def test_sqlite_cache_aclose_closes_the_connections_of_worker_threads(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = SQLiteCache(path)
    await asyncio.gather(*(cache.aset(f"k{index}", b"v", 60) for index in range(8)))
    assert has_wal_file(path)
    await cache.aclose()
    assert not has_wal_file(path)  # removed by SQLite when the last connection closes
