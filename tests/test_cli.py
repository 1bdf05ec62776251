"""The ``tmdbfusion`` command: ``main(argv)`` against FakeTMDB over real sockets.

One real subprocess per subcommand family lives in ``test_cli_subprocess.py``; the
crawl's own tests are in ``test_crawl.py``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import socket
import stat
import sys
from operator import attrgetter
from pathlib import Path
from typing import Any

import msgspec
import pytest

from tests.endpoint_samples import sample_arguments
from tmdbfusion import ENDPOINTS, TMDBClient
from tmdbfusion.cli import main
from tmdbfusion.cli.exit_codes import exit_code
from tmdbfusion.cli.operations import parameters
from tmdbfusion.errors import (
    AuthenticationError,
    CertificateVerifyError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
)
from tmdbfusion.testing import FakeTMDB


@pytest.fixture
def env(fake_tmdb: FakeTMDB, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeTMDB:
    monkeypatch.delenv("TMDB_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("TMDB_API_KEY", fake_tmdb.api_key)
    monkeypatch.setenv("TMDB_BASE_URL", fake_tmdb.url)
    monkeypatch.setenv("TMDB_EXPORTS_BASE_URL", fake_tmdb.url)
    monkeypatch.setenv("TMDBFUSION_CONFIG", str(tmp_path / "config" / "config.toml"))
    return fake_tmdb


def run(capsys: pytest.CaptureFixture[Any], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def api_requests(fake: FakeTMDB) -> list[Any]:
    return [r for r in fake.requests if r.path.startswith("/3/")]


def direct_body(fake: FakeTMDB, path: str, **params: object) -> bytes:
    with TMDBClient(**fake.client_kwargs()) as client:
        return bytes(client.request("GET", path, params=params, type=msgspec.Raw))


# -- one subcommand per operation --------------------------------------------------


def _cli_arguments(endpoint: Any) -> list[str]:
    """The command line for an operation's sample arguments (tests/endpoint_samples)."""
    with TMDBClient(api_key="unused") as client:
        args, kwargs = sample_arguments(attrgetter(endpoint.qualname)(client))
    words = [str(a) for a in args]
    for name, value in kwargs.items():
        flag = "--" + name.replace("_", "-")
        if isinstance(value, bool):
            words.append(flag if value else "--no-" + flag[2:])
        elif isinstance(value, list):
            words += [flag, ",".join(str(v) for v in value)]
        else:
            words += [flag, str(value)]
    return words


V3 = [e for e in ENDPOINTS if e.path.startswith("/3/")]


@pytest.mark.parametrize("endpoint", V3, ids=lambda e: e.qualname)
def test_every_operation_has_a_subcommand_that_sends_it(
    env: FakeTMDB, endpoint: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, endpoint.resource, endpoint.name, *_cli_arguments(endpoint), "--format", "json"
    )
    assert code == 0, err
    sent = api_requests(env)
    assert len(sent) == 1
    assert sent[0].method == endpoint.method
    pattern = endpoint.path.replace("{", "(?P<").replace("}", ">[^/]+)")
    assert re.fullmatch(pattern, sent[0].path), sent[0].path
    assert json.loads(out) is not None or out.strip() == "null"


