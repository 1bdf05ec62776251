"""No credential ever leaks: not in a log record, an exception or a traceback.

The credentials are the API key, the access token, a user's session id, a guest
session id and a proxy's password. Every test runs over real sockets (FakeTMDB,
``tests/scripted_server.py``, ``tests/proxy_servers.py``) with the ROOT logger at DEBUG
and ``urllib3``, ``aiohttp``, ``asyncio`` and ``tmdbfusion`` let through, and then scans
every formatted record (exc_info included), plus the ``str``, ``repr``, ``__dict__`` and
formatted traceback of every exception raised to the caller, its ``__cause__`` and
``__context__`` included, for each credential: as sent, percent-encoded, inside a
proxy's Basic auth, and any 12 characters of it (a cut-off secret is still a leak).
"""

from __future__ import annotations

import base64
import dataclasses
import gc
import html
import inspect
import json
import logging
import socket
import ssl
import traceback
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest

from tests.proxy_servers import HTTPProxy
from tests.scripted_server import Reply, Request, ScriptedServer, redirect, response, trickle
from tmdbfusion import (
    APIError,
    AsyncTMDBClient,
    AuthenticationError,
    CertificateVerifyError,
    DecodeError,
    NotFoundError,
    RequestTimeoutError,
    ServerError,
    TMDBError,
    TransportError,
)
from tmdbfusion.testing import FakeTMDB

from .conftest import FAST_RETRIES

API_KEY = "APIKEY-7f3a9c2e51b84d06"
ACCESS_TOKEN = "TOKEN-a61f0c94d7e2b358.9e7d"
SESSION_ID = "SESSION-4b1d9e7a2c6f8035"
GUEST_SESSION_ID = "GUEST-9c0e5a3f7b2d6148"
PROXY_USER = "tmdbuser"
PROXY_PASSWORD = "PROXYPW-d83b!6f0@a1c"  # characters that URLs must percent-encode
WRONG_PROXY_PASSWORD = "PROXYPW-WRONG-31c7e9b4"  # the user's own, mistyped: secret too
SECRETS = {
    "api key": API_KEY,
    "access token": ACCESS_TOKEN,
    "session id": SESSION_ID,
    "guest session id": GUEST_SESSION_ID,
    "proxy password": PROXY_PASSWORD,
    "wrong proxy password": WRONG_PROXY_PASSWORD,
}
WINDOW = 12  # this many consecutive characters of a secret count as a leak

ACCOUNT_PATH = "/3/account/1"
GUEST_PATH = f"/3/guest_session/{GUEST_SESSION_ID}/rated/movies"

# The generated sync twin uses TMDBClient, whose close() is no coroutine function.
SYNC = not inspect.iscoroutinefunction(AsyncTMDBClient.close)
# Loggers that must have logged at DEBUG during every test: the proof that the scan saw
# the library's own records, and (sync) urllib3's, which hold the whole URL.
DEBUG_FROM = ("tmdbfusion", "urllib3.connectionpool") if SYNC else ("tmdbfusion",)

_LOGGERS = (
    "tmdbfusion",
    "urllib3",
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
    "aiohttp",
    "aiohttp.client",
    "aiohttp.internal",
    "aiohttp.server",
    "aiohttp.access",
    "aiohttp.web",
    "asyncio",
)


def _needles() -> dict[str, list[tuple[str, str]]]:
    """For each secret, (form, text) for every form of it that would be a leak."""
    needles: dict[str, list[tuple[str, str]]] = {}
    for name, value in SECRETS.items():
        forms = {
            "as is": value,
            "percent-encoded": quote(value, safe=""),
            "form-encoded": quote_plus(value),
        }
        if "proxy" in name:
            basic = base64.b64encode(f"{PROXY_USER}:{value}".encode()).decode()
            forms["in Basic auth"] = basic
        found: dict[str, str] = {}
        for form, text in forms.items():
            found.setdefault(text, form)
            if form != "in Basic auth":
                for start in range(len(text) - WINDOW + 1):
                    part = text[start : start + WINDOW]
                    found.setdefault(part, f"{form}, in part: {part!r}")
        needles[name] = [(form, text) for text, form in found.items()]
    return needles


NEEDLES = _needles()


