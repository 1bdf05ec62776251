"""Caches and rate limiters written the way a user would write them, for the client tests."""

from __future__ import annotations


class RecordingBackend:
    """A dict, in both flavours, that remembers every key and lifetime it was given."""

    def __init__(self) -> None:
        self.values: dict[str, bytes] = {}
        self.lifetimes: dict[str, float] = {}

    def get(self, key: str) -> bytes | None:
        return self.values.get(key)

    def set(self, key: str, value: bytes, ttl: float) -> None:
        self.values[key] = value
        self.lifetimes[key] = ttl

    def delete(self, key: str) -> None:
        self.values.pop(key, None)

    async def aget(self, key: str) -> bytes | None:
        return self.get(key)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        self.set(key, value, ttl)

    async def adelete(self, key: str) -> None:
        self.delete(key)


class BrokenBackend:
    """Fails like a storage that is down: every call raises."""

    def __init__(self) -> None:
        self.calls = 0

    def get(self, key: str) -> bytes | None:
        self.calls += 1
        raise ConnectionError("storage is down")

    def set(self, key: str, value: bytes, ttl: float) -> None:
        self.calls += 1
        raise ConnectionError("storage is down")

    def delete(self, key: str) -> None:
        self.calls += 1
        raise ConnectionError("storage is down")

    async def aget(self, key: str) -> bytes | None:
        return self.get(key)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        self.set(key, value, ttl)

    async def adelete(self, key: str) -> None:
        self.delete(key)


class CountingLimiter:
    """A rate limiter of the user's own, in both flavours: every slot waits ``wait``."""

    def __init__(self, wait: float = 0.0) -> None:
        self.wait = wait
        self.reserved = 0
        self.refunded = 0

    def reserve(self) -> float:
        self.reserved += 1
        return self.wait

    def refund(self) -> None:
        self.refunded += 1

    async def areserve(self) -> float:
        return self.reserve()

    async def arefund(self) -> None:
        self.refund()
