"""The blocking transport, on one pooled requests session created on first use."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence

import requests
import requests.adapters
import urllib3.exceptions

from ..errors import TransportError
from .response import HTTPResponse

_CHUNK = 64 * 1024


class SyncHTTPTransport:
    def __init__(self, *, timeout: float, max_connections: int) -> None:
        self._timeout = timeout
        self._max_connections = max_connections
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        # Threads beyond max_connections wait for their turn here, before the timeout
        # starts: a request queued behind slow ones has not been sent yet.
        self._slots = threading.BoundedSemaphore(max_connections)

    def _get_session(self) -> requests.Session:
        with self._lock:
            if self._session is None:
                session = requests.Session()
                # pool_block: threads beyond max_connections wait for a connection
                # instead of opening extra, unpooled ones.
                adapter = requests.adapters.HTTPAdapter(
                    pool_connections=1,
                    pool_maxsize=self._max_connections,
                    pool_block=True,
                    max_retries=0,
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
    ) -> HTTPResponse:
        session = self._get_session()
        with self._slots:
            return self._send(session, method, url, params=params, headers=headers, body=body)

    def _send(
        self,
        session: requests.Session,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
    ) -> HTTPResponse:
        deadline = time.monotonic() + self._timeout
        try:
            # requests' timeout bounds each socket read, not the whole answer, so a
            # server that trickles its body would never time out without this deadline.
            with session.request(
                method,
                url,
                params=list(params),
                headers=dict(headers),
                data=body,
                timeout=self._timeout,
                stream=True,
            ) as response:
                chunks = []
                for chunk in response.iter_content(_CHUNK):
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise requests.Timeout(f"no complete answer within {self._timeout}s")
                return HTTPResponse(response.status_code, response.headers, b"".join(chunks))
        except requests.Timeout as exc:
            raise TransportError(f"timed out: {type(exc).__name__}", timeout=True) from None
        except requests.RequestException as exc:
            # A read timeout while streaming the body surfaces as a ConnectionError.
            timed_out = any(
                isinstance(arg, urllib3.exceptions.ReadTimeoutError) for arg in exc.args
            )
            raise TransportError(f"{type(exc).__name__}: {exc}", timeout=timed_out) from None

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()
