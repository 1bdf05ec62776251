"""Issue 8, fault 6: no bad argument reaches the wire, on any operation of either client.

For every operation and every path and query parameter, the method is called with the
sample arguments and one bad value in that parameter's place. What counts as bad follows
from the parameter's annotation (the public contract), not from the validation table, so
a table entry that drifts from the signature fails here. Each call must raise TypeError
or ValueError naming the argument, without a request reaching FakeTMDB; the same calls
with good values must send exactly one request carrying the value as TMDB expects it.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime as dt
import inspect
import re
import signal
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal

import pytest

import tmdbfusion
from tests.endpoint_samples import sample_arguments
from tmdbfusion import AsyncTMDBClient, TMDBClient
from tmdbfusion._endpoint import Endpoint
from tmdbfusion.models.discover import AnyOf
from tmdbfusion.testing import FakeTMDB

# v3: the sample arguments cover v3 only; v4's refusals are in _async/test_v4.py.
ENDPOINTS: tuple[Endpoint[Any], ...] = tuple(
    e for e in tmdbfusion.ENDPOINTS if e.path.startswith("/3/")
)
# No retries and a short timeout: a call that wrongly reaches the fake answers at once,
# and nothing here may wait on the network.
CLIENT_OPTIONS: dict[str, Any] = {"rate_limit": None, "max_retries": 0, "timeout": 5.0}
CALL_SECONDS = 5.0
TEST_SECONDS = 60.0

# Marks the bad values given to credentials: an error message must never repeat them.
SECRET_MARK = "S3CRET"
SECRET_NAMES = frozenset({"session_id", "guest_session_id"})
# Status, type and release-type codes start at 0; every other id filter starts at 1.
CODE_FILTERS = frozenset({"with_status", "with_type", "with_release_type"})
NUMBERS_FROM_ZERO = frozenset({"season_number", "episode_number"})

NAN = float("nan")
INF = float("inf")
HUGE = 10**5000  # too many digits even for repr(): messages must still name the argument

# Values of a wrong type or out of range for an int, wherever an int belongs.
NOT_INT32: list[object] = [
    2**31,
    2**70,
    HUGE,
    -1,
    True,
    1.5,
    NAN,
    INF,
    b"550",
    bytearray(b"550"),
    memoryview(b"550"),
    {"a": 1},
    {550},
    object(),
]
# Lists are bad wherever one int belongs (id filters take them, so they are not above).
INT_IN_LIST: list[object] = [[1], (1,)]
NOT_TEXT: list[object] = [
    b"x",
    bytearray(b"x"),
    memoryview(b"x"),
    {"a": 1},
    {"x"},
    1,
    True,
    INF,
    NAN,
    "",
    "   ",
    ["en"],
    ("en",),
]
NOT_SECRET: list[object] = [
    f"{SECRET_MARK}".encode(),
    bytearray(SECRET_MARK.encode()),
    {SECRET_MARK: 1},
    {SECRET_MARK},
    [SECRET_MARK],
    (SECRET_MARK,),
    1,
    True,
    NAN,
    "",
    "  ",
]
BAD_BY_SHAPE: dict[str, list[object]] = {
    "int": ["550", *NOT_INT32, *INT_IN_LIST],
    "id": [0, None, "550", *NOT_INT32, *INT_IN_LIST],
    "number_from_zero": [None, "1", *NOT_INT32, *INT_IN_LIST],
    "int_or_digits": [
        *NOT_INT32,
        *INT_IN_LIST,
        0,
        "",
        "0",
        "19x9",
        "-1",
        " 1999",
        "1999 ",
        "12345",
        "\u0661\u0669\u0669\u0669",  # Arabic-Indic digits
        "1.5",
    ],
    "number": [NAN, INF, -INF, True, False, "7", b"7", {"a": 1}, [7], (7,), -1, 2**31, 2**70, HUGE],
    "bool": [1, 0, "true", "false", 1.0, NAN, b"1", {"a": 1}, [True]],
    "str": NOT_TEXT,
    "secret": NOT_SECRET,
    "date": [
        b"2020-01-01",
        20200101,
        True,
        NAN,
        "",
        "2020-1-1",
        "2020-13-01",
        "2020-02-30",
        "01/02/2020",
        "\uff12\uff10\uff12\uff10-01-01",  # full-width digits
        {"a": 1},
        [dt.date(2020, 1, 1)],
    ],
    "id_filter": [
        *NOT_INT32,
        "",
        " ",
        "abc",
        "18,",
        "|18",
        "18, 53",
        "18,53|12",
        "2147483648",
        "-1",
        "\u0661\u0668",
        frozenset({18}),
        [],
        [True],
        [1.5],
        ["18"],
        [[18]],
        [2**31],
        [-1],
        [None],
    ],
    "str_list": [
        b"en",
        bytearray(b"en"),
        {"a": 1},
        {"en"},
        1,
        True,
        NAN,
        "",
        " ",
        [],
        [1],
        [b"en"],
        ["en", ""],
        [["en"]],
        [None],
    ],
    "str_id": ["", " ", "a/b", ".", "..", 1, True, b"x", {"a": 1}, None, ["x"]],
    "secret_str_id": [f"{SECRET_MARK}/1", "..", "", " ", b"x", 1, None, [SECRET_MARK]],
    "int_or_str_id": [
        0,
        -1,
        2**31,
        2**70,
        HUGE,
        True,
        1.5,
        NAN,
        b"x",
        "",
        "a/b",
        "..",
        {"a": 1},
        None,
    ],
    # Values that are bad for any Literal; each parameter adds choices that belong to
    # the same name on other operations (e.g. a TV sort key on a movie discover).
    "choice": ["nope", "", b"x", 1, True, NAN, {"a": 1}, None],
    "append": [
        b"credits",
        bytearray(b"credits"),
        {"credits": 1},
        1,
        True,
        "nope",
        ["nope"],
        [1],
        [None],
    ],
}


def _good_values(name: str, shape: str, annotation: Any) -> list[tuple[object, str]]:
    """Values each shape promises to take, with the text TMDB must receive for them."""
    if shape in ("choice", "append"):
        options = _literal_options(annotation)
        if shape == "choice":
            return [(options[0], options[0]), (options[-1], options[-1])]
        return [
            ([options[0]], options[0]),
            ((options[0], options[-1]), f"{options[0]},{options[-1]}"),
            (f"{options[-1]}, {options[0]}", f"{options[-1]},{options[0]}"),
        ]
    table: dict[str, list[tuple[object, str]]] = {
        "int": [(7, "7")],
        "id": [(7, "7"), (2**31 - 1, "2147483647")],
        "number_from_zero": [(0, "0"), (2**31 - 1, "2147483647")],
        "int_or_digits": [(1999, "1999"), ("1999", "1999")],
        "number": [(0, "0"), (7, "7"), (7.5, "7.5")],
        "bool": [(True, "true"), (False, "false")],
        "str": [("en", "en")],
        "secret": [("session-2", "session-2")],
        "date": [
            ("2020-01-02", "2020-01-02"),
            (dt.date(2020, 1, 2), "2020-01-02"),
            (dt.datetime(2020, 1, 2, 3, 4), "2020-01-02"),
        ],
        "id_filter": [
            (18, "18"),
            ([18, 53], "18,53"),
            ((18,), "18"),
            ("18,53", "18,53"),
            ("18|53", "18|53"),
        ],
        "str_list": [("en", "en"), (["en", "null"], "en,null"), (("en",), "en")],
        "str_id": [("abc123", "abc123")],
        "secret_str_id": [("guest-2", "guest-2")],
        "int_or_str_id": [(7, "7"), ("abc123", "abc123")],
    }
    values = list(table[shape])
    if name in CODE_FILTERS:
        values.append((0, "0"))
    if name == "confirm":
        # lists.clear refuses anything but confirm=True: it cannot be undone.
        values.remove((False, "false"))
    return values


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def _literal_options(annotation: Any) -> tuple[str, ...]:
    (member,) = _members(annotation)
    if typing.get_origin(member) is collections.abc.Sequence:
        (member,) = typing.get_args(member)
    assert typing.get_origin(member) is Literal, annotation
    return typing.get_args(member)


def _shape(name: str, annotation: Any, *, in_path: bool) -> str:
    """What the annotation promises to take, in the words of BAD_BY_SHAPE."""
    members = _members(annotation)
    if len(members) == 1 and typing.get_origin(members[0]) is Literal:
        return "choice"
    if len(members) == 1 and typing.get_origin(members[0]) is collections.abc.Sequence:
        return "append"
    kinds = set(members)
    if kinds == {bool}:
        return "bool"
    if kinds == {float}:
        return "number"
    if kinds == {int}:
        if not in_path:
            return "int"
        return "number_from_zero" if name in NUMBERS_FROM_ZERO else "id"
    if kinds == {str}:
        if in_path:
            return "secret_str_id" if name in SECRET_NAMES else "str_id"
        return "secret" if name in SECRET_NAMES else "str"
    if kinds == {str, int}:
        return "int_or_str_id" if in_path else "int_or_digits"
    if kinds == {str, dt.date}:
        return "date"
    if kinds == {str, collections.abc.Sequence[str]}:
        return "str_list"
    if kinds == {int, str, collections.abc.Sequence[int], AnyOf}:
        return "id_filter"
    raise AssertionError(f"no shape for {name}: {annotation!r}")


@dataclass(frozen=True)
class Parameter:
    """One path or query parameter of an operation, as its Python method takes it."""

    name: str  # the Python argument name
    wire_name: str  # TMDB's name (dots kept); the path placeholder for path parameters
    shape: str
    annotation: Any
    position: int | None  # index among the positional arguments; None for keywords


def _parameters(endpoint: Endpoint[Any], method: Callable[..., Any]) -> list[Parameter]:
    hints = typing.get_type_hints(method)
    accepted = inspect.signature(method).parameters
    found: list[Parameter] = []
    for index, name in enumerate(endpoint.path_params):
        assert accepted[name].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, name
        shape = _shape(name, hints[name], in_path=True)
        found.append(Parameter(name, name, shape, hints[name], index))
    for wire_name in endpoint.query:
        name = wire_name.replace(".", "_")
        # Guards against a TypeError for an unknown keyword passing as a refusal.
        assert accepted[name].kind is inspect.Parameter.KEYWORD_ONLY, (endpoint, name)
        shape = _shape(name, hints[name], in_path=False)
        found.append(Parameter(name, wire_name, shape, hints[name], None))
    return found


_CHOICES_BY_NAME: dict[str, set[str]] = {}


def _other_choices(parameter: Parameter, client: Any) -> list[str]:
    """Choices the same parameter name takes on other operations, but not on this one."""
    if not _CHOICES_BY_NAME:
        for endpoint in ENDPOINTS:
            hints = typing.get_type_hints(_method(client, endpoint))
            for wire_name in endpoint.query:
                name = wire_name.replace(".", "_")
                if _shape(name, hints[name], in_path=False) in ("choice", "append"):
                    options = _literal_options(hints[name])
                    _CHOICES_BY_NAME.setdefault(name, set()).update(options)
    return sorted(
        _CHOICES_BY_NAME.get(parameter.name, set()) - set(_literal_options(parameter.annotation))
    )


def _short(value: object) -> str:
    try:
        return f"{value!r:.60}"
    except ValueError:  # an int too long for repr()
        return f"<int of {value.bit_length()} bits>" if isinstance(value, int) else "<?>"


@dataclass(frozen=True)
class Call:
    """One call of an operation's method, with one parameter's value replaced."""

    parameter: Parameter
    value: object
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.parameter.name}={_short(self.value)}"


def _with_value(
    parameter: Parameter, value: object, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Call:
    args_list = list(args)
    kwargs = dict(kwargs)
    if parameter.position is not None:
        args_list[parameter.position] = value
    else:
        kwargs[parameter.name] = value
    if parameter.name in SECRET_NAMES:
        # Both session ids at once is refused on its own account: test each one alone.
        for other in SECRET_NAMES - {parameter.name}:
            kwargs.pop(other, None)
    return Call(parameter, value, tuple(args_list), kwargs)


def bad_calls(endpoint: Endpoint[Any], client: Any) -> Iterator[Call]:
    method = _method(client, endpoint)
    args, kwargs = sample_arguments(method)
    for parameter in _parameters(endpoint, method):
        values = list(BAD_BY_SHAPE[parameter.shape])
        if parameter.shape in ("choice", "append"):
            for other in _other_choices(parameter, client)[:1]:
                values += [other] if parameter.shape == "choice" else [other, [other]]
        for value in values:
            if value is None and parameter.position is None:
                continue  # None is "not sent" for a query parameter
            yield _with_value(parameter, value, args, kwargs)


def good_calls(
    endpoint: Endpoint[Any], method: Callable[..., Any]
) -> Iterator[tuple[Call, str, str]]:
    """Calls with good values, each with the query value or path TMDB must receive."""
    args, kwargs = sample_arguments(method)
    for parameter in _parameters(endpoint, method):
        for value, sent in _good_values(parameter.name, parameter.shape, parameter.annotation):
            call = _with_value(parameter, value, args, kwargs)
            if parameter.position is None:
                yield call, parameter.wire_name, sent
            else:
                segments = dict(zip(endpoint.path_params, map(str, call.args), strict=False))
                segments[parameter.wire_name] = sent
                yield call, "", endpoint.path.format(**segments)


def refusal_problems(call: Call, error: BaseException | None) -> list[str]:
    """What is wrong with how ``call`` failed (nothing, if it was refused as it should)."""
    if error is None:
        return [f"{call}: accepted"]
    if not isinstance(error, TypeError | ValueError):
        return [f"{call}: raised {type(error).__name__}: {error}"]
    message = str(error)
    problems: list[str] = []
    if not re.search(rf"(?<!\w){re.escape(call.parameter.name)}(?!\w)", message):
        problems.append(f"{call}: the message does not name {call.parameter.name}: {message}")
    if SECRET_MARK in message:
        problems.append(f"{call}: the message repeats a credential: {message}")
    return problems


@pytest.fixture
def time_limit() -> Iterator[None]:
    """Fail a test that runs past TEST_SECONDS, whatever it is waiting on."""

    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise TimeoutError(f"the test took more than {TEST_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, TEST_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _method(client: Any, endpoint: Endpoint[Any]) -> Callable[..., Any]:
    method: Callable[..., Any] = attrgetter(endpoint.qualname)(client)
    return method


def _label(endpoint: Endpoint[Any]) -> str:
    return endpoint.operation_id


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=_label)
async def test_async_bad_values_never_leave(
    fake_tmdb: FakeTMDB, time_limit: None, endpoint: Endpoint[Any]
) -> None:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        method = _method(client, endpoint)
        problems: list[str] = []
        calls = 0
        for call in bad_calls(endpoint, client):
            calls += 1
            error: BaseException | None = None
            try:
                await asyncio.wait_for(method(*call.args, **call.kwargs), CALL_SECONDS)
            except Exception as raised:
                error = raised
            problems += refusal_problems(call, error)
    assert problems == []
    assert fake_tmdb.requests == []
    assert calls >= 5 * (len(endpoint.path_params) + len(endpoint.query))


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=_label)
def test_sync_bad_values_never_leave(
    fake_tmdb: FakeTMDB, time_limit: None, endpoint: Endpoint[Any]
) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        method = _method(client, endpoint)
        problems: list[str] = []
        calls = 0
        for call in bad_calls(endpoint, client):
            calls += 1
            error: BaseException | None = None
            try:
                method(*call.args, **call.kwargs)
            except Exception as raised:
                error = raised
            problems += refusal_problems(call, error)
    assert problems == []
    assert fake_tmdb.requests == []
    assert calls >= 5 * (len(endpoint.path_params) + len(endpoint.query))


def _delivery_problems(
    fake_tmdb: FakeTMDB, before: int, call: Call, query_name: str, expected: str
) -> list[str]:
    sent = fake_tmdb.requests[before:]
    if len(sent) != 1:
        return [f"{call}: {len(sent)} requests sent, expected 1"]
    request = sent[0]
    if query_name:
        got = request.query.get(query_name)
        return [] if got == expected else [f"{call}: sent {query_name}={got!r}, not {expected!r}"]
    return [] if request.path == expected else [f"{call}: path {request.path}, not {expected}"]


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=_label)
async def test_async_good_values_go_through(
    fake_tmdb: FakeTMDB, time_limit: None, endpoint: Endpoint[Any]
) -> None:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        method = _method(client, endpoint)
        args, kwargs = sample_arguments(method)
        await asyncio.wait_for(method(*args, **kwargs), CALL_SECONDS)
        assert len(fake_tmdb.requests) == 1
        problems: list[str] = []
        for call, query_name, expected in good_calls(endpoint, method):
            before = len(fake_tmdb.requests)
            await asyncio.wait_for(method(*call.args, **call.kwargs), CALL_SECONDS)
            problems += _delivery_problems(fake_tmdb, before, call, query_name, expected)
    assert problems == []


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=_label)
def test_sync_good_values_go_through(
    fake_tmdb: FakeTMDB, time_limit: None, endpoint: Endpoint[Any]
) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        method = _method(client, endpoint)
        args, kwargs = sample_arguments(method)
        method(*args, **kwargs)
        assert len(fake_tmdb.requests) == 1
        problems: list[str] = []
        for call, query_name, expected in good_calls(endpoint, method):
            before = len(fake_tmdb.requests)
            method(*call.args, **call.kwargs)
            problems += _delivery_problems(fake_tmdb, before, call, query_name, expected)
    assert problems == []


# client.request knows no operation: it refuses what no TMDB parameter can be.
BAD_GENERIC: list[object] = [
    b"550",
    bytearray(b"550"),
    memoryview(b"550"),
    {"a": 1},
    {"a"},
    frozenset({"a"}),
    NAN,
    INF,
    -INF,
    2**31,
    -(2**31) - 1,
    HUGE,
    [[1]],
    [(1,)],
    [None],
    [b"x"],
    [NAN],
    object(),
]
GOOD_GENERIC: list[tuple[object, str]] = [
    ("en-US", "en-US"),
    (550, "550"),
    (-1, "-1"),
    (7.5, "7.5"),
    (True, "true"),
    (False, "false"),
    (dt.date(2020, 1, 2), "2020-01-02"),
    ([18, "x", 1.5, False], "18,x,1.5,false"),
    ((18, 53), "18,53"),
]


def _generic_problems(value: object, error: BaseException | None) -> list[str]:
    if not isinstance(error, TypeError | ValueError):
        return [f"{_short(value)}: {'accepted' if error is None else repr(error)}"]
    if "year" not in str(error):
        return [f"{_short(value)}: the message does not name year: {error}"]
    return []


async def test_async_request_refuses_bad_params(fake_tmdb: FakeTMDB, time_limit: None) -> None:
    async with AsyncTMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        problems: list[str] = []
        for value in BAD_GENERIC:
            error: BaseException | None = None
            try:
                await asyncio.wait_for(
                    client.request("GET", "/3/movie/550", params={"year": value}), CALL_SECONDS
                )
            except Exception as raised:
                error = raised
            problems += _generic_problems(value, error)
        assert problems == []
        assert fake_tmdb.requests == []
        for value, sent in GOOD_GENERIC:
            await client.request("GET", "/3/movie/550", params={"year": value})
            assert fake_tmdb.last_request.query["year"] == sent
        assert len(fake_tmdb.requests) == len(GOOD_GENERIC)


def test_sync_request_refuses_bad_params(fake_tmdb: FakeTMDB, time_limit: None) -> None:
    with TMDBClient(**fake_tmdb.client_kwargs(), **CLIENT_OPTIONS) as client:
        problems: list[str] = []
        for value in BAD_GENERIC:
            error: BaseException | None = None
            try:
                client.request("GET", "/3/movie/550", params={"year": value})
            except Exception as raised:
                error = raised
            problems += _generic_problems(value, error)
        assert problems == []
        assert fake_tmdb.requests == []
        for value, sent in GOOD_GENERIC:
            client.request("GET", "/3/movie/550", params={"year": value})
            assert fake_tmdb.last_request.query["year"] == sent
        assert len(fake_tmdb.requests) == len(GOOD_GENERIC)
