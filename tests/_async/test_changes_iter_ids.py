"""client.changes.iter_ids: a range of any length, in windows of at most 14 days, every
page of each, each changed id once."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.scripted_server import Reply, Request, ScriptedServer, response
from tmdbfusion import AsyncTMDBClient
from tmdbfusion.testing import FakeTMDB

SINCE = dt.date(2026, 1, 1)
UNTIL = SINCE + dt.timedelta(days=40)
# Each window begins on the day the one before it ends.
WINDOWS = [
    ("2026-01-01", "2026-01-15"),
    ("2026-01-15", "2026-01-29"),
    ("2026-01-29", "2026-02-10"),
]


def _query(request: Request) -> tuple[str, dict[str, str]]:
    target = request.head.split(b" ", 2)[1].decode()
    parts = urlsplit(target)
    return parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}


def _changes_feed(request: Request) -> Reply:
    """Three pages a window; ids distinct per window and page, plus 1 and 2 on every
    page and the page's first id twice."""
    _, query = _query(request)
    window = [start for start, _ in WINDOWS].index(query["start_date"])
    page = int(query["page"])
    ids = [1, 2, 1000 * (window + 1) + 10 * page, 1000 * (window + 1) + 10 * page + 1]
    ids.append(ids[2])
    body = {
        "page": page,
        "total_pages": 3,
        "total_results": 3 * len(ids),
        "results": [{"id": i, "adult": False} for i in ids],
    }
    return Reply(response(json.dumps(body).encode()))


async def test_a_40_day_range_is_three_windows_every_page_each_id_once() -> None:
    with ScriptedServer(_changes_feed) as server:
        async with AsyncTMDBClient("k", base_url=server.url, rate_limit=None) as client:
            ids = [i async for i in client.changes.iter_ids("movie", SINCE, UNTIL)]
    expected = [1, 2]
    for window in (1, 2, 3):
        for page in (1, 2, 3):
            expected += [1000 * window + 10 * page, 1000 * window + 10 * page + 1]
    assert ids == expected
    asked = [_query(request) for request in server.requests]
    assert [path for path, _ in asked] == ["/3/movie/changes"] * 9
    assert [(q["start_date"], q["end_date"], q["page"]) for _, q in asked] == [
        (start, end, str(page)) for start, end in WINDOWS for page in (1, 2, 3)
    ]


@pytest.mark.parametrize(
    ("kind", "path"),
    [("movie", "/3/movie/changes"), ("tv", "/3/tv/changes"), ("person", "/3/person/changes")],
)
async def test_each_kind_walks_its_own_feed(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, kind: str, path: str
) -> None:
    """Every page of every window is read, and each id comes once, in the order it was
    first served."""
    ids = [i async for i in client.changes.iter_ids(kind, "2026-03-01", dt.date(2026, 3, 20))]
    assert len(fake_tmdb.requests) == 2 * 3  # two windows of three pages
    assert {r.path for r in fake_tmdb.requests} == {path}
    assert [
        (r.query["start_date"], r.query["end_date"], r.query["page"]) for r in fake_tmdb.requests
    ] == [
        (start, end, page)
        for start, end in (("2026-03-01", "2026-03-15"), ("2026-03-15", "2026-03-20"))
        for page in ("1", "2", "3")
    ]
    feed = getattr(
        client.changes, {"movie": "movie_list", "tv": "tv_list"}.get(kind, "people_list")
    )
    served = [
        item.id
        for start, end in (("2026-03-01", "2026-03-15"), ("2026-03-15", "2026-03-20"))
        for page in (1, 2, 3)
        for item in (await feed(start_date=start, end_date=end, page=page)).results
    ]
    assert len(served) == 6 * fake_tmdb.data.list_size
    assert ids == list(dict.fromkeys(served))


async def test_one_day_and_datetimes(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    # An aware datetime is taken in UTC: 23:30 on the 4th in New York's -05:00 is the 5th.
    since = dt.datetime(2026, 5, 4, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    until = dt.datetime(2026, 5, 5, 8, 0)
    assert [i async for i in client.changes.iter_ids("tv", since, until)]
    assert {(r.query["start_date"], r.query["end_date"]) for r in fake_tmdb.requests} == {
        ("2026-05-05", "2026-05-05")
    }


async def test_until_defaults_to_today_in_utc(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    today = dt.datetime.now(dt.UTC).date()
    since = today - dt.timedelta(days=3)
    assert [i async for i in client.changes.iter_ids("person", since)]
    ends = {r.query["end_date"] for r in fake_tmdb.requests}
    # The day may turn while the test runs.
    assert ends <= {today.isoformat(), (today + dt.timedelta(days=1)).isoformat()}
    assert {r.query["start_date"] for r in fake_tmdb.requests} == {since.isoformat()}


@pytest.mark.parametrize(
    ("kind", "since", "until", "error", "match"),
    [
        ("movies", "2026-01-01", None, ValueError, "movie, tv, person"),
        (None, "2026-01-01", None, TypeError, "kind is required: one of movie, tv, person"),
        (3, "2026-01-01", None, TypeError, "movie, tv, person"),
        ("movie", "2026-01-10", "2026-01-09", ValueError, "after"),
        ("movie", dt.date.today() + dt.timedelta(days=3), None, ValueError, "after today"),
        ("movie", "2026-13-01", None, ValueError, "since"),
        ("movie", "yesterday", None, ValueError, "since"),
        ("movie", None, None, TypeError, "since"),
        ("movie", 20260101, None, TypeError, "since"),
        ("movie", "2026-01-01", "2026/01/09", ValueError, "until"),
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    client: AsyncTMDBClient,
    fake_tmdb: FakeTMDB,
    kind: object,
    since: object,
    until: object,
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        client.changes.iter_ids(kind, since, until)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
