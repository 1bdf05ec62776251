"""The lines of ``results.ndjson`` and ``failures.ndjson``."""

from __future__ import annotations

import json

import msgspec


def result_line(item: int | str, content: bytes) -> bytes:
    """``{"input": 550, "data": <TMDB's bytes>}``: the body spliced in as it came.

    JSON allows a line break only between tokens, so any in the body become spaces to
    keep one item per line; nothing else changes. A body that is not JSON raises
    ``ValueError`` (the item is a failure then, never a broken line)."""
    try:
        msgspec.json.decode(content)
    except msgspec.DecodeError as exc:
        raise ValueError(f"TMDB answered with invalid JSON: {exc}") from None
    if b"\n" in content or b"\r" in content:
        content = content.replace(b"\r", b" ").replace(b"\n", b" ")
    return b'{"input": ' + json.dumps(item).encode() + b', "data": ' + content + b"}\n"


def failure_line(item: int | str, error: BaseException) -> bytes:
    """``{"input": 551, "error": "NotFoundError", "message": "..."}``."""
    record = {"input": item, "error": type(error).__name__, "message": str(error)}
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"
