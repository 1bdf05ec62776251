"""redis-py clients for the tests, in the flavour each client needs.

unasync cannot turn ``redis.asyncio.Redis`` into ``redis.Redis``, so the tests in
``tests/_async/`` open ``AsyncRedisConnection`` and their generated twins
``SyncRedisConnection``; both close what they open.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import redis
    import redis.asyncio


class AsyncRedisConnection:
    def __init__(self, url: str) -> None:
        import redis.asyncio

        self.client: redis.asyncio.Redis = redis.asyncio.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5
        )

    async def __aenter__(self) -> redis.asyncio.Redis:
        return self.client

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.client.aclose()


class SyncRedisConnection:
    def __init__(self, url: str) -> None:
        import redis

        self.client: redis.Redis = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5
        )

    def __enter__(self) -> redis.Redis:
        return self.client

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.client.close()