def test_v4_operations_take_a_user_token(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    token = env.v4.add_user("owner")
    argv = ["v4.lists", "create", "--name", "Heists", "--iso-639-1", "en", "--no-public"]
    code, out, err = run(capsys, *argv, "--user-access-token", token, "--format", "json")
    assert code == 0, err
    list_id = json.loads(out)["id"]
    assert env.last_request.json() == {"name": "Heists", "iso_639_1": "en", "public": 0}
    assert env.last_request.headers["Authorization"] == f"Bearer {token}"
    details = ["v4.lists", "details", str(list_id), "--format", "json"]
    assert run(capsys, *details)[0] == 4  # a private list, read without its owner's token
    code, out, err = run(capsys, *details, "--user-access-token", token)
    assert code == 0, err
    assert json.loads(out)["public"] is False
    assert token not in out + err
    code, _, err = run(capsys, "v4.account", "lists", "owner")
    assert code == 2
    assert "user_access_token" in err


def test_operation_arguments_reach_the_request(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["movies", "details", "550", "--append", "credits,images", "--language", "de"]
    code, out, _ = run(capsys, *argv, "--format", "json")
    assert code == 0
    (sent,) = api_requests(env)
    assert sent.path == "/3/movie/550"
    assert sent.query["append_to_response"] == "credits,images"
    assert sent.query["language"] == "de"
    answer = json.loads(out)
    assert answer["id"] == 550
    assert "credits" in answer and "images" in answer


def test_operation_help_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["movies", "details", "--help"])
    text = capsys.readouterr().out
    assert "MOVIE_ID" in text
    assert "--append-to-response A,B, --append A,B" in text
    assert "watch/providers" in text  # the allowed parts are listed
    assert "GET /3/movie/{movie_id}" in text
    assert "--language" in text and "ISO 639-1" in text


def test_top_level_help_names_commands_exit_codes_and_credentials(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--help"])
    assert raised.value.code == 0
    text = capsys.readouterr().out
    for word in ("api", "exports", "crawl", "fake", "demo", "profile", "movies", "search"):
        assert f"\n    {word} " in text
    assert "exit codes:" in text and "3 not found" in text
    assert "TMDB_API_KEY" in text and "--profile" in text


def test_parameter_kinds_come_from_the_annotations() -> None:
    (details,) = [e for e in ENDPOINTS if e.resource == "movies" and e.name == "details"]
    by_name = {p.name: p for p in parameters(details)}
    assert by_name["movie_id"].positional and by_name["movie_id"].kind == "int"
    assert by_name["append_to_response"].kind == "list"
    assert "credits" in by_name["append_to_response"].choices
    assert by_name["language"].kind == "text" and not by_name["language"].required
    (search,) = [e for e in ENDPOINTS if e.resource == "search" and e.name == "movie"]
    by_name = {p.name: p for p in parameters(search)}
    assert by_name["query"].required
    assert by_name["include_adult"].kind == "flag"


@pytest.mark.parametrize(
    ("argv", "call"),
    [
        (["movies", "details", "abc"], lambda c: c.movies.details("abc")),
        (["movies", "details", "0"], lambda c: c.movies.details(0)),
        (
            ["movies", "details", "550", "--append", "credits,bogus"],
            lambda c: c.movies.details(550, append_to_response=["credits", "bogus"]),
        ),
        (
            ["search", "movie", "--query", "alien", "--page", "501"],
            lambda c: c.search.movie(query="alien", page=501),
        ),
        (["trending", "movies", "fortnight"], lambda c: c.trending.movies("fortnight")),
        (
            ["discover", "movie", "--sort-by", "best"],
            lambda c: c.discover.movie(sort_by="best"),
        ),
        (
            ["changes", "movie_list", "--start-date", "2026-13-01"],
            lambda c: c.changes.movie_list(start_date="2026-13-01"),
        ),
    ],
)
def test_bad_arguments_fail_before_sending_with_the_library_message(
    env: FakeTMDB, argv: list[str], call: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with TMDBClient(**env.client_kwargs()) as client, pytest.raises((ValueError, TypeError)) as exc:
        call(client)
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert str(exc.value) in err
    assert out == ""
    assert env.requests == []


def test_missing_required_option_is_a_usage_error(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["search", "movie"])
    assert raised.value.code == 2
    assert "--query" in capsys.readouterr().err
    assert env.requests == []


def test_flags_send_true_and_false(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "search", "movie", "--query", "a", "--include-adult")[0] == 0
    assert run(capsys, "search", "movie", "--query", "a", "--no-include-adult")[0] == 0
    assert [r.query["include_adult"] for r in api_requests(env)] == ["true", "false"]


# -- output ------------------------------------------------------------------------


def test_raw_prints_tmdbs_bytes(env: FakeTMDB, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["movies", "details", "550", "--raw"]) == 0
    assert capsysbinary.readouterr().out == direct_body(env, "/3/movie/550")


def test_json_keeps_tmdbs_document(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "movies", "details", "550", "--format", "json")
    assert code == 0
    assert json.loads(out) == json.loads(direct_body(env, "/3/movie/550"))
    assert out.startswith("{\n  ")  # indented for reading


def test_ndjson_prints_a_pages_items_one_a_line(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "search", "movie", "--query", "alien", "--format", "ndjson")
    assert code == 0
    expected = json.loads(direct_body(env, "/3/search/movie", query="alien"))
    lines = out.splitlines()
    assert len(lines) == len(expected["results"]) == 3
    assert [json.loads(line)["id"] for line in lines] == [i["id"] for i in expected["results"]]


def test_ndjson_prints_other_answers_on_one_line(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "movies", "details", "550", "--format", "ndjson")
    assert code == 0
    assert out.count("\n") == 1
    assert json.loads(out)["id"] == 550


def test_default_format_is_json_when_piped(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "movies", "details", "550")
    assert code == 0
    assert json.loads(out)["id"] == 550


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_default_format_is_a_table_on_a_terminal(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["search", "movie", "--query", "alien"]) == 0
    text = terminal.getvalue()
    items = json.loads(direct_body(env, "/3/search/movie", query="alien"))["results"]
    assert "title" in text and "release_date" in text
    for item in items:
        assert str(item["id"]) in text
    assert "page 1 of 3" in text


def test_without_rich_a_terminal_gets_json_and_table_is_refused(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("tmdbfusion.cli.output.has_rich", lambda: False)
    code, _, err = run(capsys, "movies", "details", "550", "--format", "table")
    assert code == 2
    assert "pip install 'tmdbfusion[cli]'" in err
    assert env.requests == []
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["movies", "details", "550"]) == 0
    assert json.loads(terminal.getvalue())["id"] == 550


def test_table_of_a_document_is_a_tree(env: FakeTMDB, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["movies", "details", "550", "--append", "credits"]) == 0
    text = re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue())  # rich's bold
    assert "id: 550" in text
    assert "credits" in text and "cast (" in text


# -- pagination --------------------------------------------------------------------


def test_paginate_walks_every_page(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "search", "movie", "--query", "alien", "--paginate", "--format", "ndjson"
    )
    assert code == 0
    assert [r.query["page"] for r in api_requests(env)] == ["1", "2", "3"]
    assert all(r.query["query"] == "alien" for r in api_requests(env))
    assert len(out.splitlines()) == 9


def test_paginate_as_json_is_one_array(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "movies", "popular", "--paginate", "--format", "json")
    assert code == 0
    assert len(json.loads(out)) == 9


def test_paginate_says_when_pages_are_out_of_reach(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    page = {"page": 1, "results": [{"id": 1}], "total_pages": 600, "total_results": 12000}
    env.set_response("GET", "/3/movie/popular", page)
    code, out, err = run(capsys, "movies", "popular", "--paginate", "--max-pages", "2")
    assert code == 0
    assert "600 pages" in err and "501-600" in err
    assert [r.query["page"] for r in api_requests(env)] == ["1", "2"]
    assert json.loads(out) == [{"id": 1}, {"id": 1}]


def test_raw_paginate_prints_each_page(
    env: FakeTMDB, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["movies", "popular", "--paginate", "--raw"]) == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert [json.loads(line)["page"] for line in lines] == [1, 2, 3]


# -- api ---------------------------------------------------------------------------


def test_api_get_with_params(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "api", "GET", "/3/search/movie", "-p", "query=alien")
    assert code == 0
    (sent,) = api_requests(env)
    assert sent.path == "/3/search/movie" and sent.query["query"] == "alien"
    assert len(json.loads(out)["results"]) == 3


def test_api_paginate(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["api", "GET", "/3/search/movie", "-p", "query=alien", "--paginate"]
    code, out, _ = run(capsys, *argv, "--format", "ndjson")
    assert code == 0
    assert [(r.query["query"], r.query["page"]) for r in api_requests(env)] == [
        ("alien", "1"),
        ("alien", "2"),
        ("alien", "3"),
    ]
    assert len(out.splitlines()) == 9


def test_api_raw(env: FakeTMDB, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["api", "GET", "/3/movie/550", "--raw"]) == 0
    assert capsysbinary.readouterr().out == direct_body(env, "/3/movie/550")


def test_api_post_with_a_body(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["api", "POST", "/3/movie/550/rating", "-p", "session_id=s1", "--data", '{"value": 8}']
    code, out, _ = run(capsys, *argv)
    assert code == 0
    (sent,) = api_requests(env)
    assert sent.method == "POST" and sent.json() == {"value": 8}
    assert "status_code" in json.loads(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["api", "FETCH", "/3/movie/550"], "method must be one of"),
        (["api", "GET", "3/movie/550"], "path must start with '/'"),
        (["api", "GET", "/3/movie/550", "-p", "language"], "-p takes NAME=VALUE"),
        (["api", "POST", "/3/movie/550/rating", "--data", "{value"], "--data is not valid JSON"),
        (["api", "GET", "/3/movie/popular", "--paginate", "-p", "page=2"], "drop -p page"),
    ],
)
def test_api_bad_input_fails_before_sending(
    env: FakeTMDB, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert env.requests == []


# -- exit codes --------------------------------------------------------------------


def test_not_found_exits_3(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    env.not_found.add("/3/movie/551")
    code, out, err = run(capsys, "movies", "details", "551")
    assert (code, out) == (3, "")
    assert "NotFoundError" in err


def test_refused_credential_exits_4_without_printing_it(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TMDB_API_KEY", "wrong-key-0123456789")
    code, out, err = run(capsys, "movies", "details", "550")
    assert code == 4
    assert "AuthenticationError" in err
    assert "wrong-key-0123456789" not in out + err


def test_no_credential_exits_4_before_sending(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TMDB_API_KEY")
    code, _, err = run(capsys, "movies", "details", "550")
    assert code == 4
    assert "TMDB_API_KEY" in err and "tmdbfusion profile set" in err
    assert env.requests == []


def test_rate_limited_after_retries_exits_5(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    env.faults.fail_first, env.faults.fail_status, env.faults.retry_after = 10, 429, 0.0
    code, _, err = run(capsys, "movies", "details", "550")
    assert code == 5
    assert "RateLimitError" in err
    assert len(api_requests(env)) == 4  # the first try and the client's 3 retries


def test_server_error_exits_5(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    # A POST is not retried on 5xx, so the test need not wait out the back-off.
    env.faults.fail_first, env.faults.fail_status = 1, 503
    argv = ["movies", "add_rating", "550", "--value", "8", "--session-id", "s1"]
    code, _, err = run(capsys, *argv)
    assert code == 5
    assert "ServerError" in err


def test_exit_code_table() -> None:
    def api(cls: Any, status: int) -> Exception:
        return cls("x", http_status=status)  # type: ignore[no-any-return]

    assert exit_code(api(NotFoundError, 404)) == 3
    assert exit_code(api(AuthenticationError, 401)) == 4
    assert exit_code(api(RateLimitError, 429)) == 5
    assert exit_code(api(ServerError, 503)) == 5
    assert exit_code(TransportError("connection refused")) == 5
    assert exit_code(CertificateVerifyError("bad certificate")) == 1
    assert exit_code(ValueError("bad")) == 2
    assert exit_code(KeyboardInterrupt()) == 130
    assert exit_code(RuntimeError("?")) == 1


def test_unreachable_server_exits_5(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("TMDB_BASE_URL", f"http://127.0.0.1:{port}")
    code, _, err = run(capsys, "api", "POST", "/3/movie/550/rating", "--data", "{}")
    assert code == 5
    assert "TransportError" in err


# -- exports -----------------------------------------------------------------------


def test_exports_rows_as_ndjson(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    env.exports.add("movie", "2026-11-20", rows=5)
    code, out, _ = run(capsys, "exports", "movie", "--date", "2026-11-20", "--format", "ndjson")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    expected = env.exports.rows("movie", "2026-11-20", 5)
    assert [r["id"] for r in rows] == [json.loads(line)["id"] for line in expected]
    assert set(rows[0]) >= {"id", "original_title", "popularity", "adult", "video"}


def test_exports_limit_and_json(env: FakeTMDB, capsys: pytest.CaptureFixture[str]) -> None:
    env.exports.add("tv_series", "2026-11-20", rows=5)
    argv = ["exports", "tv_series", "--date", "2026-11-20", "--limit", "2", "--format", "json"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert len(json.loads(out)) == 2


def test_exports_missing_file_exits_3_with_the_url(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "exports", "movie", "--date", "2020-01-01")
    assert (code, out) == (3, "")
    assert "2020-01-01" in err and "movie_ids_01_01_2020.json.gz" in err


def test_exports_out_saves_the_file(
    env: FakeTMDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env.exports.add("person", "2026-11-20", rows=4)
    target = tmp_path / "people.json.gz"
    code, out, err = run(capsys, "exports", "person", "--date", "2026-11-20", "--out", str(target))
    assert code == 0, err
    assert out == ""
    assert gzip.decompress(target.read_bytes()).splitlines() == env.exports.rows(
        "person", "2026-11-20", 4
    )


def test_exports_need_no_credential_and_send_none(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TMDB_API_KEY")
    env.exports.add("keyword", "2026-11-20", rows=2)
    code, out, _ = run(capsys, "exports", "keyword", "--date", "2026-11-20", "--format", "ndjson")
    assert code == 0 and len(out.splitlines()) == 2
    (sent,) = env.requests
    assert "api_key" not in sent.query and "authorization" not in {h.lower() for h in sent.headers}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["films"], "kind must be one of movie, tv_series"),
        (["movie", "--date", "2026-02-30"], "date"),
        (["movie", "--limit", "-1"], "--limit must be an int >= 0"),
        (["movie", "--limit", "1", "--out", "x.gz"], "choose one"),
    ],
)
def test_exports_bad_input_fails_before_sending(
    env: FakeTMDB, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "exports", *argv)
    assert code == 2
    assert message in err
    assert env.requests == []


# -- profiles ----------------------------------------------------------------------


def set_profile(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, secret: str
) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(secret + "\n"))
    return run(capsys, "profile", "set", *argv)[0]


def test_profile_is_written_private_and_used(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_profile(monkeypatch, capsys, "work", "--language", "fr", secret=env.api_key) == 0
    path = Path(os.environ["TMDBFUSION_CONFIG"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    # The profile wins over the environment's (wrong) key.
    monkeypatch.setenv("TMDB_API_KEY", "wrong-key")
    code, out, _ = run(capsys, "movies", "details", "550", "--profile", "work")
    assert code == 0 and json.loads(out)["id"] == 550
    (sent,) = api_requests(env)
    assert sent.query["api_key"] == env.api_key and sent.query["language"] == "fr"


def test_profile_list_never_prints_a_credential(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "a-secret-token-0123456789"
    argv = ["work", "--credential", "access_token", "--base-url", "http://127.0.0.1:9"]
    assert set_profile(monkeypatch, capsys, *argv, secret=secret) == 0
    code, out, err = run(capsys, "profile", "list")
    assert code == 0
    assert "work: base_url=http://127.0.0.1:9, access_token (set)" in out
    assert secret not in out + err


def test_default_profile_fills_in_when_the_environment_has_no_credential(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_profile(monkeypatch, capsys, "default", secret=env.api_key) == 0
    monkeypatch.delenv("TMDB_API_KEY")
    assert run(capsys, "movies", "details", "550")[0] == 0
    assert api_requests(env)[0].query["api_key"] == env.api_key


def test_profile_remove(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_profile(monkeypatch, capsys, "work", secret=env.api_key) == 0
    assert run(capsys, "profile", "remove", "work")[0] == 0
    code, _, err = run(capsys, "movies", "details", "550", "--profile", "work")
    assert code == 2
    assert "no profile 'work'" in err and "tmdbfusion profile set work" in err
    assert env.requests == []


@pytest.mark.parametrize(
    ("argv", "secret", "message"),
    [
        (["bad name"], "k", "profile names are letters"),
        (["work"], "has space", "must be printable ASCII without spaces"),
        (["work"], "", "no api_key given"),
        (["work", "--base-url", "ftp://x"], "k", "base_url must be an http"),
    ],
)
def test_profile_set_refuses_what_the_client_would(
    env: FakeTMDB,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    secret: str,
    message: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(secret + "\n"))
    code, _, err = run(capsys, "profile", "set", *argv)
    assert code == 2
    assert message in err
    assert not Path(os.environ["TMDBFUSION_CONFIG"]).exists()


def test_a_readable_profiles_file_is_named_in_a_warning(
    env: FakeTMDB, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_profile(monkeypatch, capsys, "work", secret=env.api_key) == 0
    path = Path(os.environ["TMDBFUSION_CONFIG"])
    path.chmod(0o644)
    code, _, err = run(capsys, "movies", "details", "550", "--profile", "work")
    assert code == 0
    assert f"chmod 600 {path}" in err


def test_malformed_profiles_file_is_a_usage_error(
    env: FakeTMDB, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(os.environ["TMDBFUSION_CONFIG"])
    path.parent.mkdir(parents=True)
    path.write_text('[profiles.work]\napi_kee = "x"\n')
    code, _, err = run(capsys, "movies", "details", "550", "--profile", "work")
    assert code == 2
    assert "unknown key 'api_kee'" in err and "api_key" in err


def test_crawl_takes_a_profile(
    env: FakeTMDB,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert set_profile(monkeypatch, capsys, "work", secret=env.api_key) == 0
    monkeypatch.setenv("TMDB_API_KEY", "wrong-key")
    ids = tmp_path / "ids.txt"
    ids.write_text("550\n")
    argv = ["crawl", "movies.details", "--ids", str(ids), "--out", str(tmp_path / "o")]
    code, _, err = run(capsys, *argv, "--profile", "work")
    assert code == 0, err
    assert json.loads((tmp_path / "o" / "results.ndjson").read_text())["input"] == 550
