"""Registry entries for ``client.watch_providers``."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint

ENDPOINTS: tuple[Endpoint[Any], ...] = ()
