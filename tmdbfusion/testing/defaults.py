"""The credentials a FakeTMDB accepts unless told otherwise (test values, not secrets)."""

from __future__ import annotations

DEFAULT_API_KEY = "fake-api-key"
DEFAULT_ACCESS_TOKEN = "fake-access-token"
