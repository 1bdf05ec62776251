"""Which proxy a client picks, decided once from its base URL (no server needed)."""

from __future__ import annotations

import pytest

from tmdbfusion._proxy import bypasses_proxy, resolve_proxy

TMDB = "https://api.themoviedb.org"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.parametrize(
    ("no_proxy", "bypassed"),
    [
        ("api.themoviedb.org:443", True),  # the scheme's default port counts
        ("api.themoviedb.org:8443", False),
        ("themoviedb.org", True),
        (".themoviedb.org", True),
        ("moviedb.org", False),
        ("*", True),
        ("", False),
    ],
)
def test_no_proxy_against_a_base_url_without_a_port(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str, bypassed: bool
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    proxy = resolve_proxy(None, trust_env=True, base_url=TMDB)
    assert (proxy is None) is bypassed
    if proxy is not None:
        assert (proxy.host, proxy.port) == ("proxy.example", 3128)


def test_cidr_blocks_and_addresses() -> None:
    assert bypasses_proxy("10.1.2.3", 443, "192.168.0.0/16, 10.0.0.0/8")
    assert not bypasses_proxy("11.1.2.3", 443, "10.0.0.0/8")
    assert bypasses_proxy("::1", 80, "::1")
    assert not bypasses_proxy("example.org", 80, "10.0.0.0/8")


def test_the_argument_wins_and_trust_env_false_reads_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    chosen = resolve_proxy("socks5h://me:pw@127.0.0.1:1080", trust_env=True, base_url=TMDB)
    assert chosen is not None and chosen.remote_dns and chosen.username == "me"
    assert "pw" not in repr(chosen)
    assert resolve_proxy(None, trust_env=False, base_url=TMDB) is None