class _Records(logging.Handler):
    """Keeps every record the root logger sees, formatted at once (exc_info included)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(threadName)s] %(message)s"))
        self.records: list[tuple[logging.LogRecord, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record, self.format(record)))


class Scan:
    """Every text a secret could leak into during one test, with where it came from."""

    def __init__(self, handler: _Records) -> None:
        self._handler = handler
        self.texts: list[tuple[str, str]] = []

    def logged(self, name: str, level: int) -> list[str]:
        """The messages logged by ``name`` (or its children) at ``level``."""
        return [
            record.getMessage()
            for record, _ in self._handler.records
            if record.levelno == level and (record.name + ".").startswith(name + ".")
        ]

    def text(self, where: str, text: str) -> None:
        self.texts.append((where, text))

    def value(self, where: str, value: object) -> None:
        """``str`` and ``repr`` of ``value``, then of everything it holds."""
        self._walk(where, value, 0, set())

    def exception(self, where: str, exc: BaseException) -> None:
        """What the caller can see of an exception: ``str``, ``repr``, ``__dict__``, the
        formatted traceback, and the same of its cause and context."""
        self.text(f"{where}: formatted traceback", "".join(traceback.format_exception(exc)))
        self._exception(where, exc, set())

    def _exception(self, where: str, exc: BaseException, seen: set[int]) -> None:
        if id(exc) in seen:
            return
        seen.add(id(exc))
        name = type(exc).__name__
        self.text(f"str({where} {name})", _safe(str, exc))
        self.text(f"repr({where} {name})", _safe(repr, exc))
        for index, arg in enumerate(exc.args):
            self._walk(f"{where} {name}.args[{index}]", arg, 1, seen)
        for attribute, held in vars(exc).items():
            self._walk(f"{where} {name}.{attribute}", held, 1, seen)
        for index, inner in enumerate(getattr(exc, "exceptions", ()) or ()):
            self._exception(f"{where} {name}.exceptions[{index}]", inner, seen)
        if exc.__cause__ is not None:
            self._exception(f"{where} {name}.__cause__", exc.__cause__, seen)
        if exc.__context__ is not None:
            self._exception(f"{where} {name}.__context__", exc.__context__, seen)

    def _walk(self, where: str, value: object, depth: int, seen: set[int]) -> None:
        if isinstance(value, BaseException):
            self._exception(where, value, seen)
            return
        if isinstance(value, bytes | bytearray):
            self.text(where, bytes(value).decode("latin-1"))
            return
        if isinstance(value, str):
            self.text(where, value)
            return
        if id(value) in seen or depth > 5 or value is None:
            return
        seen.add(id(value))
        self.text(f"str({where})", _safe(str, value))
        self.text(f"repr({where})", _safe(repr, value))
        if isinstance(value, int | float | type) or inspect.isroutine(value):
            return
        if isinstance(value, Mapping):
            for key, held in list(value.items()):
                self._walk(f"{where}[{key!r}]", held, depth + 1, seen)
        elif isinstance(value, list | tuple | set | frozenset):
            for index, held in enumerate(value):
                self._walk(f"{where}[{index}]", held, depth + 1, seen)
        else:
            for attribute, held in _attributes(value):
                self._walk(f"{where}.{attribute}", held, depth + 1, seen)

    def assert_clean(self, *, debug_from: tuple[str, ...] = DEBUG_FROM) -> None:
        """Fail, saying where, if any secret shows anywhere; and fail if the scan saw
        nothing it should have seen (no DEBUG records from ``debug_from``)."""
        gc.collect()  # what __del__ methods log (aiohttp's "Unclosed response" ...) counts
        for index, (record, formatted) in enumerate(self._handler.records):
            self.text(f"log record {index} ({record.name} {record.levelname})", formatted)
        missing = [name for name in debug_from if not self.logged(name, logging.DEBUG)]
        seen = sorted({record.name for record, _ in self._handler.records})
        assert not missing, f"no DEBUG record from {missing}; records came from {seen}"
        assert self.texts, "nothing was scanned"
        leaks = []
        for where, text in self.texts:
            for secret, forms in NEEDLES.items():
                for form, needle in forms:
                    at = text.find(needle)
                    if at >= 0:
                        excerpt = text[max(0, at - 80) : at + len(needle) + 40]
                        leaks.append(f"- the {secret} ({form}) in {where}:\n    ...{excerpt}...")
                        break
        scanned = "\n".join(f"  {where}" for where, _ in self.texts)
        assert not leaks, (
            f"{len(leaks)} leak(s):\n" + "\n".join(leaks) + f"\n\nscanned ({len(self.texts)}):\n"
        ) + scanned


def _attributes(value: object) -> Iterator[tuple[str, object]]:
    names: list[str] = list(getattr(value, "__dict__", {}))
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    for name in dict.fromkeys(names):
        if name.startswith("__"):
            continue
        try:
            held = getattr(value, name)
        except AttributeError:
            continue
        yield name, held


def _safe(render: Any, value: object) -> str:
    try:
        return str(render(value))
    except Exception as exc:  # a broken __repr__ would hide the rest of the scan
        return f"<{render.__name__} failed: {exc!r}>"


@pytest.fixture
def scan() -> Iterator[Scan]:
    """A Scan whose handler sits on the ROOT logger at DEBUG for the test's duration."""
    handler = _Records()
    root = logging.getLogger()
    saved_root_level = root.level
    saved_disable = logging.root.manager.disable
    saved = {}
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = (logger.level, logger.propagate, logger.disabled)
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
    logging.disable(logging.NOTSET)
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield Scan(handler)
    finally:
        root.removeHandler(handler)
        root.setLevel(saved_root_level)
        logging.disable(saved_disable)
        for name, (level, propagate, disabled) in saved.items():
            logger = logging.getLogger(name)
            logger.setLevel(level)
            logger.propagate = propagate
            logger.disabled = disabled


