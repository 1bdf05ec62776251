"""``FakeTMDB``: a real HTTP server on 127.0.0.1 that answers like TMDB, offline."""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import random
import threading
import time
from collections import Counter
from collections.abc import Mapping
from types import TracebackType
from typing import Any, NamedTuple, Self
from urllib.parse import urlencode

import msgspec
from aiohttp import web

from .._checks.values import check_optional_count
from .._registry import ENDPOINTS
from ..models import StatusResponse
from ..ratelimit.local import RateLimiter
from .data import DataGenerator
from .defaults import DEFAULT_ACCESS_TOKEN, DEFAULT_API_KEY
from .exports import PATH as EXPORT_PATH
from .exports import FakeExports
from .faults import Faults
from .recording import RecordedRequest
from .routing import Router
from .search import search_kind
from .v4 import FakeV4

_JSON = "application/json;charset=utf-8"
_RECORDED = "tmdbfusion.recorded"
# TMDB's max-age is what is left of its own server cache: hours for most answers,
# minutes for trending.
_DEFAULT_MAX_AGE = 6 * 3600
_MAX_AGES = {"trending": 300}
_PRIVATE_PREFIXES = ("/3/authentication", "/3/account", "/3/guest_session")
_HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center>"
    b"</body></html>"
)
# Query parameters that do not choose which items a list holds (how they are written,
# who asks, which page): the rest (query, filters, sort_by ...) seed a list's items.
_NOT_SELECTING = frozenset(
    {
        "api_key",
        "page",
        "language",
        "append_to_response",
        "include_image_language",
        "include_video_language",
        "session_id",
        "guest_session_id",
    }
)
_CACHE_LIMIT = 4096
# What TMDB's body says with each failing HTTP status (TMDB-FACTS: the error table).
_FAILURES = {
    500: (11, "Internal error: Something went wrong, contact TMDb."),
    502: (43, "Couldn't connect to the backend server."),
    503: (9, "Service offline: This service is temporarily offline, try again later."),
    504: (24, "Your request to the backend server timed out. Try again."),
}
_RATE_LIMITED = (25, "Your request count (#) is over the allowed limit of (40).")


class _Override(NamedTuple):
    query: dict[str, str] | None
    status: int
    body: bytes
    headers: dict[str, str]

    def matches(self, query: Mapping[str, str]) -> bool:
        return self.query is None or all(query.get(k) == v for k, v in self.query.items())


def _query_text(value: object) -> str:
    # As the clients write them: booleans in lower case.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _status_body(status_code: int, message: str, *, success: bool = False) -> bytes:
    return msgspec.json.encode(
        {"success": success, "status_code": status_code, "status_message": message}
    )


