"""Models as JSON bytes or plain Python, for wherever they go next.

Every model is a ``msgspec.Struct``: ``json.dumps(movie)`` and a web framework's own
JSON encoder do not know it. These two know any model, and lists or dicts of them:

- ``to_json(movie)``: JSON bytes with TMDB's own field names (``watch/providers``), the
  ``append_to_response`` parts not asked for left out. For a FastAPI route,
  ``Response(to_json(movie), media_type="application/json")``; for a cache, the bytes.
- ``to_builtins(movie)``: the same as dicts, lists, strs and numbers, for
  ``json.dumps``, a template, or a DataFrame row (``pandas.DataFrame(to_builtins(page.results))``).

Both are msgspec's, with one shared encoder: as fast as msgspec is.
"""

from __future__ import annotations

from typing import Any

import msgspec

_encoder = msgspec.json.Encoder()


def to_json(value: object) -> bytes:
    """``value`` (a model, or lists/dicts of them) as JSON bytes."""
    return _encoder.encode(value)


def to_builtins(value: object) -> Any:
    """``value`` (a model, or lists/dicts of them) as plain Python objects."""
    return msgspec.to_builtins(value)
