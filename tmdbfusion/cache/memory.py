"""``MemoryCache``: an in-process LRU cache with lifetimes, for either client.

A lookup is a dictionary access under one ``threading.Lock``; nothing in it waits on
I/O, so the async methods call the sync ones directly instead of hopping to a thread.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from .._checks.values import check_count, check_optional_count

_monotonic = time.monotonic


class MemoryCache:
    """Keeps up to ``max_entries`` values, and at most ``max_bytes`` of them, in memory.

    The least recently used entries (written or read) make room for new ones. An
    entry's size is ``len(key) + len(value)``; a value whose entry alone exceeds
    ``max_bytes`` is not stored (and the key's previous value is forgotten). An entry
    past its lifetime is never returned: it is dropped when it is next looked up, or
    earlier when it reaches the old end of the LRU order. ``max_bytes=None`` bounds
    the cache by entry count only.

    Safe from many threads (``TMDBClient`` shared across threads) and from asyncio
    (``AsyncTMDBClient``): it implements both ``SyncCacheBackend`` and
    ``AsyncCacheBackend``. Its contents live and die with the process.
    """

    __slots__ = ("_entries", "_lock", "_max_bytes", "_max_entries", "_size")

    def __init__(
        self,
        max_entries: int = 10_000,
        *,
        max_bytes: int | None = 256 * 1024 * 1024,
    ) -> None:
        self._max_entries = check_count("max_entries", max_entries)
        self._max_bytes = check_optional_count("max_bytes", max_bytes)
        # key -> (value, monotonic expiry); ordered from least to most recently used.
        self._entries: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    @property
    def max_entries(self) -> int:
        return self._max_entries

    @property
    def max_bytes(self) -> int | None:
        return self._max_bytes

    @property
    def size_bytes(self) -> int:
        """The sum of ``len(key) + len(value)`` over the stored entries (expired ones
        included until they are dropped)."""
        return self._size

    def __len__(self) -> int:
        """How many entries are stored (expired ones included until they are dropped)."""
        return len(self._entries)

    def __repr__(self) -> str:
        return (
            f"MemoryCache(max_entries={self._max_entries}, max_bytes={self._max_bytes})"
            f" <{len(self._entries)} entries, {self._size} bytes>"
        )

    def get(self, key: str) -> bytes | None:
        """The value stored under ``key``, or None when absent or past its lifetime."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            value, expires_at = entry
            if expires_at <= _monotonic():
                del self._entries[key]
                self._size -= len(key) + len(value)
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds, replacing any other.

        A ``ttl`` that is not above 0, or a value too large for ``max_bytes``, stores
        nothing and forgets the key's previous value.
        """
        if not isinstance(value, bytes):
            raise TypeError(f"value must be bytes, not {type(value).__name__}")
        size = len(key) + len(value)
        max_bytes = self._max_bytes
        with self._lock:
            entries = self._entries
            old = entries.pop(key, None)
            if old is not None:
                self._size -= len(key) + len(old[0])
            if not ttl > 0 or (max_bytes is not None and size > max_bytes):
                return
            entries[key] = (value, _monotonic() + ttl)
            self._size += size
            # The new entry is the most recent and fits on its own, so it survives.
            while len(entries) > self._max_entries or (
                max_bytes is not None and self._size > max_bytes
            ):
                old_key, (old_value, _) = entries.popitem(last=False)
                self._size -= len(old_key) + len(old_value)

    def delete(self, key: str) -> None:
        """Forget ``key``; no error when it is absent."""
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(key) + len(old[0])

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()
            self._size = 0

    async def aget(self, key: str) -> bytes | None:
        """``get()`` for ``AsyncTMDBClient``: it never waits, so it never yields."""
        return self.get(key)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        """``set()`` for ``AsyncTMDBClient``: it never waits, so it never yields."""
        self.set(key, value, ttl)

    async def adelete(self, key: str) -> None:
        """``delete()`` for ``AsyncTMDBClient``: it never waits, so it never yields."""
        self.delete(key)
