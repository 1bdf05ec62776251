"""RedisCache against a real redis-server (the ``redis_server`` fixture)."""

from __future__ import annotations

import asyncio
import logging
import math
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
import redis.asyncio

from tests.redis_server import RedisServer
from tmdbfusion._extras import MissingExtraError
from tmdbfusion.cache.backend import AsyncCacheBackend, SyncCacheBackend
from tmdbfusion.cache.redis_cache import (
    AsyncRedisCache,
    RedisCache,
    SyncRedisCache,
)

LOGGER = "tmdbfusion.cache"
BINARY = b"\x00\xff" + bytes(range(256)) + os.urandom(4096)


# --- storing -------------------------------------------------------------------------


def test_round_trip_keeps_bytes_exactly(sync_clients: Callable[..., Any]) -> None:
    cache = RedisCache(sync_clients())
    assert cache.get("movie/550") is None
    cache.set("movie/550", BINARY, 60)
    cache.set("empty", b"", 60)
    assert cache.get("movie/550") == BINARY
    assert cache.get("empty") == b""
    cache.set("movie/550", b"\x00\xff", 60)  # replaces
    assert cache.get("movie/550") == b"\x00\xff"


async def test_async_round_trip_keeps_bytes_exactly(async_clients: Callable[..., Any]) -> None:
    cache = RedisCache(async_clients())
    assert await cache.aget("movie/550") is None
    await cache.aset("movie/550", BINARY, 60)
    assert await cache.aget("movie/550") == BINARY
    await cache.aset("movie/550", b"\x00\xff", 60)
    assert await cache.aget("movie/550") == b"\x00\xff"


def test_entries_expire_after_their_ttl(sync_clients: Callable[..., Any]) -> None:
    raw = sync_clients()
    cache = RedisCache(raw)
    cache.set("short", b"v", 0.08)
    cache.set("long", b"v", 30.0004)  # rounded up to whole milliseconds
    assert cache.get("short") == b"v"
    assert 0 < raw.pttl("tmdbfusion:cache:short") <= 80
    assert 29_000 < raw.pttl("tmdbfusion:cache:long") <= 30_001
    time.sleep(0.15)
    assert cache.get("short") is None
    assert cache.get("long") == b"v"


async def test_async_entries_expire_after_their_ttl(async_clients: Callable[..., Any]) -> None:
    cache = RedisCache(async_clients())
    await cache.aset("short", b"v", 0.08)
    assert await cache.aget("short") == b"v"
    await asyncio.sleep(0.15)
    assert await cache.aget("short") is None


def test_no_positive_ttl_means_not_stored(sync_clients: Callable[..., Any]) -> None:
    cache = RedisCache(sync_clients())
    for ttl in (0, -1, math.nan):
        cache.set("k", b"old", 60)
        cache.set("k", b"new", ttl)
        assert cache.get("k") is None, ttl


def test_keys_live_under_the_prefix(sync_clients: Callable[..., Any]) -> None:
    raw = sync_clients()
    RedisCache(raw).set("a", b"1", 60)
    RedisCache(raw, prefix="mine:").set("a", b"2", 60)
    assert sorted(raw.keys("*")) == [b"mine:a", b"tmdbfusion:cache:a"]
    assert raw.get("mine:a") == b"2"
    assert RedisCache(raw, prefix="mine:").get("a") == b"2"
    assert RedisCache(raw, prefix="other:").get("a") is None


def test_delete(sync_clients: Callable[..., Any]) -> None:
    raw = sync_clients()
    cache = RedisCache(raw)
    cache.set("a", b"1", 60)
    cache.set("b", b"2", 60)
    cache.delete("a")
    cache.delete("never-there")
    assert cache.get("a") is None
    assert cache.get("b") == b"2"
    assert raw.keys("*") == [b"tmdbfusion:cache:b"]


async def test_async_delete(async_clients: Callable[..., Any]) -> None:
    cache = RedisCache(async_clients())
    await cache.aset("a", b"1", 60)
    await cache.adelete("a")
    await cache.adelete("never-there")
    assert await cache.aget("a") is None


def test_clear_removes_only_keys_under_the_prefix(sync_clients: Callable[..., Any]) -> None:
    raw = sync_clients()
    # Glob characters in the prefix are literal: "pX1Y:k" would match p?[1]*:* unescaped.
    cache = RedisCache(raw, prefix="p?[1]*:")
    for i in range(1200):  # more than one SCAN round
        cache.set(f"k{i}", b"v", 60)
    raw.set("pX1Y:k", b"keep")
    raw.set("other", b"keep")
    assert cache.clear() == 1200
    assert sorted(raw.keys("*")) == [b"other", b"pX1Y:k"]
    assert cache.clear() == 0


async def test_async_clear(async_clients: Callable[..., Any]) -> None:
    raw = async_clients()
    cache = RedisCache(raw, prefix="c:")
    for i in range(700):
        await cache.aset(str(i), b"v", 60)
    await raw.set("d:keep", b"v")
    assert await cache.aclear() == 700
    assert await raw.keys("*") == [b"d:keep"]


# --- Redis stopped or hung -----------------------------------------------------------


