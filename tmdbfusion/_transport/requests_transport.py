"""The blocking transport, on one pooled requests session created on first use.

The session ignores the environment (``trust_env`` off): no ``.netrc`` (which would
replace the bearer token with Basic auth), no per-request proxy lookup (the client
resolved its proxy once) and no ``REQUESTS_CA_BUNDLE`` (both clients trust the same
certificates: the system's, or ``ssl_context=``).
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import logging
import ssl
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import requests
import requests.adapters
import urllib3.exceptions
from urllib3.exceptions import ReadTimeoutError

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
from .deadline import Watchdog, watched_pool_classes
from .protocol import SyncStreamResponse, SyncTransport
from .proxy_errors import PROXY_AUTHENTICATION_REQUIRED, socks_error
from .response import HTTPResponse
from .tls import default_ssl_context

_CHUNK = 64 * 1024


class SyncHTTPTransport(SyncTransport):
    """Sends requests on one pooled ``requests.Session``; safe to share between threads."""

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
            require_extra("socks", feature=f"the {proxy.scheme}:// proxy", extra="socks")
        self._max_connections = max_connections
        self._max_response_bytes = max_response_bytes
        self._ssl_context = ssl_context
        self._secrets = tuple(secrets)
        self._proxies = (
            {"http": proxy.url_with_credentials(), "https": proxy.url_with_credentials()}
            if proxy is not None
            else {}
        )
        self._socks = proxy is not None and proxy.is_socks
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._watchdog = Watchdog()
        # Threads beyond max_connections wait for their turn here, before the timeout
        # starts: a request queued behind slow ones has not been sent yet.
        self._slots = threading.BoundedSemaphore(max_connections)

    def _get_session(self) -> requests.Session:
        with self._lock:
            if self._session is None:
                session = requests.Session()
                session.trust_env = False
                # No cookies, as in the async client: each request stands alone, and
                # threads sharing the session share no state through it.
                session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
                session.proxies.update(self._proxies)
                adapter = _Adapter(
                    self._ssl_context or default_ssl_context(),
                    pool_maxsize=self._max_connections,
                )
                session.mount("http://", adapter)
                session.mount("https://", adapter)
                self._session = session
            return self._session

    def send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
    ) -> HTTPResponse:
        session = self._get_session()
        with self._slots:
            error: TransportError
            with self._watchdog.start(timeout) as attempt:
                try:
                    return self._exchange(session, method, url, params, headers, body, timeout)
                except requests.exceptions.SSLError as exc:
                    verify_failed = "CERTIFICATE_VERIFY_FAILED" in str(exc)
                    kind = CertificateVerifyError if verify_failed else TransportError
                    error = kind(self._describe(exc))
                except requests.Timeout:
                    error = RequestTimeoutError(f"no answer within {timeout:g} s")
                except requests.exceptions.ProxyError as exc:
                    # The CONNECT of an https request refused: urllib3 says so in words.
                    refused = f"{PROXY_AUTHENTICATION_REQUIRED} Proxy Authentication" in str(exc)
                    error = (ProxyAuthenticationError if refused else TransportError)(
                        self._describe(exc)
                    )
                except (requests.RequestException, OSError) as exc:
                    # A read timeout while streaming the body arrives wrapped.
                    if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
                        error = RequestTimeoutError(self._describe(exc))
                    elif self._socks and "SOCKS" in str(exc):
                        error = socks_error(exc, self._describe(exc))
                    else:
                        error = TransportError(self._describe(exc))
                except Exception:
                    # The watchdog shut the socket under urllib3, which may then fail in
                    # unplanned ways; anything else is a bug to see as it is.
                    if not attempt.expired:
                        raise
                    error = RequestTimeoutError(f"no complete answer within {timeout:g} s")
            if attempt.expired:
                error = RequestTimeoutError(f"no complete answer within {timeout:g} s")
        # Raised outside the except blocks, so that no traceback or __context__ holds
        # requests' exception, whose URL carries the api_key.
        raise error

    def _exchange(
        self,
        session: requests.Session,
        method: str,
        url: str,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
    ) -> HTTPResponse:
        with session.request(
            method,
            url,
            params=list(params),
            headers=dict(headers),
            data=body,
            timeout=timeout,
            allow_redirects=False,
            stream=True,
        ) as response:
            if response.status_code == PROXY_AUTHENTICATION_REQUIRED and self._proxies:
                raise ProxyAuthenticationError("the proxy refused its credentials (HTTP 407)")
            collector = BodyCollector(self._max_response_bytes, response.headers)
            for chunk in response.iter_content(_CHUNK):
                collector.add(chunk)
            return HTTPResponse(
                response.status_code, MappingProxyType(response.headers), collector.content()
            )

    @contextlib.contextmanager
    def stream(
        self, url: str, *, headers: Mapping[str, str], idle_timeout: float
    ) -> Iterator[SyncStreamResponse]:
        # No slot and no watchdog: the download may last minutes, and requests' own
        # timeout is per socket read, which is what an idle timeout is. The pool for the
        # files' host is its own, so a stream never keeps an API call waiting.
        session = self._get_session()
        error: TransportError | None = None
        response: requests.Response | None = None
        try:
            response = session.get(
                url,
                headers=dict(headers),
                timeout=(idle_timeout, idle_timeout),
                allow_redirects=False,
                stream=True,
            )
        except Exception as exc:
            error = self._stream_error(exc, idle_timeout)
        if error is not None:
            raise error
        assert response is not None
        with response:  # closes a connection whose body was not read to the end
            if response.status_code == PROXY_AUTHENTICATION_REQUIRED and self._proxies:
                raise ProxyAuthenticationError("the proxy refused its credentials (HTTP 407)")
            yield _RequestsStream(response, idle_timeout, self)

    def _stream_error(self, exc: Exception, idle_timeout: float) -> TransportError:
        """``exc`` of a stream as the same ``TransportError`` that ``send`` raises."""
        if isinstance(exc, requests.exceptions.SSLError):
            verify_failed = "CERTIFICATE_VERIFY_FAILED" in str(exc)
            return (CertificateVerifyError if verify_failed else TransportError)(
                self._describe(exc)
            )
        if isinstance(exc, requests.Timeout | ReadTimeoutError):
            return RequestTimeoutError(f"no data for {idle_timeout:g} s")
        if isinstance(exc, requests.exceptions.ProxyError):
            refused = f"{PROXY_AUTHENTICATION_REQUIRED} Proxy Authentication" in str(exc)
            return (ProxyAuthenticationError if refused else TransportError)(self._describe(exc))
        if isinstance(exc, requests.RequestException | urllib3.exceptions.HTTPError | OSError):
            if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
                return RequestTimeoutError(f"no data for {idle_timeout:g} s")
            if self._socks and "SOCKS" in str(exc):
                return socks_error(exc, self._describe(exc))
            return TransportError(self._describe(exc))
        raise exc

    def _describe(self, exc: BaseException) -> str:
        return redact(f"{type(exc).__name__}: {exc}", self._secrets)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()


class _RequestsStream:
    """``SyncStreamResponse`` over a requests response made with ``stream=True``."""

    def __init__(
        self, response: requests.Response, idle_timeout: float, owner: SyncHTTPTransport
    ) -> None:
        self._response = response
        self._idle_timeout = idle_timeout
        self._owner = owner
        self.status = response.status_code
        self.headers: Mapping[str, str] = MappingProxyType(response.headers)

    def chunks(self) -> Iterator[bytes]:
        # urllib3's stream() rather than iter_content(), which always content-decodes:
        # the bytes as sent, a .gz file still gzipped.
        pieces = self._response.raw.stream(_CHUNK, decode_content=False)
        return _RequestsChunks(pieces, self._idle_timeout, self._owner)


class _RequestsChunks:
    """urllib3's pieces, its exceptions turned into ``TransportError``s."""

    def __init__(
        self, pieces: Iterator[bytes], idle_timeout: float, owner: SyncHTTPTransport
    ) -> None:
        self._pieces = pieces
        self._idle_timeout = idle_timeout
        self._owner = owner

    def __iter__(self) -> _RequestsChunks:
        return self

    def __next__(self) -> bytes:
        error: TransportError
        try:
            while True:
                chunk = next(self._pieces)
                if chunk:
                    return chunk
        except StopIteration:
            raise
        except Exception as exc:
            error = self._owner._stream_error(exc, self._idle_timeout)
        raise error


