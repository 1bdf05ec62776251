"""What the clients store in a cache backend: TMDB's bytes, framed with their metadata.

An entry is the status, ETag, content type, when it was stored and until when it is
fresh, and the body exactly as TMDB sent it, never a decoded object, so a change to
the models cannot poison a cache. The frame is a 4-byte tag and a msgpack array; any
other bytes under a key (another version, another program's value) read as a miss.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

import msgspec

from .._headers import Headers
from .._transport.response import HTTPResponse
from .policy import CachePolicy

_TAG = b"TFC1"


class CachedResponse(msgspec.Struct, array_like=True, frozen=True):
    status: int
    etag: str | None
    content_type: str | None
    stored_at: float
    expires_at: float
    body: bytes

    def is_fresh(self, now: float) -> bool:
        return now < self.expires_at

    def to_response(self, now: float) -> HTTPResponse:
        headers = [("Age", str(max(0, int(now - self.stored_at))))]
        if self.content_type is not None:
            headers.append(("Content-Type", self.content_type))
        if self.etag is not None:
            headers.append(("ETag", self.etag))
        return HTTPResponse(self.status, Headers(headers), self.body)


_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(CachedResponse)


def encode_entry(entry: CachedResponse) -> bytes:
    return _TAG + _encoder.encode(entry)


def decode_entry(data: bytes) -> CachedResponse | None:
    """The entry in ``data``, or None when the bytes are not one of ours."""
    if not data.startswith(_TAG):
        return None
    try:
        return _decoder.decode(memoryview(data)[len(_TAG) :])
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


class CacheControl(NamedTuple):
    max_age: float | None = None
    no_store: bool = False
    private: bool = False


_MAX_AGE = re.compile(r'max-age\s*=\s*"?(\d+)')
_NO_DIRECTIVES = CacheControl()


def parse_cache_control(headers: Mapping[str, str]) -> CacheControl:
    value = headers.get("Cache-Control")
    if not value:
        return _NO_DIRECTIVES
    lowered = value.lower()
    found = _MAX_AGE.search(lowered)
    # An unreadable max-age is treated as already stale.
    max_age = float(found[1]) if found else (0.0 if "max-age" in lowered else None)
    return CacheControl(max_age, "no-store" in lowered, "private" in lowered)


def entry_for(
    response: HTTPResponse, policy: CachePolicy, operation: str | None, now: float
) -> tuple[CachedResponse, float] | None:
    """The entry to store for a fresh answer and how long to keep it, or None.

    A 200 is kept while fresh, and ``keep_stale`` longer when it can be revalidated
    (it has an ETag) or served stale; a 404 only under ``negative_ttl``. An answer
    marked ``no-store`` or ``private`` is never stored: the cache may be shared.
    """
    control = parse_cache_control(response.headers)
    if control.no_store or control.private:
        return None
    etag = response.headers.get("ETag")
    if response.status == 200:
        fresh = policy.fresh_for(operation, control.max_age)
        reusable = etag is not None or policy.stale_if_error
        lifetime = fresh + (policy.keep_stale if reusable else 0.0)
    elif response.status == 404 and policy.negative_ttl > 0:
        fresh = lifetime = policy.negative_ttl
        etag = None
    else:
        return None
    if lifetime <= 0:
        return None
    entry = CachedResponse(
        status=response.status,
        etag=etag,
        content_type=response.headers.get("Content-Type"),
        stored_at=now,
        expires_at=now + fresh,
        body=response.content,
    )
    return entry, lifetime


def revalidated(
    entry: CachedResponse,
    not_modified: HTTPResponse,
    policy: CachePolicy,
    operation: str | None,
    now: float,
) -> tuple[CachedResponse, float]:
    """``entry`` made fresh again by a 304, with the 304's freshness and ETag."""
    control = parse_cache_control(not_modified.headers)
    fresh = policy.fresh_for(operation, control.max_age)
    refreshed = msgspec.structs.replace(
        entry,
        etag=not_modified.headers.get("ETag") or entry.etag,
        stored_at=now,
        expires_at=now + fresh,
    )
    return refreshed, fresh + policy.keep_stale
