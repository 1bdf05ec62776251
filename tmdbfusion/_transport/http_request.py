"""An HTTP/1.1 request as bytes, and the origin (scheme, host, port) it goes to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple
from urllib.parse import quote, urlencode, urlsplit

# RFC 3986 pchar plus "/" and "%": a path that is already percent-encoded stays as it is.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_DEFAULT_PORTS = {"http": 80, "https": 443}
# aiohttp's parser decodes both; brotli would need an optional package.
_ACCEPT_ENCODING = "Accept-Encoding: gzip, deflate\r\n"


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.scheme}://{_host_header(self)}"


def _host_header(origin: Origin) -> str:
    host = f"[{origin.host}]" if ":" in origin.host else origin.host
    if origin.port == _DEFAULT_PORTS[origin.scheme]:
        return host
    return f"{host}:{origin.port}"


def encode_request(
    method: str,
    url: str,
    params: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes | None,
) -> tuple[Origin, bytes]:
    """The request's origin and its bytes, head and body, ready to write."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"cannot send a request to {url!r}: not an http:// or https:// URL")
    origin = Origin(scheme, parts.hostname, parts.port or _DEFAULT_PORTS[scheme])
    target = quote(parts.path or "/", safe=_PATH_SAFE)
    query = "&".join(q for q in (parts.query, urlencode(params)) if q)
    if query:
        target = f"{target}?{query}"
    lines = [f"{method} {target} HTTP/1.1\r\nHost: {_host_header(origin)}\r\n"]
    for name, value in headers.items():
        if "\r" in value or "\n" in value or "\r" in name or "\n" in name or ":" in name:
            raise ValueError(
                f"header {name!r}: names and values must not hold line breaks, nor names colons"
            )
        lines.append(f"{name}: {value}\r\n")
    lines.append(_ACCEPT_ENCODING)
    if body is not None or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body or b'')}\r\n")
    lines.append("\r\n")
    head = "".join(lines).encode("latin-1")
    return origin, head + body if body else head