class _Adapter(requests.adapters.HTTPAdapter):
    """requests' adapter with our TLS context, no retries of its own, a bounded pool,
    and connections an attempt's deadline can reach (see ``deadline``)."""

    def __init__(self, ssl_context: ssl.SSLContext, *, pool_maxsize: int) -> None:
        self._ssl_context = ssl_context
        # pool_block: threads beyond the pool's size wait for a connection instead of
        # opening extra, unpooled ones.
        super().__init__(
            pool_connections=1, pool_maxsize=pool_maxsize, pool_block=True, max_retries=0
        )

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        manager = self.poolmanager
        manager.pool_classes_by_scheme = watched_pool_classes(manager.pool_classes_by_scheme)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        fresh = proxy not in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if fresh:
            manager.pool_classes_by_scheme = watched_pool_classes(manager.pool_classes_by_scheme)
        return manager

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> Any:
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, verify, cert
        )
        pool_kwargs["ssl_context"] = self._ssl_context
        return host_params, pool_kwargs

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # The SSL context decides what is trusted; requests would add certifi's bundle.
        pass


class _RedactingFilter(logging.Filter):
    """Masks credentials in urllib3's log records (its DEBUG line holds the whole URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


_LOGGERS_WITH_URLS = (
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
)
for _name in _LOGGERS_WITH_URLS:
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, _RedactingFilter) for f in _logger.filters):
        _logger.addFilter(_RedactingFilter())
