"""The asyncio transport: one ``aiohttp.ClientSession``, used through its public API only."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Mapping, Sequence

import aiohttp

from .._extras import require_extra
from .._proxy import Proxy
from .._secret import Secret, redact
from ..errors import (
    CertificateVerifyError,
    ProxyAuthenticationError,
    RequestTimeoutError,
    TransportError,
)
from .body_limit import BodyCollector
from .protocol import AsyncStreamResponse, AsyncTransport
from .proxy_errors import PROXY_AUTHENTICATION_REQUIRED, socks_error
from .response import HTTPResponse
from .tls import default_ssl_context, loaded_default_ssl_context

# How much of a body is taken at a time: small enough that no step holds the loop long.
_PIECE = 2**16
# aiohttp's timers are off: asyncio.timeout() bounds each attempt, end to end.
_NO_AIOHTTP_TIMEOUT = aiohttp.ClientTimeout(
    total=None, connect=None, sock_read=None, sock_connect=None
)


class AsyncHTTPTransport(AsyncTransport):
    """Sends requests on one pooled ``ClientSession``, created on first use in the running
    loop. ``trust_env`` stays off (proxies were resolved once, by the client) and no
    cookies are kept."""

    def __init__(
        self,
        *,
        max_connections: int,
        max_response_bytes: int,
        proxy: Proxy | None = None,
        ssl_context: ssl.SSLContext | None = None,
        secrets: Sequence[Secret | None] = (),
    ) -> None:
        if proxy is not None and proxy.is_socks:
            require_extra("aiohttp_socks", feature=f"the {proxy.scheme}:// proxy", extra="socks")
        self._max_connections = max_connections
        self._max_response_bytes = max_response_bytes
        self._proxy = proxy
        self._ssl_context = ssl_context
        self._secrets = tuple(secrets)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._building_context: asyncio.Future[ssl.SSLContext] | None = None
        # An HTTP proxy goes with each request, credentials in its URL: aiohttp turns them
        # into Proxy-Authorization for plain-http requests and for the CONNECT of https
        # (its proxy_headers reach the CONNECT only). SOCKS lives in the connector.
        self._proxy_url = None if proxy is None or proxy.is_socks else proxy.url_with_credentials()
        self._socks_errors: tuple[type[Exception], ...] = ()
        if proxy is not None and proxy.is_socks:
            from aiohttp_socks import ProxyConnectionError, ProxyError, ProxyTimeoutError

            self._socks_errors = (ProxyConnectionError, ProxyError, ProxyTimeoutError)

    def _opened(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore] | None:
        """The session of the running loop, or None before the first request."""
        loop = asyncio.get_running_loop()
        if self._loop is loop:
            assert self._session is not None and self._slots is not None
            return self._session, self._slots
        if self._loop is not None:
            # A session cannot move between loops (typically: asyncio.run() twice with
            # one client). A usage error, not a network one, so it is not retried.
            raise RuntimeError(
                "this AsyncTMDBClient's connections belong to another event loop: create "
                "the client inside the loop that uses it, or close() it in that loop "
                "before switching"
            )
        return None

    async def _open(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        context = self._ssl_context or loaded_default_ssl_context()
        if context is None:
            # Loading the trust store takes tens of ms: off the loop, and once, however
            # many requests arrive before it is done.
            building = self._building_context
            if building is None or building.get_loop() is not asyncio.get_running_loop():
                building = self._building_context = asyncio.ensure_future(
                    asyncio.to_thread(default_ssl_context)
                )
            try:
                # Shielded: a cancelled first request must not cancel it for the others.
                context = await asyncio.shield(building)
            except BaseException:
                if building.done():
                    self._building_context = None  # a failed build is tried again
                raise
        opened = self._opened()  # another task may have opened it meanwhile
        if opened is None:
            session = self._new_session(context)
            # A semaphore belongs to the loop it first waits on: one per session.
            slots = asyncio.Semaphore(self._max_connections)
            self._session, self._slots = session, slots
            self._loop = asyncio.get_running_loop()
            opened = session, slots
        return opened

    def _new_session(self, context: ssl.SSLContext) -> aiohttp.ClientSession:
        connector: aiohttp.BaseConnector
        proxy = self._proxy
        if proxy is not None and proxy.is_socks:
            from aiohttp_socks import ProxyConnector, ProxyType

            connector = ProxyConnector(
                proxy_type=ProxyType.SOCKS5,
                host=proxy.host,
                port=proxy.port,
                username=proxy.username,
                password=proxy.password.reveal() if proxy.password is not None else None,
                rdns=proxy.remote_dns,
                limit=self._max_connections,
                ssl=context,
            )
        else:
            connector = aiohttp.TCPConnector(limit=self._max_connections, ssl=context)
        return aiohttp.ClientSession(
            connector=connector,
            timeout=_NO_AIOHTTP_TIMEOUT,
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,
        )

    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,  # noqa: ASYNC109 (applied below with asyncio.timeout)
    ) -> HTTPResponse:
        session, slots = self._opened() or await self._open()
        # Requests beyond max_connections wait for their turn here, before the timeout
        # starts: a request queued behind slow ones has not been sent, so it cannot
        # have timed out.
        async with slots:
            error: TransportError
            try:
                async with asyncio.timeout(timeout):
                    return await self._exchange(session, method, url, params, headers, body)
            except TimeoutError:
                error = RequestTimeoutError(f"no complete answer within {timeout:g} s")
            except aiohttp.ClientConnectorCertificateError as exc:
                error = CertificateVerifyError(self._describe(exc))
            except aiohttp.ClientHttpProxyError as exc:
                refused = exc.status == PROXY_AUTHENTICATION_REQUIRED
                error = (ProxyAuthenticationError if refused else TransportError)(
                    self._describe(exc)
                )
            except (aiohttp.ClientError, OSError) as exc:
                error = TransportError(self._describe(exc))
            except self._socks_errors as exc:
                error = socks_error(exc, self._describe(exc))
        # Raised outside the except blocks, so that no traceback or __context__ holds
        # aiohttp's exception, whose URL carries the api_key.
        raise error

    async def _exchange(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: str,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
    ) -> HTTPResponse:
        async with session.request(
            method,
            url,
            params=params,
            headers=headers,
            data=body,
            allow_redirects=False,
            proxy=self._proxy_url,
        ) as response:
            if response.status == PROXY_AUTHENTICATION_REQUIRED and self._proxy is not None:
                raise ProxyAuthenticationError("the proxy refused its credentials (HTTP 407)")
            collector = BodyCollector(self._max_response_bytes, response.headers)
            content = response.content
            while chunk := await content.read(_PIECE):
                collector.add(chunk)
                if not content.is_eof():
                    # read() returns buffered data (and inflates more of a compressed
                    # body) without yielding: a large or endless body would hold the loop
                    # until the cap. Small pieces, and other tasks run between them.
                    await asyncio.sleep(0)
            return HTTPResponse(response.status, response.headers, collector.content())

    @contextlib.asynccontextmanager
    async def stream(
        self, url: str, *, headers: Mapping[str, str], idle_timeout: float
    ) -> AsyncIterator[AsyncStreamResponse]:
        session, slots = self._opened() or await self._open()
        # The stream holds one of the connector's connections while it lasts: it takes a
        # slot too, so that its idle timeout starts once a connection is free.
        async with slots:
            error: TransportError | None = None
            response: aiohttp.ClientResponse | None = None
            try:
                async with asyncio.timeout(idle_timeout):
                    response = await session.get(
                        url,
                        headers=headers,
                        allow_redirects=False,
                        proxy=self._proxy_url,
                        # The bytes as sent: a .gz file stays gzipped, even when a server
                        # labels it Content-Encoding: gzip.
                        auto_decompress=False,
                    )
            except TimeoutError:
                error = RequestTimeoutError(f"no answer within {idle_timeout:g} s")
            except Exception as exc:
                error = self._stream_error(exc)
            if error is not None:
                raise error
            assert response is not None
            try:
                if response.status == PROXY_AUTHENTICATION_REQUIRED and self._proxy is not None:
                    raise ProxyAuthenticationError("the proxy refused its credentials (HTTP 407)")
                yield _AiohttpStream(response, idle_timeout, self)
            finally:
                # Returns a fully read connection to the pool, closes any other.
                response.release()

    def _stream_error(self, exc: Exception) -> TransportError:
        """``exc`` of a stream as the same ``TransportError`` that ``send`` raises."""
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            return CertificateVerifyError(self._describe(exc))
        if isinstance(exc, aiohttp.ClientHttpProxyError):
            refused = exc.status == PROXY_AUTHENTICATION_REQUIRED
            return (ProxyAuthenticationError if refused else TransportError)(self._describe(exc))
        if isinstance(exc, aiohttp.ClientError | OSError):
            return TransportError(self._describe(exc))
        if isinstance(exc, self._socks_errors):
            return socks_error(exc, self._describe(exc))
        raise exc

    def _describe(self, exc: BaseException) -> str:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return redact(text, self._secrets)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        session, loop = self._session, self._loop
        self._session = self._loop = self._slots = None
        # From another loop nothing of the old one can be awaited: the session is
        # dropped, and the error that sent the caller here said to close it in its loop.
        if session is not None and loop is asyncio.get_running_loop():
            await session.close()


class _AiohttpStream:
    """``AsyncStreamResponse`` over an aiohttp response whose body is not read yet."""

    def __init__(
        self, response: aiohttp.ClientResponse, idle_timeout: float, owner: AsyncHTTPTransport
    ) -> None:
        self._response = response
        self._idle_timeout = idle_timeout
        self._owner = owner

    @property
    def status(self) -> int:
        return self._response.status

    @property
    def headers(self) -> Mapping[str, str]:
        return self._response.headers

    def chunks(self) -> AsyncIterator[bytes]:
        return _AiohttpChunks(self._response.content, self._idle_timeout, self._owner)


class _AiohttpChunks:
    """The body in pieces of at most 64 KiB, each awaited for at most ``idle_timeout``.

    A class rather than an async generator: one left unfinished holds nothing that
    needs the event loop to close it."""

    def __init__(
        self, content: aiohttp.StreamReader, idle_timeout: float, owner: AsyncHTTPTransport
    ) -> None:
        self._content = content
        self._idle_timeout = idle_timeout
        self._owner = owner

    def __aiter__(self) -> _AiohttpChunks:
        return self

    async def __anext__(self) -> bytes:
        content = self._content
        error: TransportError
        try:
            async with asyncio.timeout(self._idle_timeout):
                chunk = await content.read(_PIECE)
        except TimeoutError:
            error = RequestTimeoutError(f"no data for {self._idle_timeout:g} s")
        except Exception as exc:
            error = self._owner._stream_error(exc)
        else:
            if not chunk:
                raise StopAsyncIteration
            if not content.is_eof():
                # Buffered data comes back without yielding: let other tasks run.
                await asyncio.sleep(0)
            return chunk
        raise error
