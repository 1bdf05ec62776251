"""Which proxy a client goes through, decided once when the client is created.

``proxy=`` wins; otherwise, under ``trust_env``, the usual environment variables
(``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY``, either case) are read once for
the base URL: the standard library reads the variables, ``bypasses_proxy`` applies
``NO_PROXY``. Neither HTTP library is asked to look them up per request: aiohttp's
``trust_env`` does that (and reads ``.netrc``) on every request, and requests' reads
``.netrc`` too.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from ._secret import REDACTED, Secret

SOCKS_SCHEMES = frozenset({"socks5", "socks5h"})
PROXY_SCHEMES = ("http", "socks5", "socks5h")
_DEFAULT_PORTS = {"http": 80, "socks5": 1080, "socks5h": 1080}


@dataclass(frozen=True, slots=True)
class Proxy:
    """A proxy's address and credentials; its ``repr`` never shows the password."""

    scheme: str
    host: str
    port: int
    username: str | None = None
    password: Secret | None = None

    @property
    def is_socks(self) -> bool:
        return self.scheme in SOCKS_SCHEMES

    @property
    def remote_dns(self) -> bool:
        """``socks5h``: the proxy resolves the API's host name, not this machine."""
        return self.scheme == "socks5h"

    @property
    def url(self) -> str:
        """The address alone, without credentials."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def url_with_credentials(self) -> str:
        """The address with its credentials, for libraries that read them from the URL."""
        if self.username is None:
            return self.url
        password = "" if self.password is None else ":" + quote(self.password.reveal(), safe="")
        return self.url.replace("://", f"://{quote(self.username, safe='')}{password}@", 1)

    def __repr__(self) -> str:
        shown = self.url if self.username is None else self.url.replace("://", f"://{REDACTED}@")
        return f"Proxy({shown!r})"

    __str__ = __repr__


def parse_proxy(value: object, *, source: str = "proxy") -> Proxy:
    """``value`` as a ``Proxy``, or a ValueError naming ``source`` (never the password)."""
    if not isinstance(value, str):
        raise TypeError(
            f"{source} must be a str such as 'http://host:3128', not {type(value).__name__}"
        )
    text = value.strip()
    if "://" not in text:
        # curl's rule, which HTTP_PROXY users rely on: no scheme means http.
        text = "http://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    shown = _without_password(text)
    if scheme not in PROXY_SCHEMES:
        raise ValueError(
            f"{source}: unsupported proxy scheme in {shown!r}; use one of "
            f"{', '.join(s + '://' for s in PROXY_SCHEMES)}"
        )
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{source}: invalid port in {shown!r}") from None
    if not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"{source}: expected scheme://[user:password@]host[:port], got {shown!r}")
    username = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return Proxy(
        scheme=scheme,
        host=parts.hostname,
        port=port if port is not None else _DEFAULT_PORTS[scheme],
        username=username,
        password=Secret(password) if password is not None else None,
    )


def resolve_proxy(proxy: object, *, trust_env: bool, base_url: str) -> Proxy | None:
    """The proxy for requests to ``base_url``: ``proxy`` if given, else the environment's."""
    if proxy is not None:
        return parse_proxy(proxy)
    if not trust_env:
        return None
    target = urlsplit(base_url)
    environment = urllib.request.getproxies_environment()
    found = environment.get(target.scheme) or environment.get("all")
    port = target.port or (443 if target.scheme == "https" else 80)
    if not found or bypasses_proxy(target.hostname or "", port, environment.get("no", "")):
        return None
    variable = f"{target.scheme.upper()}_PROXY" if environment.get(target.scheme) else "ALL_PROXY"
    return parse_proxy(found, source=f"the {variable} environment variable")


def bypasses_proxy(host: str, port: int | None, no_proxy: str) -> bool:
    """Whether ``NO_PROXY`` exempts ``host``: ``*``, a host or domain suffix (with or
    without a leading dot, optionally ``:port``), an IP address or a CIDR block, as curl
    and requests read it. (The standard library's matcher is undocumented and knows no
    CIDR blocks.)"""
    host = host.lower().strip("[]")
    address = _ip(host)
    for entry in (item.strip().lower() for item in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        if "/" in entry and address is not None:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                pass
            continue
        name, _, entry_port = entry.rpartition(":") if _has_port(entry) else (entry, "", "")
        if entry_port and port is not None and entry_port != str(port):
            continue
        name = name.strip("[]").lstrip(".")
        if host == name or host.endswith("." + name):
            return True
    return False


def _has_port(entry: str) -> bool:
    head, sep, tail = entry.rpartition(":")
    return bool(sep) and tail.isdigit() and (not head.count(":") or head.endswith("]"))


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", f":{REDACTED}@", 1)