def test_redis_down_is_a_miss_and_one_warning(
    redis_server: RedisServer, sync_clients: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = sync_clients()
    cache = RedisCache(client, recheck_interval=0.3)
    cache.set("a", b"1", 60)
    redis_server.stop()
    calls = _count_calls(client)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for _ in range(3):
            assert cache.get("a") is None
            cache.set("a", b"2", 60)
            cache.delete("a")
        # One failed call; the others skipped Redis during recheck_interval.
        assert calls == ["get"]
        records = [r for r in caplog.records if r.name == LOGGER]
        assert len(records) == 1, [r.getMessage() for r in records]
        assert records[0].levelno == logging.WARNING
        assert "Redis cache get failed" in records[0].getMessage()

        redis_server.start()  # empty again: nothing persists
        time.sleep(0.35)
        cache.set("a", b"3", 60)
        assert cache.get("a") == b"3"
    assert "Redis cache reachable again" in caplog.records[-1].getMessage()


def _count_calls(client: Any) -> list[str]:
    """The names of the Redis commands ``client`` is asked for from now on."""
    calls: list[str] = []
    for name in ("get", "set", "delete"):
        method = getattr(client, name)

        def counted(*args: Any, _name: str = name, _method: Any = method, **kw: Any) -> Any:
            calls.append(_name)
            return _method(*args, **kw)

        setattr(client, name, counted)
    return calls


async def test_async_redis_down_is_a_miss_and_one_warning(
    redis_server: RedisServer, async_clients: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = async_clients()
    cache = RedisCache(client, recheck_interval=0.3)
    await cache.aset("a", b"1", 60)
    redis_server.stop()
    calls = _count_calls(client)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(3):
            assert await cache.aget("a") is None
            await cache.aset("a", b"2", 60)
            await cache.adelete("a")
    assert calls == ["get"]
    assert len([r for r in caplog.records if r.name == LOGGER]) == 1
    redis_server.start()
    await asyncio.sleep(0.35)
    await cache.aset("a", b"3", 60)
    assert await cache.aget("a") == b"3"


def test_clear_reports_a_failure(
    redis_server: RedisServer, sync_clients: Callable[..., Any]
) -> None:
    cache = RedisCache(sync_clients())
    redis_server.stop()
    with pytest.raises(redis.exceptions.ConnectionError):
        cache.clear()


@pytest.fixture
def hung_server() -> Iterator[str]:
    """A port that accepts connections and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"


async def test_async_timeout_bounds_a_hung_redis(
    hung_server: str, async_clients: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = async_clients(hung_server, socket_timeout=10, socket_connect_timeout=10)
    cache = RedisCache(client, timeout=0.2)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert await cache.aget("a") is None
        await cache.aset("a", b"v", 60)
    assert time.monotonic() - started < 1.0
    assert "TimeoutError" in caplog.records[0].getMessage()


async def test_a_client_timing_its_own_sockets_bounds_a_hung_redis(
    hung_server: str, async_clients: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    # Tighter than the cache's own timeout: the client's socket timeouts bound each call.
    client = async_clients(hung_server, socket_timeout=0.2, socket_connect_timeout=0.2)
    cache = RedisCache(client, timeout=30.0)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert await cache.aget("a") is None
    assert time.monotonic() - started < 5.0
    assert "Timeout" in caplog.records[0].getMessage()


# --- construction --------------------------------------------------------------------


def test_sync_client_makes_a_sync_cache(sync_clients: Callable[..., Any]) -> None:
    cache = RedisCache(sync_clients(), prefix="x:")
    assert type(cache) is SyncRedisCache
    assert isinstance(cache, RedisCache)
    assert isinstance(cache, SyncCacheBackend)
    assert not isinstance(cache, AsyncCacheBackend)
    assert cache.prefix == "x:"


async def test_async_client_makes_an_async_cache(async_clients: Callable[..., Any]) -> None:
    cache = RedisCache(async_clients())
    assert type(cache) is AsyncRedisCache
    assert isinstance(cache, RedisCache)
    assert isinstance(cache, AsyncCacheBackend)
    assert not isinstance(cache, SyncCacheBackend)
    assert cache.prefix == "tmdbfusion:cache:"


async def test_a_flavour_refuses_the_other_client(
    sync_clients: Callable[..., Any], async_clients: Callable[..., Any]
) -> None:
    with pytest.raises(TypeError, match=r"redis\.asyncio\.client\.Redis"):
        SyncRedisCache(async_clients())
    with pytest.raises(TypeError, match=r"redis\.client\.Redis"):
        AsyncRedisCache(sync_clients())


async def test_decoding_clients_are_refused(
    sync_clients: Callable[..., Any], async_clients: Callable[..., Any]
) -> None:
    with pytest.raises(ValueError, match="decode_responses"):
        RedisCache(sync_clients(decode_responses=True))
    with pytest.raises(ValueError, match="decode_responses"):
        RedisCache(async_clients(decode_responses=True))


@pytest.mark.parametrize("client", [object(), "redis://127.0.0.1:6379/0", None])
def test_anything_but_a_redis_client_is_refused(client: Any) -> None:
    with pytest.raises(TypeError, match=r"redis\.asyncio\.Redis.*redis\.Redis"):
        RedisCache(client)


@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({"prefix": ""}, ValueError, "prefix must be a non-empty string"),
        ({"prefix": None}, TypeError, "prefix must be a non-empty string"),
        ({"prefix": b"p:"}, TypeError, "prefix must be a non-empty string"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number of seconds > 0"),
        ({"timeout": math.inf}, ValueError, "timeout must be"),
        ({"timeout": "1"}, TypeError, "timeout must be"),
    ],
)
def test_bad_arguments_are_refused(
    arguments: dict[str, Any], error: type[Exception], match: str
) -> None:
    client = redis.Redis(host="127.0.0.1", port=1)
    try:
        with pytest.raises(error, match=match):
            RedisCache(client, **arguments)
    finally:
        client.close()


def test_missing_redis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingExtraError, match=r"tmdbfusion\[redis\]"):
        RedisCache(object())
