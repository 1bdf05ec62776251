"""Registry entries for ``client.account``."""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint

ENDPOINTS: tuple[Endpoint[Any], ...] = ()