class FakeTMDB:
    """An offline TMDB for tests and demos.

    ``with FakeTMDB() as fake:`` runs it in a background thread (works from sync and
    async code alike); ``async with FakeTMDB() as fake:`` runs it on the current loop.
    Point a client at ``fake.url`` with ``**fake.client_kwargs()``. It answers every
    operation in ``tmdbfusion.ENDPOINTS`` with generated data shaped like the models,
    checks auth as TMDB does, records ``fake.requests`` and injects ``fake.faults``.
    ``record_limit`` keeps only the latest that many requests (``None``: all of them);
    ``fake.status_counts`` counts every answer by status, whatever is kept. Each
    ``RecordedRequest`` carries the ``status`` it was answered (599: the connection
    was dropped or the handler failed, with no answer).

    Paged operations serve ``total_pages`` pages (``fake.data.total_pages``) of
    ``list_size`` items, the last one ``last_page_size`` items when given (``None``: a
    full page); pages beyond are empty, and ``total_results`` is the sum. Each page's
    items differ, drawn from the seed, the path, the query parameters that choose the
    items (``query``, filters, ``sort_by`` ...; not ``language`` or ``page``) and the
    page number, so the same request always gets the same answer. Search results are
    named after the query; ``NO_RESULTS_QUERY`` finds nothing.

    Like TMDB, a GET answered 200 carries ``Cache-Control: public, max-age=N`` (N from
    ``fake.max_ages`` by resource, else ``fake.default_max_age``) and a weak ``ETag``;
    ``If-None-Match`` with the current ETag is answered 304. Writes carry
    ``max-age=0``, authentication and account answers ``private, max-age=0``, errors
    no cache headers. Its rate limit (``faults.rate_limit``) is one budget for every
    client that reaches it, from any process, as TMDB's is per IP.
    """

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        access_token: str = DEFAULT_ACCESS_TOKEN,
        host: str = "127.0.0.1",
        port: int = 0,
        list_size: int = 3,
        total_pages: int = 3,
        seed: int = 0,
        latency: float = 0.0,
        record_limit: int | None = None,
        last_page_size: int | None = None,
    ) -> None:
        self.record_limit = check_optional_count("record_limit", record_limit, minimum=0)
        last_page_size = check_optional_count("last_page_size", last_page_size, minimum=0)
        if last_page_size is not None and last_page_size > list_size:
            raise ValueError(
                f"last_page_size must be at most list_size ({list_size}), got {last_page_size}"
            )
        self.api_key = api_key
        self.access_token = access_token
        self.host = host
        self.port = port
        self.seed = seed
        self._latency = latency
        self.faults = Faults(latency=latency)
        # The daily ID exports, served on this same server (exports_base_url=fake.url).
        self.exports = FakeExports(seed=seed)
        # TMDB v4: the auth flow, user tokens and lists kept in memory.
        self.v4 = FakeV4(access_token, api_key)
        self.data = DataGenerator(
            list_size=list_size, total_pages=total_pages, last_page_size=last_page_size
        )
        self.requests: list[RecordedRequest] = []
        self.status_counts: Counter[int] = Counter()
        self.max_ages: dict[str, int] = dict(_MAX_AGES)
        self.default_max_age = _DEFAULT_MAX_AGE
        self.not_found: set[str] = set()
        self.max_in_flight = 0
        self._in_flight = 0
        self._generation = 0
        self._overrides: dict[tuple[str, str], list[_Override]] = {}
        self._cache: dict[tuple[str, str, str], bytes] = {}
        self._router = Router(ENDPOINTS)
        self._random = random.Random(seed)
        self._limiter: RateLimiter | None = None
        self._limiter_rate: float | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None

    # -- configuration ---------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client_kwargs(self) -> dict[str, Any]:
        """Arguments pointing a client here: ``AsyncTMDBClient(**fake.client_kwargs())``."""
        return {"api_key": self.api_key, "base_url": self.url, "exports_base_url": self.url}

    def set_response(
        self,
        method: str,
        path: str,
        body: bytes | str | Mapping[str, Any] | list[Any],
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
    ) -> None:
        """Answer ``method path`` (exact, e.g. ``/3/movie/550``) with this body from now on.

        ``body`` is sent as is (``bytes``, ``str``) or as JSON (a mapping or a list),
        with ``status`` and ``headers`` added to the usual ones. With ``query`` (e.g.
        ``{"query": "alien", "page": 2}``), only requests whose query string holds those
        parameters with those values get this answer: other parameters may be there too,
        values are compared as text (``True`` as ``"true"``, ``2`` as ``"2"``). An
        override with a query wins over one without; of several that match, the one
        with the most parameters, then the latest. Setting the same ``method``,
        ``path`` and ``query`` again replaces the earlier answer. ``reset()`` forgets
        them all. Faults still come first, and ``If-None-Match`` still gets a 304.
        """
        if isinstance(body, str):
            raw = body.encode()
        elif isinstance(body, bytes):
            raw = body
        else:
            raw = msgspec.json.encode(body)
        wanted = None if query is None else {k: _query_text(v) for k, v in query.items()}
        override = _Override(wanted, status, raw, dict(headers or {}))
        kept = self._overrides.setdefault((method.upper(), path), [])
        kept[:] = [o for o in kept if o.query != wanted]
        kept.append(override)

    def _override(self, rec: RecordedRequest) -> _Override | None:
        best: _Override | None = None
        for override in self._overrides.get((rec.method, rec.path), ()):
            if not override.matches(rec.query):
                continue
            size = -1 if override.query is None else len(override.query)
            if best is None or size >= (-1 if best.query is None else len(best.query)):
                best = override
        return best

    def reset(self) -> None:
        """Forget requests, faults, overrides, missing ids, export files and v4 state
        (latency returns to its start)."""
        self.faults = Faults(latency=self._latency)
        self.exports = FakeExports(seed=self.seed)
        self.v4 = FakeV4(self.access_token, self.api_key)
        self.requests.clear()
        self.status_counts.clear()
        self.max_ages = dict(_MAX_AGES)
        self.default_max_age = _DEFAULT_MAX_AGE
        self._overrides.clear()
        self.not_found.clear()
        # Handlers of earlier tests may still be running (e.g. behind latency): they no
        # longer count towards what is in flight now.
        self._generation += 1
        self._in_flight = 0
        self.max_in_flight = 0

    @property
    def last_request(self) -> RecordedRequest:
        if not self.requests:
            raise AssertionError("FakeTMDB has received no request")
        return self.requests[-1]

    # -- running -----------------------------------------------------------------------

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=1024**2)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        app.on_response_prepare.append(self._on_prepare)
        return app

    async def _on_prepare(self, request: web.Request, response: web.StreamResponse) -> None:
        # A streamed answer (an export file) is prepared, and its status known, before
        # its body is sent: record it then, not when the last byte has gone.
        recorded = request.get(_RECORDED)
        if isinstance(recorded, RecordedRequest) and recorded.status is None:
            self._record_status(recorded, response.status)

    def _record_status(self, recorded: RecordedRequest, status: int) -> None:
        recorded.status = status
        self.status_counts[status] += 1

    async def start_async(self) -> None:
        """Serve on the running event loop."""
        self._runner = web.AppRunner(self._app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]

    async def stop_async(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start_async()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop_async()

    def start(self) -> Self:
        """Serve from a background thread with its own event loop."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._stopped = asyncio.Event()
            try:
                loop.run_until_complete(self.start_async())
            except BaseException as exc:  # pragma: no cover - reported to the caller
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_until_complete(self._stopped.wait())
                loop.run_until_complete(self.stop_async())
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="FakeTMDB", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        if self._thread is None or self._loop is None or self._stopped is None:
            return
        self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"FakeTMDB(url={self.url!r}, requests={len(self.requests)})"

    # -- answering ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        recorded = RecordedRequest(
            method=request.method,
            path=request.path,
            query={k: v for k, v in request.query.items()},
            headers={k: v for k, v in request.headers.items()},
            body=body,
            received_at=time.monotonic(),
        )
        request[_RECORDED] = recorded
        self.requests.append(recorded)
        if self.record_limit is not None and len(self.requests) > self.record_limit:
            # A long-running fake (the command line, a benchmark) keeps only the latest.
            del self.requests[: len(self.requests) - self.record_limit]
        generation = self._generation
        self._in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self._in_flight)
        status = 599  # a dropped connection or a handler that failed
        try:
            response = await self._answer(request, recorded)
            status = response.status
            return response
        finally:
            if recorded.status is None:
                self._record_status(recorded, status)
            if generation == self._generation:
                self._in_flight -= 1

    async def _answer(self, request: web.Request, rec: RecordedRequest) -> web.StreamResponse:
        exported = EXPORT_PATH.fullmatch(rec.path)
        if exported is not None and rec.method == "GET":
            # The files host: no credential, no rate limit, none of the API's faults.
            kind, month, day, year = exported.groups()
            try:
                date = datetime.date(int(year), int(month), int(day))
            except ValueError:
                date = None
            if date is not None:
                return await self.exports.serve(request, kind, date)
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        faults = self.faults
        v4 = rec.path.startswith("/4/")
        if v4:
            refused = self.v4.authorize(rec)
            if refused is not None:
                return self._json(refused[0], refused[1])
        elif not self._authorized(rec):
            return self._json(
                401, _status_body(7, "Invalid API key: You must be granted a valid key.")
            )
        limited = self._over_limit()
        if limited is not None:
            return limited
        if faults.drop_connections > 0:
            faults.drop_connections -= 1
            if request.transport is not None:
                request.transport.close()
            raise asyncio.CancelledError
        if faults.latency > 0:
            await asyncio.sleep(faults.latency)
        if faults.fail_first > 0:
            faults.fail_first -= 1
            return self._failure(faults.fail_status)
        if faults.html_errors > 0:
            faults.html_errors -= 1
            return web.Response(
                status=faults.html_status, body=_HTML_PAGE, content_type="text/html"
            )
        if faults.random_5xx > 0 and self._random.random() < faults.random_5xx:
            return self._failure(self._random.choice((500, 503)))
        overridden = self._override(rec) is not None
        answered = self.v4.answer(rec) if v4 and not overridden else None
        status, payload, headers = answered if answered is not None else self._payload(rec)
        if 200 <= status < 300 and faults.truncate_json > 0:
            faults.truncate_json -= 1
            payload = payload[: max(1, len(payload) // 2)]
        headers = {**self._cache_headers(rec, status, payload), **headers}
        etag = headers.get("ETag")
        if status == 200 and etag is not None and request.headers.get("If-None-Match") == etag:
            not_modified = web.Response(status=304)
            not_modified.headers.update(headers)
            return not_modified
        if faults.slow_body > 0:
            return await self._trickle(request, status, payload, headers)
        response = self._json(status, payload)
        response.headers.update(headers)
        return response

    def _cache_headers(self, rec: RecordedRequest, status: int, payload: bytes) -> dict[str, str]:
        if not 200 <= status < 300:
            return {}  # TMDB's errors carry no cache headers
        if rec.path.startswith("/4/"):
            # A user's data; list details bring their own header (fake.v4).
            return {"Cache-Control": "private, max-age=0"}
        if rec.path.startswith(_PRIVATE_PREFIXES):
            return {"Cache-Control": "private, max-age=0"}
        if rec.method != "GET":
            return {"Cache-Control": "public, max-age=0"}
        found = self._router.match(rec.method, rec.path)
        resource = found[0].resource if found is not None else ""
        max_age = self.max_ages.get(resource, self.default_max_age)
        etag = 'W/"' + hashlib.blake2b(payload, digest_size=12).hexdigest() + '"'
        return {"Cache-Control": f"public, max-age={max_age}", "ETag": etag}

    def _authorized(self, rec: RecordedRequest) -> bool:
        if rec.query.get("api_key") == self.api_key:
            return True
        return rec.headers.get("Authorization") == f"Bearer {self.access_token}"

    def _over_limit(self) -> web.Response | None:
        faults = self.faults
        if faults.rate_limit != self._limiter_rate:
            self._limiter_rate = faults.rate_limit
            self._limiter = RateLimiter(faults.rate_limit) if faults.rate_limit else None
        too_many = faults.max_connections is not None and self._in_flight > faults.max_connections
        if not too_many and self._limiter is not None and self._limiter.reserve() > 0:
            self._limiter.refund()
            too_many = True
        if not too_many:
            return None
        return self._failure(429)

    def _failure(self, status: int) -> web.Response:
        """A failure as TMDB sends it: its code for the status; a 429 with Retry-After."""
        if status == 429:
            response = self._json(429, _status_body(*_RATE_LIMITED))
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
            return response
        code, message = _FAILURES.get(status, _FAILURES[500])
        return self._json(status, _status_body(code, message))

    def _payload(self, rec: RecordedRequest) -> tuple[int, bytes, dict[str, str]]:
        override = self._override(rec)
        if override is not None:
            return override.status, override.body, override.headers
        if rec.path in self.not_found:
            return 404, _status_body(34, "The resource you requested could not be found."), {}
        found = self._router.match(rec.method, rec.path)
        if found is None:
            if self._router.allows_path(rec.path):
                return 405, _status_body(42, "Invalid method."), {}
            return 404, _status_body(34, "The resource you requested could not be found."), {}
        endpoint, params = found
        page = rec.query.get("page", "1")
        if not page.isdigit() or not 1 <= int(page) <= 500:
            return 400, _status_body(22, "Invalid page: Pages start at 1 and max at 500."), {}
        parts = [p for p in rec.query.get("append_to_response", "").split(",") if p]
        if len(parts) > 20:
            return 400, _status_body(27, "Too many append to response objects."), {}
        data = self.data
        selecting = urlencode(
            sorted(
                (k, v)
                for k, v in rec.query.items()
                if endpoint.paged and k in endpoint.query and k not in _NOT_SELECTING
            )
        )
        key = (
            rec.method,
            rec.path,
            f"{page}|{','.join(sorted(parts))}|{data.list_size}|{data.total_pages}"
            f"|{data.last_page_size}|{selecting}",
        )
        cached = self._cache.get(key)
        if cached is None and endpoint.response_type is StatusResponse:
            cached = _status_body(1, "Success.", success=True)
        if cached is None:
            first = next(iter(params.values()), None)
            entity_id: int | str | None = None
            if first is not None:
                entity_id = int(first) if first.isdigit() else first
            seed = f"{self.seed}:{rec.method}:{rec.path}"
            kind = search_kind(rec.path)
            value = self.data.payload(
                endpoint.response_type,
                seed=seed,
                appended=set(parts) & endpoint.appendable,
                page=int(page),
                entity_id=entity_id,
                items_seed=f"{seed}?{selecting}",
                search=None if kind is None else (kind, rec.query.get("query", "")),
            )
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()  # a long-running fake sees endless queries
            cached = self._cache[key] = msgspec.json.encode(value)
        return 200 if rec.method == "GET" else 201, cached, {}

    async def _trickle(
        self, request: web.Request, status: int, payload: bytes, headers: Mapping[str, str]
    ) -> web.StreamResponse:
        response = web.StreamResponse(status=status, headers={"Content-Type": _JSON, **headers})
        response.content_length = len(payload)
        await response.prepare(request)
        pieces = 10
        step = max(1, len(payload) // pieces)
        try:
            for index in range(0, len(payload), step):
                await response.write(payload[index : index + step])
                await asyncio.sleep(self.faults.slow_body / pieces)
            await response.write_eof()
        except ConnectionResetError:
            pass  # the client gave up (timed out) while we were trickling
        return response

    @staticmethod
    def _json(status: int, payload: bytes) -> web.Response:
        return web.Response(status=status, body=payload, headers={"Content-Type": _JSON})