@pytest.fixture(params=["api_key", "access_token"])
def auth(request: pytest.FixtureRequest) -> str:
    mode: str = request.param
    return mode


@pytest.fixture
def fake(fake_tmdb: FakeTMDB) -> Iterator[FakeTMDB]:
    """The session's FakeTMDB, accepting this module's key and token."""
    saved = fake_tmdb.api_key, fake_tmdb.access_token
    fake_tmdb.api_key, fake_tmdb.access_token = API_KEY, ACCESS_TOKEN
    try:
        yield fake_tmdb
    finally:
        fake_tmdb.api_key, fake_tmdb.access_token = saved


def _client(auth: str, base_url: str, *, max_retries: int = 0, **kwargs: Any) -> AsyncTMDBClient:
    credential = {"api_key": API_KEY} if auth == "api_key" else {"access_token": ACCESS_TOKEN}
    client = AsyncTMDBClient(
        **credential,
        base_url=base_url,
        max_retries=max_retries,
        rate_limit=None,
        trust_env=False,
        **kwargs,
    )
    client.retry_policy = dataclasses.replace(FAST_RETRIES, max_retries=max_retries)
    return client


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- successful calls ------------------------------------------------------------------


async def test_successful_calls_with_session_ids(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    async with _client(auth, fake.url) as client:
        scan.value("repr(client)", repr(client))
        account = await client.account.details(1, session_id=SESSION_ID)
        scan.value("account.details result", account)
        scan.value(
            "request() result",
            await client.request("GET", ACCOUNT_PATH, params={"session_id": SESSION_ID}),
        )
        rated = await client.guest_sessions.rated_movies(GUEST_SESSION_ID, page=1)
        scan.value("guest_sessions.rated_movies result", rated)
        raw = await client.with_raw_response.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.value("raw guest_sessions.rated_movies", raw)
        status = await client.movies.add_rating(550, value=8.5, guest_session_id=GUEST_SESSION_ID)
        assert status.success
    # The secrets did go out, so there was something to leak.
    assert [r.query.get("session_id") for r in fake.requests[:2]] == [SESSION_ID] * 2
    assert fake.requests[2].path == GUEST_PATH
    assert fake.requests[4].query.get("guest_session_id") == GUEST_SESSION_ID
    assert len(scan.logged("tmdbfusion", logging.DEBUG)) == 5
    if SYNC:
        assert any(ACCOUNT_PATH in m for m in scan.logged("urllib3", logging.DEBUG))
    scan.assert_clean()


# -- retried 5xx answers -----------------------------------------------------------------


async def test_retried_server_errors(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    async with _client(auth, fake.url, max_retries=3) as client:
        fake.faults.fail_first = 2
        await client.account.details(1, session_id=SESSION_ID)
        fake.faults.fail_first = 2
        await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
        fake.faults.fail_first = 100
        with pytest.raises(ServerError) as info:
            await client.request("GET", GUEST_PATH, params={"session_id": SESSION_ID})
        scan.exception("ServerError after retries", info.value)
    retries = scan.logged("tmdbfusion", logging.INFO)
    assert len(retries) == 2 + 2 + 3, retries
    assert all(m.startswith("retrying GET /3/") for m in retries), retries
    assert len(scan.logged("tmdbfusion", logging.DEBUG)) == 3 + 3 + 4
    scan.assert_clean()


# -- error answers -----------------------------------------------------------------------


async def test_not_found_raised_to_the_caller(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    fake.not_found.add(GUEST_PATH)
    fake.not_found.add(ACCOUNT_PATH)
    async with _client(auth, fake.url) as client:
        with pytest.raises(NotFoundError) as info:
            await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.exception("NotFoundError (guest session path)", info.value)
        assert info.value.path is not None and "guest_session" in info.value.path
        with pytest.raises(NotFoundError) as info:
            await client.account.details(1, session_id=SESSION_ID)
        scan.exception("NotFoundError (session id query)", info.value)
    scan.assert_clean()


async def test_refused_credentials_raised_to_the_caller(
    scan: Scan, fake_tmdb: FakeTMDB, auth: str
) -> None:
    # fake_tmdb expects its own key and token: ours get TMDB's 401 (status_code 7).
    async with _client(auth, fake_tmdb.url) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.account.details(1, session_id=SESSION_ID)
        scan.exception("AuthenticationError (session id query)", info.value)
        with pytest.raises(AuthenticationError) as info:
            await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.exception("AuthenticationError (guest session path)", info.value)
    assert info.value.status_code == 7
    scan.assert_clean()


# -- no answer at all --------------------------------------------------------------------


async def test_connection_refused(scan: Scan, auth: str) -> None:
    async with _client(auth, _closed_port_url(), max_retries=1) as client:
        with pytest.raises(TransportError) as info:
            await client.account.details(1, session_id=SESSION_ID)
        scan.exception("TransportError (refused, session id query)", info.value)
        with pytest.raises(TransportError) as info:
            await client.request("GET", GUEST_PATH, params={"session_id": SESSION_ID})
        scan.exception("TransportError (refused, guest path and session id)", info.value)
    assert len(scan.logged("tmdbfusion", logging.INFO)) == 2  # one retry per call
    scan.assert_clean()


async def test_dropped_connections(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    fake.faults.drop_connections = 100
    async with _client(auth, fake.url, max_retries=1) as client:
        with pytest.raises(TransportError) as info:
            await client.account.details(1, session_id=SESSION_ID)
        scan.exception("TransportError (dropped, session id query)", info.value)
        with pytest.raises(TransportError) as info:
            await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.exception("TransportError (dropped, guest path)", info.value)
    assert fake.requests and fake.requests[0].query.get("session_id") == SESSION_ID
    scan.assert_clean()


@pytest.mark.parametrize("stall", ["before-the-head", "mid-body"])
async def test_timeout(scan: Scan, auth: str, stall: str) -> None:
    if stall == "before-the-head":
        reply = Reply(response(), delay=5.0)
    else:
        reply = trickle(response(), 0.1, after_head=True)
    with ScriptedServer(lambda request: reply) as server:
        async with _client(auth, server.url, max_retries=1, timeout=0.2) as client:
            with pytest.raises(RequestTimeoutError) as info:
                await client.request("GET", GUEST_PATH, params={"session_id": SESSION_ID})
            scan.exception("RequestTimeoutError (guest path and session id)", info.value)
    assert info.value.timeout
    assert len(server.requests) == 2
    assert SESSION_ID.encode() in server.requests[0].head
    scan.assert_clean()


async def test_certificate_failure(
    scan: Scan, auth: str, tls_server_context: ssl.SSLContext
) -> None:
    # The system store does not know the test CA.
    with ScriptedServer(lambda request: Reply(response()), tls=tls_server_context) as server:
        async with _client(auth, server.url, max_retries=1) as client:
            with pytest.raises(CertificateVerifyError) as info:
                await client.account.details(1, session_id=SESSION_ID)
            scan.exception("CertificateVerifyError (session id query)", info.value)
            with pytest.raises(CertificateVerifyError) as info:
                await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
            scan.exception("CertificateVerifyError (guest path)", info.value)
    assert server.requests == []
    scan.assert_clean()


# -- bodies of the wrong shape ----------------------------------------------------------


async def test_decode_errors(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    fake.set_response("GET", GUEST_PATH, {"page": "first", "results": {"id": 1}})
    async with _client(auth, fake.url) as client:
        with pytest.raises(DecodeError) as info:
            await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.exception("DecodeError (guest_sessions.rated_movies)", info.value)
        assert info.value.path is not None and info.value.path.startswith("/3/guest_session/")
        assert info.value.operation == "guest_sessions.rated_movies"

        with pytest.raises(DecodeError) as info:
            await client.request("GET", GUEST_PATH, type=dict[str, int])
        scan.exception("DecodeError (request() on the guest path)", info.value)

        raw = await client.with_raw_response.guest_sessions.rated_movies(GUEST_SESSION_ID)
        scan.value("raw guest_sessions.rated_movies", raw)
        with pytest.raises(DecodeError) as info:
            raw.parse()
        scan.exception("DecodeError (RawResponse.parse on the guest path)", info.value)

        fake.faults.truncate_json = 1
        with pytest.raises(DecodeError) as info:
            await client.account.details(1, session_id=SESSION_ID)
        scan.exception("DecodeError (truncated, session id query)", info.value)
    scan.assert_clean()


# -- answers that echo the request -----------------------------------------------------


def _url_in_html(target: str, credential: str) -> bytes:
    return response(f"<h1>500</h1><p>GET {target}</p>".encode(), status=500)


def _escaped_url_in_html(target: str, credential: str) -> bytes:
    return response(f"<p>{html.escape(target)}</p>".encode(), status=502)


def _credential_in_html(target: str, credential: str) -> bytes:
    return response(f"<p>Bad credential {credential}</p>".encode(), status=500)


def _url_and_credential_in_tmdb_json(target: str, credential: str) -> bytes:
    message = f"Invalid API key: {target} {credential}"
    body = {"success": False, "status_code": 7, "status_message": message}
    return response(json.dumps(body).encode(), status=401)


def _url_in_location(target: str, credential: str) -> bytes:
    return redirect(302, f"http://login.example.invalid{target}")


def _percent_encoded_url_in_html(target: str, credential: str) -> bytes:
    return response(f'<a href="/login?next={quote(target, safe="")}">'.encode(), status=500)


def _credential_cut_by_snippet(target: str, credential: str) -> bytes:
    """A page whose first 120 characters (the snippet an error message quotes) end in
    the middle of the credential: 14 of its characters are in, the rest cut off."""
    lead = "Invalid API key: "
    text = "-" * (120 - 14 - len(lead)) + lead + credential + " (check it)"
    return response(text.encode(), status=500)


# name: (the status, what the server answers given the request's target and credential)
_ECHOES: dict[str, tuple[int, Callable[[str, str], bytes]]] = {
    "url-in-html-500": (500, _url_in_html),
    "escaped-url-in-html-502": (502, _escaped_url_in_html),
    "credential-in-html-500": (500, _credential_in_html),
    "url-and-credential-in-tmdb-json-401": (401, _url_and_credential_in_tmdb_json),
    "url-in-location-302": (302, _url_in_location),
    "percent-encoded-url-in-html-500": (500, _percent_encoded_url_in_html),
    "credential-cut-by-snippet-500": (500, _credential_cut_by_snippet),
}


def _echoing(make: Callable[[str, str], bytes]) -> Callable[[Request], Reply]:
    """A responder that echoes the request's target and credential as ``make`` says."""

    def respond(request: Request) -> Reply:
        line, *fields = request.head.decode("latin-1").split("\r\n")
        target = line.split(" ")[1]
        headers = {k.strip().lower(): v.strip() for k, _, v in (f.partition(":") for f in fields)}
        token = headers.get("authorization", "").removeprefix("Bearer ")
        key = parse_qs(urlsplit(target).query).get("api_key", [""])[0]
        return Reply(make(target, token or key))

    return respond


@pytest.mark.parametrize("echo", list(_ECHOES))
async def test_answers_that_echo_the_request(scan: Scan, auth: str, echo: str) -> None:
    status, make = _ECHOES[echo]
    with ScriptedServer(_echoing(make)) as server:
        async with _client(auth, server.url, max_retries=1) as client:
            with pytest.raises(APIError) as info:
                await client.request("GET", ACCOUNT_PATH, params={"session_id": SESSION_ID})
            scan.exception(f"{type(info.value).__name__} (echo, session id query)", info.value)
            assert info.value.http_status == status
            with pytest.raises(APIError) as info:
                await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
            scan.exception(f"{type(info.value).__name__} (echo, guest path)", info.value)
            assert info.value.http_status == status
    # What came back did hold the secrets.
    heads = b"".join(r.head for r in server.requests)
    assert SESSION_ID.encode() in heads and GUEST_SESSION_ID.encode() in heads
    if status >= 500:
        assert len(scan.logged("tmdbfusion", logging.INFO)) == 2  # one retry per call
    scan.assert_clean()


# -- through an HTTP proxy with a password -------------------------------------------


async def test_http_proxy_with_password(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    failure: TMDBError | None = None
    with HTTPProxy(credentials=(PROXY_USER, PROXY_PASSWORD)) as proxy:
        proxy_url = proxy.url_with(PROXY_USER, PROXY_PASSWORD)
        async with _client(auth, fake.url, proxy=proxy_url) as client:
            scan.value("repr(client)", repr(client))
            try:
                await client.account.details(1, session_id=SESSION_ID)
                await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
            except TMDBError as exc:  # not a leak in itself: scanned, then reported below
                failure = exc
                scan.exception(f"{type(exc).__name__} (through the proxy)", exc)
    scan.assert_clean()
    assert failure is None, f"the right proxy password was refused: {failure!r}"
    assert len(proxy.seen) == 2 and all(seen.authorized for seen in proxy.seen)
    assert proxy.seen[1].target.startswith(fake.url + GUEST_PATH)


async def test_http_proxy_with_wrong_password(scan: Scan, fake: FakeTMDB, auth: str) -> None:
    errors: list[TMDBError] = []
    with HTTPProxy(credentials=(PROXY_USER, PROXY_PASSWORD)) as proxy:
        proxy_url = proxy.url_with(PROXY_USER, WRONG_PROXY_PASSWORD)
        async with _client(auth, fake.url, proxy=proxy_url) as client:
            scan.value("repr(client)", repr(client))
            with pytest.raises(TMDBError) as info:
                await client.account.details(1, session_id=SESSION_ID)
            errors.append(info.value)
            scan.exception(f"{type(info.value).__name__} (wrong proxy password)", info.value)
            with pytest.raises(TMDBError) as info:
                await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
            errors.append(info.value)
            scan.exception(f"{type(info.value).__name__} (wrong proxy password)", info.value)
    scan.assert_clean()
    assert proxy.seen and not any(seen.authorized for seen in proxy.seen)
    assert fake.requests == []
    # No leak; but the proxy's 407 is no answer from TMDB.
    assert all(isinstance(error, TransportError) for error in errors), errors


@pytest.mark.parametrize("password", [PROXY_PASSWORD, WRONG_PROXY_PASSWORD], ids=["right", "wrong"])
async def test_https_through_proxy_tunnel_with_password(
    scan: Scan, auth: str, password: str, tls_server_context: ssl.SSLContext, trusted_ca: str
) -> None:
    origin = ScriptedServer(lambda request: Reply(response()), tls=tls_server_context)
    context = ssl.create_default_context(cafile=trusted_ca)
    with origin, HTTPProxy(credentials=(PROXY_USER, PROXY_PASSWORD)) as proxy:
        proxy_url = proxy.url_with(PROXY_USER, password)
        async with _client(auth, origin.url, proxy=proxy_url, ssl_context=context) as client:
            scan.value("repr(client)", repr(client))
            if password == PROXY_PASSWORD:
                await client.request("GET", ACCOUNT_PATH, params={"session_id": SESSION_ID})
                await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
                assert len(origin.requests) == 2
            else:
                with pytest.raises(TransportError) as info:
                    await client.request("GET", ACCOUNT_PATH, params={"session_id": SESSION_ID})
                scan.exception("TransportError (CONNECT refused, session id)", info.value)
                with pytest.raises(TransportError) as info:
                    await client.guest_sessions.rated_movies(GUEST_SESSION_ID)
                scan.exception("TransportError (CONNECT refused, guest path)", info.value)
                assert origin.requests == []
    assert proxy.seen and {seen.method for seen in proxy.seen} == {"CONNECT"}
    scan.assert_clean()
