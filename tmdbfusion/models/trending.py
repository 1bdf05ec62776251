"""Types for ``client.trending`` (its answers are plain pages of list items)."""

from __future__ import annotations

from typing import Literal

TimeWindow = Literal["day", "week"]
