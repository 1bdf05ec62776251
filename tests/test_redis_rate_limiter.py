"""RedisRateLimiter against a real redis-server (the ``redis_server`` fixture).

Reservations are not slept: each test computes when every caller would send (the time
its reservation came back plus the wait it was given) and checks that schedule, so
slow rates cost no time. Several limiter instances, each with its own client and
connection pool, stand for the processes of a fleet.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
import redis.asyncio

from tests.redis_server import RedisServer
from tmdbfusion._extras import MissingExtraError
from tmdbfusion.ratelimit.protocol import AsyncRateLimit, SyncRateLimit
from tmdbfusion.ratelimit.redis_limiter import (
    AsyncRedisRateLimiter,
    RedisRateLimiter,
    SyncRedisRateLimiter,
)

# How far a computed send time may stray from its slot: the wait is reckoned on
# Redis's clock when the script runs, the reply read on ours a round trip (and, on a
# busy machine, a thread switch) later. Rates are slow enough (1/4 s apart) that a
# limiter off by one slot is far outside it.
SLACK = 0.05
RATE = 4.0
INTERVAL = 1 / RATE
LOGGER = "tmdbfusion.ratelimit"


def assert_paced(sends: list[float], rate: float, burst: int = 1) -> None:
    """No window of one second holds more than ``rate`` sends beyond the burst, and
    after the burst the sends are at least 1/rate apart."""
    sends = sorted(sends)
    for i, start in enumerate(sends):
        in_window = sum(1 for s in sends[i:] if s < start + 1.0 - SLACK)
        assert in_window <= math.ceil(rate) + burst - 1, (i, in_window, sends)
    gaps = [b - a for a, b in itertools.pairwise(sends[burst - 1 :])]
    assert min(gaps) >= 1 / rate - SLACK, gaps


def offsets(sends: list[float]) -> list[float]:
    return [send - sends[0] for send in sends]


def sync_schedule(limiter: Any, count: int) -> tuple[list[float], list[float]]:
    """The waits of ``count`` reservations, and when each caller would send."""
    waits, sends = [], []
    for _ in range(count):
        wait = limiter.reserve()
        sends.append(time.monotonic() + wait)
        waits.append(wait)
    return waits, sends


async def async_schedule(limiter: Any, count: int) -> tuple[list[float], list[float]]:
    waits, sends = [], []
    for _ in range(count):
        wait = await limiter.areserve()
        sends.append(time.monotonic() + wait)
        waits.append(wait)
    return waits, sends


def steps(count: int, interval: float = INTERVAL, first: int = 1) -> Any:
    """``count`` send offsets: the first ``first`` at once (a burst), then one a slot."""
    return pytest.approx([max(0, i - first + 1) * interval for i in range(count)], abs=SLACK)


# --- the shared schedule -------------------------------------------------------------


def test_instances_sharing_a_key_share_the_rate(sync_clients: Callable[[], Any]) -> None:
    per_thread, threads = 10, 3
    limiters = [RedisRateLimiter(sync_clients(), key="t:shared", rate=RATE) for _ in range(threads)]
    sends: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def run(limiter: Any) -> None:
        start.wait()
        for _ in range(per_thread):
            wait = limiter.reserve()
            with lock:
                sends.append(time.monotonic() + wait)

    workers = [threading.Thread(target=run, args=(limiter,)) for limiter in limiters]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert len(sends) == per_thread * threads
    assert_paced(sends, RATE)
    # Not slower than needed either: 30 slots back to back, from the first one on.
    assert max(sends) - min(sends) <= (len(sends) - 1) * INTERVAL + SLACK


async def test_async_instances_sharing_a_key_share_the_rate(
    async_clients: Callable[..., Any],
) -> None:
    limiters = [RedisRateLimiter(async_clients(), key="t:shared", rate=RATE) for _ in range(3)]
    results = await asyncio.gather(*(async_schedule(limiter, 8) for limiter in limiters))
    sends = [send for _, result in results for send in result]
    assert len(sends) == 24
    assert_paced(sends, RATE)
    assert max(sends) - min(sends) <= 23 * INTERVAL + SLACK


def test_slots_are_first_come_first_served(sync_clients: Callable[[], Any]) -> None:
    limiters = [RedisRateLimiter(sync_clients(), key="t:fcfs", rate=RATE) for _ in range(3)]
    waits, sends = [], []
    for i in range(12):
        waits.append(limiters[i % 3].reserve())
        sends.append(time.monotonic() + waits[-1])
    assert waits[0] == 0.0
    assert all(later > earlier for earlier, later in itertools.pairwise(waits)), waits
    # Each one the slot after the one before, whichever instance asked.
    assert offsets(sends) == steps(12)


def test_keys_are_independent(sync_clients: Callable[[], Any]) -> None:
    client = sync_clients()
    first = RedisRateLimiter(client, key="t:one", rate=RATE)
    second = RedisRateLimiter(client, key="t:two", rate=RATE)
    assert first.reserve() == 0.0
    assert second.reserve() == 0.0
    assert first.reserve() > INTERVAL - SLACK


def test_burst_goes_out_back_to_back_then_paced(sync_clients: Callable[[], Any]) -> None:
    limiter = RedisRateLimiter(sync_clients(), key="t:burst", rate=RATE, burst=4)
    waits, sends = sync_schedule(limiter, 7)
    assert waits[:4] == [0.0, 0.0, 0.0, 0.0]
    assert waits[4] > 0
    assert offsets(sends) == steps(7, first=4)
    assert_paced(sends, RATE, burst=4)


def test_burst_one_spaces_every_request(sync_clients: Callable[[], Any]) -> None:
    limiter = RedisRateLimiter(sync_clients(), key="t:strict", rate=RATE)
    waits, sends = sync_schedule(limiter, 3)
    assert waits[0] == 0.0
    assert waits[1] > 0
    assert offsets(sends) == steps(3)


def test_idle_key_expires(sync_clients: Callable[[], Any]) -> None:
    client = sync_clients()
    limiter = RedisRateLimiter(client, key="t:expires", rate=10.0)
    limiter.reserve()
    limiter.reserve()
    assert client.pttl("t:expires") <= 200  # two slots of 100 ms
    time.sleep(0.3)
    assert client.exists("t:expires") == 0
    assert limiter.reserve() == 0.0


def test_refund_gives_a_slot_back(sync_clients: Callable[[], Any]) -> None:
    limiter = RedisRateLimiter(sync_clients(), key="t:refund", rate=RATE)
    _, sends = sync_schedule(limiter, 3)
    assert offsets(sends) == steps(3)
    limiter.refund()
    # Without the refund the next slot would be three intervals after the first.
    _, more = sync_schedule(limiter, 1)
    assert more[0] - sends[0] == pytest.approx(2 * INTERVAL, abs=SLACK)


def test_refunds_cannot_bank_slots_beyond_the_burst(sync_clients: Callable[[], Any]) -> None:
    client = sync_clients()
    limiter = RedisRateLimiter(client, key="t:bank", rate=RATE)
    assert limiter.reserve() == 0.0
    for _ in range(5):
        limiter.refund()
    assert client.exists("t:bank") == 0  # back to idle, nothing banked
    waits, sends = sync_schedule(limiter, 2)
    assert waits[0] == 0.0
    assert offsets(sends) == steps(2)


async def test_async_burst_and_refund(async_clients: Callable[..., Any]) -> None:
    limiter = RedisRateLimiter(async_clients(), key="t:aburst", rate=RATE, burst=2)
    waits, sends = await async_schedule(limiter, 4)
    assert waits[:2] == [0.0, 0.0]
    assert offsets(sends) == steps(4, first=2)
    await limiter.arefund()
    _, more = await async_schedule(limiter, 1)
    assert more[0] - sends[0] == pytest.approx(2 * INTERVAL, abs=SLACK)


# --- Redis restarting, stopped or hung -----------------------------------------------


def test_restart_reloads_the_script_and_carries_on(
    redis_server: RedisServer, sync_clients: Callable[[], Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = sync_clients()
    limiter = RedisRateLimiter(client, key="t:restart", rate=RATE, burst=2)
    before, sends = sync_schedule(limiter, 4)
    assert before[:2] == [0.0, 0.0]
    assert offsets(sends) == steps(4, first=2)

    redis_server.restart()  # same port; the script and the key are gone
    assert client.script_exists(limiter._reserve_script.sha) == [False]
    with caplog.at_level(logging.INFO, logger=LOGGER):
        after, sends = sync_schedule(limiter, 5)

    assert not limiter.using_fallback
    assert client.script_exists(limiter._reserve_script.sha) == [True]
    assert client.exists("t:restart") == 1
    # The lost key allows one more burst (2), and no more: then one slot apart.
    assert after[:2] == [0.0, 0.0]
    assert offsets(sends) == steps(5, first=2)
    assert_paced(sends, RATE, burst=2)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_async_restart_carries_on(
    redis_server: RedisServer, async_clients: Callable[..., Any]
) -> None:
    client = async_clients()
    limiter = RedisRateLimiter(client, key="t:arestart", rate=RATE)
    _, sends = await async_schedule(limiter, 2)
    assert offsets(sends) == steps(2)
    redis_server.restart()
    waits, sends = await async_schedule(limiter, 3)
    assert waits[0] == 0.0
    assert offsets(sends) == steps(3)
    assert not limiter.using_fallback
    assert await client.exists("t:arestart") == 1


def test_redis_down_falls_back_then_recovers(
    redis_server: RedisServer, sync_clients: Callable[[], Any], caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisRateLimiter(
        sync_clients(), key="t:down", rate=8.0, fallback_share=0.25, recheck_interval=0.3
    )
    assert limiter.reserve() == 0.0
    assert not limiter.using_fallback
    redis_server.stop()

    with caplog.at_level(logging.INFO, logger=LOGGER):
        waits, sends = sync_schedule(limiter, 3)
        assert limiter.using_fallback
        # The local limit: 8 x 0.25 = 2 requests/s, burst 1.
        assert waits[0] == 0.0
        assert offsets(sends) == steps(3, interval=0.5)
        limiter.refund()  # goes to the local limiter, the one in use
        _, more = sync_schedule(limiter, 1)
        assert more[0] - sends[0] == pytest.approx(1.0, abs=SLACK)

        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]
        message = warnings[0].getMessage()
        assert "unreachable" in message
        assert "2 requests/s" in message
        assert warnings[0].name == LOGGER

        redis_server.start()
        time.sleep(0.35)  # past recheck_interval
        waits, sends = sync_schedule(limiter, 2)
        assert waits[0] == 0.0  # from Redis again, whose key vanished with the restart
        assert not limiter.using_fallback
        assert offsets(sends) == steps(2, interval=1 / 8)

        restored = [r for r in caplog.records if "shared rate limit restored" in r.getMessage()]
        assert len(restored) == 1
        assert restored[0].levelno == logging.INFO
        assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1

        # A new outage is reported at once, not a minute after the first one.
        redis_server.stop()
        limiter.reserve()
        assert limiter.using_fallback
    assert [r.levelno for r in caplog.records if r.name == LOGGER] == [
        logging.WARNING,
        logging.INFO,
        logging.WARNING,
    ]


def test_redis_down_is_not_retried_before_the_recheck_interval(
    redis_server: RedisServer, sync_clients: Callable[[], Any]
) -> None:
    limiter = RedisRateLimiter(sync_clients(), key="t:recheck", rate=100.0, recheck_interval=30)
    redis_server.stop()
    limiter.reserve()
    assert limiter.using_fallback
    redis_server.start()
    # Redis answers again, but the limiter keeps to its local share until it rechecks.
    for _ in range(5):
        limiter.reserve()
    assert limiter.using_fallback


async def test_async_redis_down_falls_back_then_recovers(
    redis_server: RedisServer, async_clients: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisRateLimiter(
        async_clients(), key="t:adown", rate=RATE, fallback_share=0.5, recheck_interval=0.3
    )
    assert await limiter.areserve() == 0.0
    redis_server.stop()
    with caplog.at_level(logging.INFO, logger=LOGGER):
        waits, sends = await async_schedule(limiter, 3)
        assert limiter.using_fallback
        assert waits[0] == 0.0
        assert offsets(sends) == steps(3, interval=0.5)  # 4 x 0.5 = 2 requests/s
        await limiter.arefund()
        _, more = await async_schedule(limiter, 1)
        assert more[0] - sends[0] == pytest.approx(1.0, abs=SLACK)
        redis_server.start()
        await asyncio.sleep(0.35)
        assert await limiter.areserve() == 0.0
        assert not limiter.using_fallback
    levels = [r.levelno for r in caplog.records if r.name == LOGGER]
    assert levels == [logging.WARNING, logging.INFO]


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
    limiter = RedisRateLimiter(client, key="t:hung", rate=10.0, timeout=0.2)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert await limiter.areserve() == 0.0
    assert time.monotonic() - started < 1.0
    assert limiter.using_fallback
    assert "TimeoutError" in caplog.records[0].getMessage()
    # Within recheck_interval: the local limiter answers at once.
    started = time.monotonic()
    await limiter.areserve()
    await limiter.arefund()
    assert time.monotonic() - started < 0.1


# --- construction --------------------------------------------------------------------


def test_sync_client_makes_a_sync_limiter(sync_clients: Callable[[], Any]) -> None:
    limiter = RedisRateLimiter(sync_clients(), key="t:k", rate=45, burst=3)
    assert type(limiter) is SyncRedisRateLimiter
    assert isinstance(limiter, RedisRateLimiter)
    assert isinstance(limiter, SyncRateLimit)
    assert not isinstance(limiter, AsyncRateLimit)
    assert (limiter.key, limiter.rate, limiter.burst, limiter.using_fallback) == (
        "t:k",
        45.0,
        3,
        False,
    )


async def test_async_client_makes_an_async_limiter(async_clients: Callable[..., Any]) -> None:
    limiter = RedisRateLimiter(async_clients(), rate=45)
    assert type(limiter) is AsyncRedisRateLimiter
    assert isinstance(limiter, RedisRateLimiter)
    assert isinstance(limiter, AsyncRateLimit)
    assert not isinstance(limiter, SyncRateLimit)
    assert limiter.key == "tmdbfusion:ratelimit"
    assert limiter.burst == 1


async def test_a_flavour_refuses_the_other_client(
    sync_clients: Callable[[], Any], async_clients: Callable[..., Any]
) -> None:
    with pytest.raises(TypeError, match=r"redis\.asyncio\.client\.Redis"):
        SyncRedisRateLimiter(async_clients(), rate=1)
    with pytest.raises(TypeError, match=r"redis\.client\.Redis"):
        AsyncRedisRateLimiter(sync_clients(), rate=1)


@pytest.mark.parametrize("client", [object(), "redis://127.0.0.1:6379/0", None])
def test_anything_but_a_redis_client_is_refused(client: Any) -> None:
    with pytest.raises(TypeError, match=r"redis\.asyncio\.Redis.*redis\.Redis"):
        RedisRateLimiter(client, rate=1)


@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({"rate": 0}, ValueError, "rate must be a finite number of requests per second > 0"),
        ({"rate": -3}, ValueError, "rate must be"),
        ({"rate": math.inf}, ValueError, "rate must be"),
        ({"rate": math.nan}, ValueError, "rate must be"),
        ({"rate": 1e-9}, ValueError, "rate must be at least"),
        ({"rate": "45"}, TypeError, "rate must be"),
        ({"rate": True}, TypeError, "rate must be"),
        ({"rate": 1, "burst": 0}, ValueError, "burst must be an int >= 1"),
        ({"rate": 1, "burst": 2.5}, TypeError, "burst must be an int >= 1"),
        ({"rate": 1, "burst": True}, TypeError, "burst must be"),
        (
            {"rate": 1, "fallback_share": 0},
            ValueError,
            "fallback_share must be a finite number > 0",
        ),
        ({"rate": 1, "fallback_share": 1.5}, ValueError, "0 < fallback_share <= 1"),
        ({"rate": 1, "timeout": 0}, ValueError, "timeout must be a finite number of seconds > 0"),
        ({"rate": 1, "timeout": None}, TypeError, "timeout must be"),
        ({"rate": 1, "timeout": math.inf}, ValueError, "timeout must be"),
        ({"rate": 1, "recheck_interval": -1}, ValueError, "recheck_interval must be"),
        ({"rate": 1, "key": ""}, ValueError, "key must be a non-empty string"),
        ({"rate": 1, "key": b"k"}, TypeError, "key must be a non-empty string"),
        ({"rate": 1, "key": None}, TypeError, "key must be a non-empty string"),
    ],
)
def test_bad_arguments_are_refused_before_any_io(
    arguments: dict[str, Any], error: type[Exception], match: str
) -> None:
    # A client pointing nowhere: validation must not need the server.
    client = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.1)
    try:
        with pytest.raises(error, match=match):
            RedisRateLimiter(client, **arguments)
    finally:
        client.close()


def test_missing_redis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingExtraError, match=r"tmdbfusion\[redis\]"):
        RedisRateLimiter(object(), rate=1)


def test_the_package_imports_without_redis() -> None:
    code = (
        "import sys; sys.modules['redis'] = None\n"
        "import tmdbfusion.ratelimit as r\n"
        "loaded = [m for m, v in sys.modules.items() if v and m.split('.')[0] == 'redis']\n"
        "assert r.RedisRateLimiter and not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
